import type {Cell, Comparison, Row} from '../schema/comparison.js'
import {describeProvenance, describeReview} from './describe-comparison.js'
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
  /**
   * Whether to start with comment lines (`# `) that say how the comparison was made and what a
   * review changed; read them with `read.csv(comment.char = "#")` in R or
   * `pandas.read_csv(comment="#")`.
   *
   * @default false
   */
  readonly meta?: boolean | undefined
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
  ...scaleColumns,
  'provenance',
  'reviewer',
  'coder_stance',
  'coder_score'
] as const

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
 * has an empty score, read as NA by R and pandas, never 0.
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
          scoreField(cell?.stance, cell?.score),
          cell?.evidenceCount,
          cell?.quote,
          cell?.place?.start.line,
          cell?.place?.start.column,
          ...scaleFields(row),
          cell ? (cell.provenance?.kind ?? 'coder') : '',
          cell?.provenance?.kind === 'reviewed' ? cell.provenance.reviewer : '',
          cell ? (cell.coderStance ?? cell.stance) : '',
          cell
            ? scoreField(
                cell.coderStance ?? cell.stance,
                cell.coderStance === undefined ? cell.score : cell.coderScore
              )
            : ''
        ])
      }
    }
  } else {
    columns = [...submitterColumns, ...scaleColumns]
    for (const dimension of comparison.dimensions) {
      const name = snakeCase(dimension.id)
      columns.push(name, `${name}_score`, `${name}_provenance`, `${name}_coder_stance`)
    }
    for (const row of comparison.rows) {
      const cells = cellsByDimension(row)
      records.push([
        ...submitterFields(row),
        ...scaleFields(row),
        ...comparison.dimensions.flatMap((dimension) => {
          const cell = cells.get(dimension.id)
          return [
            cell?.stance ?? '',
            scoreField(cell?.stance, cell?.score),
            cell ? (cell.provenance?.kind ?? 'coder') : '',
            cell ? (cell.coderStance ?? cell.stance) : ''
          ]
        })
      ])
    }
  }

  const table = stringifyCsv(columns, records)
  if (options?.meta !== true) return table
  const lines = [describeProvenance(comparison), describeReview(comparison)].filter(
    (line) => line !== undefined
  )
  return `${lines.map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}\n`).join('')}${table}`
}

/** A column name R and pandas keep as written: `new-mechanism` is `new_mechanism`. */
function snakeCase(name: string): string {
  return name.replace(/[^A-Za-z0-9]+/g, '_')
}

/** An unstated stance has no score: an empty field, which R and pandas read as NA. */
function scoreField(stance: string | undefined, score: number | null | undefined): CsvField {
  return stance === 'unstated' ? '' : score
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
