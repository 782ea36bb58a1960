import {toCodings} from '../codings/to-codings.js'
import {escapeLine} from '../messages/excerpt.js'
import {toJsonMessages} from '../messages/to-json-messages.js'
import {stringifyJson} from '../render/stringify-json.js'
import {toCodingsCsv} from '../render/to-codings-csv.js'
import {toPositionsText} from '../render/to-positions-text.js'
import type {Output} from './output.js'

/**
 * The built-in outputs of coded files (`wgec code`): `text`, the positions of each file
 * (`toPositionsText`, with `explain`; paths on one line, their control characters escaped), `json`, an
 * array of `{file, contribution, positions, messages}`, and `csv`, the codings of every position
 * (`toCodingsCsv`), as `readCodings` and `wgec agree` read them.
 *
 * @example
 *   codingsOutputs.map((output) => output.format) // => ['text', 'json', 'csv']
 */
export const codingsOutputs: readonly Output<'codings'>[] = [
  {
    format: 'text',
    kind: 'codings',
    extensions: ['.txt'],
    mediaType: 'text/plain',
    render: (files, options) =>
      toPositionsText(
        files.map((file) => ({
          path: escapeLine(file.path),
          contribution: file.contribution,
          positions: file.positions
        })),
        {explain: options.explain}
      )
  },
  {
    format: 'json',
    kind: 'codings',
    extensions: ['.json'],
    mediaType: 'application/json',
    render: (files) =>
      stringifyJson(
        files.map((file) => ({
          file: file.path,
          contribution: file.contribution ?? null,
          positions: file.positions ?? null,
          messages: toJsonMessages(file.messages)
        }))
      )
  },
  {
    format: 'csv',
    kind: 'codings',
    extensions: ['.csv'],
    mediaType: 'text/csv',
    render: (files) =>
      toCodingsCsv(files.flatMap((file) => (file.positions ? toCodings(file.positions) : [])))
  }
]
