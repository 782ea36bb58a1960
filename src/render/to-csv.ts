import type {Cell, Comparison, Row} from '../schema/comparison.js'
import {type CsvField, stringifyCsv} from './stringify-csv.js'

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
}

const submitterColumns = [
  'contribution',
  'key',
  'name',
  'group',
  'regional_group',
  'country',
  'consultation',
  'by'
] as const

const scaleColumns = ['scale_mean', 'scale_low', 'scale_high'] as const

const longColumns = [
  ...submitterColumns,
  'dimension',
  'stance',
  'score',
  'evidence_count',
  'quote',
  'line',
  'column',
  ...scaleColumns
] as const

/**
 * Render a comparison as CSV, either long (tidy: one record per submitter and dimension) or wide
 * (one record per submitter).
 *
 * Long columns: `contribution, key, name, group, regional_group, country, consultation, by,
 * dimension, stance, score, evidence_count, quote, line, column, scale_mean, scale_low,
 * scale_high`, where `line` and `column` are the start of the quote in its source. Wide columns:
 * `contribution, key, name, group, regional_group, country, consultation, by, scale_mean,
 * scale_low, scale_high`, then for each dimension a `<dimension>` stance column and a
 * `<dimension>_score` column. Records follow `comparison.rows`, dimensions follow
 * `comparison.dimensions`.
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
 *   // => 'contribution,key,name,group,regional_group,country,consultation,by,scale_mean,scale_low,scale_high,mechanism,mechanism_score'
 */
export function toCsv(comparison: Comparison, options?: ToCsvOptions): string {
  const shape = options?.shape ?? 'long'
  if (shape !== 'long' && shape !== 'wide') {
    throw new TypeError(
      `Cannot render \`${String(shape)}\` for \`options.shape\`, expected \`'long'\`, \`'wide'\``
    )
  }

  let columns: string[]
  const records: CsvField[][] = []

  if (shape === 'long') {
    columns = [...longColumns]
    for (const row of comparison.rows) {
      const cells = cellsByDimension(row)
      for (const dimension of comparison.dimensions) {
        const cell = cells.get(dimension.id)
        records.push([
          ...submitterFields(row),
          dimension.id,
          cell?.stance ?? '',
          cell?.score,
          cell?.evidenceCount,
          cell?.quote,
          cell?.place?.start.line,
          cell?.place?.start.column,
          ...scaleFields(row)
        ])
      }
    }
  } else {
    columns = [...submitterColumns, ...scaleColumns]
    for (const dimension of comparison.dimensions) {
      columns.push(dimension.id, `${dimension.id}_score`)
    }
    for (const row of comparison.rows) {
      const cells = cellsByDimension(row)
      records.push([
        ...submitterFields(row),
        ...scaleFields(row),
        ...comparison.dimensions.flatMap((dimension) => {
          const cell = cells.get(dimension.id)
          return [cell?.stance ?? '', cell?.score]
        })
      ])
    }
  }

  return stringifyCsv(columns, records)
}

function cellsByDimension(row: Row): Map<string, Cell> {
  return new Map(row.cells.map((cell) => [cell.dimension, cell]))
}

function submitterFields(row: Row): CsvField[] {
  return [
    row.contributionId,
    row.key,
    row.name,
    row.group,
    row.regionalGroup,
    row.country,
    row.consultation,
    row.by
  ]
}

function scaleFields(row: Row): CsvField[] {
  return [row.scale.mean, row.scale.low, row.scale.high]
}
