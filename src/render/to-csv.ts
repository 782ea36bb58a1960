import type {Comparison} from '../schema/comparison.js'
import {describeProvenance, describeReview} from './describe-comparison.js'
import {stringifyCsv} from './stringify-csv.js'
import {toComparisonTable} from './to-comparison-table.js'

/**
 * Configuration for `toCsv`.
 */
export interface ToCsvOptions {
  /**
   * `'long'` (tidy) for one record per submitter and dimension, `'wide'` for one record per
   * submitter with a stance column and a score column per dimension.
   *
   * @default 'long'
   */
  readonly shape?: 'long' | 'wide' | undefined
  /**
   * Whether to start with comment lines (`# `) that say how the comparison was made and what a
   * review changed; read them with `read.csv(comment.char = "#")` in R or
   * `pandas.read_csv(comment="#")`.
   *
   * @default false
   */
  readonly meta?: boolean | undefined
}

/**
 * Render a comparison as CSV, either long (tidy: one record per submitter and dimension) or wide
 * (one record per submitter).
 *
 * Long columns: `contribution, key, name, group, regional_group, country, consultation, by,
 * dimension, stance, score, evidence_count, quote, line, column, scale_mean, scale_low,
 * scale_high, provenance, reviewer, coder_stance, coder_score`, where `line` and `column` are the
 * start of the quote in its source, `provenance` is `coder` or `reviewed`, and `coder_stance` and
 * `coder_score` are the coder's (the same as `stance` and `score` unless a review changed them).
 * Wide columns: `contribution, key, name, group, regional_group, country, consultation, by,
 * scale_mean, scale_low, scale_high`, then for each dimension `<dimension>` (the stance),
 * `<dimension>_score`, `<dimension>_provenance` and `<dimension>_coder_stance`, with the
 * dimension's id in snake_case (`new-mechanism` is `new_mechanism`, which R keeps as written).
 * Records follow `comparison.rows`, dimensions follow `comparison.dimensions`. An unstated stance
 * has an empty score, read as NA by R and pandas, never 0. The columns and records are
 * `toComparisonTable`'s, which every columnar writer shares.
 *
 * The text is RFC 4180 CSV as R's `read.csv` and pandas' `read_csv` read it with their defaults:
 * a header row, `,` between fields, `\n` after every record (the last included), fields that hold
 * a comma, a double quote, `\n` or `\r` enclosed in double quotes with inner quotes doubled. It is
 * a JavaScript string: write it as UTF-8, with no byte order mark. `null` (and a cell missing
 * for a dimension) is an empty field; numbers are written in full, with `.` as the decimal
 * separator, no thousands separator and no exponent. Text that a spreadsheet would run as a
 * formula (it begins with `=`, `+`, `-`, `@`, a tab or a carriage return: a submitter named
 * `=HYPERLINK(…)`, a quote that begins with `+1`) gets a leading `'` and is quoted, as OWASP's
 * CSV-injection guidance says, so that Excel and LibreOffice show it as text; numbers are left as
 * they are.
 *
 * @param comparison
 *   The comparison to render.
 * @param options
 *   Configuration (optional).
 * @returns
 *   CSV text, ending in a newline.
 * @throws {TypeError}
 *   When `options.shape` is neither `'long'` nor `'wide'`.
 * @example
 *   toCsv(comparison, {shape: 'wide'}).split('\n')[0]
 *   // => 'contribution,key,name,group,regional_group,country,consultation,by,scale_mean,scale_low,scale_high,mechanism,mechanism_score,mechanism_provenance,mechanism_coder_stance'
 */
export function toCsv(comparison: Comparison, options?: ToCsvOptions): string {
  const {columns, rows} = toComparisonTable(comparison, {shape: options?.shape})
  const table = stringifyCsv(columns, rows)
  if (options?.meta !== true) return table
  const lines = [describeProvenance(comparison), describeReview(comparison)].filter(
    (line) => line !== undefined
  )
  return `${lines.map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}\n`).join('')}${table}`
}
