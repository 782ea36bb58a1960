import type {Cell, Comparison, Row} from '../schema/comparison.js'

/** A cell of a table: text, a number, or nothing (`null`: an empty field, NA). */
export type TableCell = string | number | null

/** A comparison as a table: the names of its columns and its records, cells in column order. */
export interface ComparisonTable {
  readonly columns: readonly string[]
  readonly rows: ReadonlyArray<readonly TableCell[]>
}

/**
 * Configuration for `toComparisonTable`.
 */
export interface ToComparisonTableOptions {
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
  ...scaleColumns,
  'provenance',
  'reviewer',
  'coder_stance',
  'coder_score'
] as const

/**
 * Project a comparison on a table, the one set of columns of every columnar writer (`toCsv`, and
 * a spreadsheet writer to come): long (tidy: one record per submitter and dimension) or wide (one
 * record per submitter).
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
 * Records follow `comparison.rows`, dimensions follow `comparison.dimensions`. Cells are typed:
 * scores, counts, lines and columns are numbers; what is missing is `null`: the score of an
 * unstated stance (never 0), the reviewer of a cell no review changed, every field of a
 * dimension a row has no cell for.
 *
 * @param comparison
 *   The comparison to project.
 * @param options
 *   Configuration (optional).
 * @returns
 *   The columns and the records.
 * @throws {TypeError}
 *   When `options.shape` is neither `'long'` nor `'wide'`.
 * @example
 *   toComparisonTable(comparison, {shape: 'wide'}).columns.slice(-4)
 *   // => ['mechanism', 'mechanism_score', 'mechanism_provenance', 'mechanism_coder_stance']
 */
export function toComparisonTable(
  comparison: Comparison,
  options?: ToComparisonTableOptions
): ComparisonTable {
  const shape = options?.shape ?? 'long'
  if (shape !== 'long' && shape !== 'wide') {
    throw new TypeError(
      `Cannot render \`${String(shape)}\` for \`options.shape\`, expected \`'long'\`, \`'wide'\``
    )
  }
  return shape === 'long' ? toLongTable(comparison) : toWideTable(comparison)
}

function toLongTable(comparison: Comparison): ComparisonTable {
  const rows: TableCell[][] = []
  for (const row of comparison.rows) {
    const cells = cellsByDimension(row)
    for (const dimension of comparison.dimensions) {
      const cell = cells.get(dimension.id)
      rows.push([
        ...submitterCells(row),
        dimension.id,
        cell?.stance ?? null,
        scoreCell(cell?.stance, cell?.score),
        cell?.evidenceCount ?? null,
        cell?.quote ?? null,
        cell?.place?.start.line ?? null,
        cell?.place?.start.column ?? null,
        ...scaleCells(row),
        cell ? (cell.provenance?.kind ?? 'coder') : null,
        cell?.provenance?.kind === 'reviewed' ? cell.provenance.reviewer : null,
        cell ? (cell.coderStance ?? cell.stance) : null,
        cell
          ? scoreCell(
              cell.coderStance ?? cell.stance,
              cell.coderStance === undefined ? cell.score : cell.coderScore
            )
          : null
      ])
    }
  }
  return {columns: [...longColumns], rows}
}

function toWideTable(comparison: Comparison): ComparisonTable {
  const columns: string[] = [...submitterColumns, ...scaleColumns]
  for (const dimension of comparison.dimensions) {
    const name = snakeCase(dimension.id)
    columns.push(name, `${name}_score`, `${name}_provenance`, `${name}_coder_stance`)
  }
  const rows = comparison.rows.map((row): TableCell[] => {
    const cells = cellsByDimension(row)
    return [
      ...submitterCells(row),
      ...scaleCells(row),
      ...comparison.dimensions.flatMap((dimension) => {
        const cell = cells.get(dimension.id)
        return [
          cell?.stance ?? null,
          scoreCell(cell?.stance, cell?.score),
          cell ? (cell.provenance?.kind ?? 'coder') : null,
          cell ? (cell.coderStance ?? cell.stance) : null
        ]
      })
    ]
  })
  return {columns, rows}
}

/** A column name R and pandas keep as written: `new-mechanism` is `new_mechanism`. */
function snakeCase(name: string): string {
  return name.replace(/[^A-Za-z0-9]+/g, '_')
}

/** An unstated stance has no score: `null`, which R and pandas read as NA. */
function scoreCell(stance: string | undefined, score: number | null | undefined): TableCell {
  return stance === 'unstated' ? null : (score ?? null)
}

function cellsByDimension(row: Row): Map<string, Cell> {
  return new Map(row.cells.map((cell) => [cell.dimension, cell]))
}

function submitterCells(row: Row): TableCell[] {
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

function scaleCells(row: Row): TableCell[] {
  return [row.scale.mean, row.scale.low, row.scale.high]
}
