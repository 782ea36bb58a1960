import {stringifyJson} from '../render/stringify-json.js'
import {toEvidenceCsv} from '../render/to-evidence-csv.js'
import type {Output} from './output.js'

/**
 * The built-in outputs of evidence records (`wgec code --level evidence`, from
 * `toEvidenceRows`): `json`, the array of records, and `csv` (`toEvidenceCsv`).
 *
 * @example
 *   evidenceRowsOutputs.map((output) => output.format) // => ['json', 'csv']
 */
export const evidenceRowsOutputs: readonly Output<'evidence-rows'>[] = [
  {
    format: 'json',
    kind: 'evidence-rows',
    extensions: ['.json'],
    mediaType: 'application/json',
    render: (rows) => stringifyJson(rows)
  },
  {
    format: 'csv',
    kind: 'evidence-rows',
    extensions: ['.csv'],
    mediaType: 'text/csv',
    render: (rows) => toEvidenceCsv(rows)
  }
]
