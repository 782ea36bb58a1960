import type {EvidenceRow} from '../schema/evidence-row.js'
import {stringifyCsv} from './stringify-csv.js'

const columns = [
  'contribution',
  'file',
  'dimension',
  'stance',
  'score',
  'pole',
  'weight',
  'quote',
  'line',
  'column',
  'start_offset',
  'end_offset',
  'question_id',
  'indicator',
  'negated',
  'hedged',
  'attributed'
] as const

/**
 * Render evidence records as CSV, one record per evidence item, with snake_case columns:
 * `contribution, file, dimension, stance, score, pole, weight, quote, line, column, start_offset,
 * end_offset, question_id, indicator, negated, hedged, attributed`. `null` is an empty field (NA
 * in R and pandas: an unstated cell has no score); flags are `true` or `false`, which R and pandas
 * read as logical. Written by `stringifyCsv`, as `toCsv` is: RFC 4180 quoting, `\n` line endings,
 * and text that a spreadsheet would run as a formula (a quote that begins with `-`) neutralised
 * with a leading `'`; numbers stay numbers.
 *
 * @param rows
 *   Records from `toEvidenceRows`.
 * @returns
 *   CSV text with a header row, ending in a newline.
 * @example
 *   toEvidenceCsv([]) // => 'contribution,file,dimension,stance,score,pole,weight,quote,line,column,start_offset,end_offset,question_id,indicator,negated,hedged,attributed\n'
 */
export function toEvidenceCsv(rows: readonly EvidenceRow[]): string {
  return stringifyCsv(
    columns,
    rows.map((row) => [
      row.contributionId,
      row.file,
      row.dimension,
      row.stance,
      row.score,
      row.pole,
      row.weight,
      row.quote,
      row.line,
      row.column,
      row.startOffset,
      row.endOffset,
      row.questionId,
      row.indicator,
      flag(row.negated),
      flag(row.hedged),
      flag(row.attributed)
    ])
  )
}

/** A flag as R and pandas read a logical: `true`, `false`, or empty (NA) when the coder gives none. */
function flag(value: boolean | null): string | null {
  return value === null ? null : String(value)
}
