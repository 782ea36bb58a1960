import type {Cell, Comparison, Row} from '../../schema/comparison.js'
import {slug} from '../../schema/slug.js'
import {type Tone, toneOf} from './tone.js'

/** A dimension of a comparison. */
export type Dimension = Comparison['dimensions'][number]

/** A cell with what the page needs to draw and link it. */
export interface PreparedCell {
  readonly dimension: Dimension
  readonly cell: Cell
  readonly id: string
  readonly tone: Tone
}

/** A row with the anchor of its evidence and its cells in the order of the dimensions. */
export interface PreparedRow {
  readonly row: Row
  readonly anchor: string
  readonly cells: readonly PreparedCell[]
}

/**
 * Give every row and cell of a comparison a unique, safe fragment id and a tone.
 *
 * @param comparison
 *   The comparison.
 * @returns
 *   One prepared row per row, in order.
 */
export function prepareRows(comparison: Comparison): PreparedRow[] {
  const dimensionSlugs = uniqueSlugs(comparison.dimensions.map((dimension) => dimension.id))
  return comparison.rows.map((row, index) => {
    const part = `${fragment(row.key)}-${index + 1}`
    const byDimension = new Map(row.cells.map((cell) => [cell.dimension, cell]))
    return {
      row,
      anchor: `s-${part}`,
      cells: comparison.dimensions.map((dimension, column) => {
        const cell = byDimension.get(dimension.id) ?? emptyCell(dimension.id)
        return {
          dimension,
          cell,
          id: `q-${part}-${dimensionSlugs[column]}`,
          tone: toneOf(cell.stance, cell.score)
        }
      })
    }
  })
}

function emptyCell(dimension: string): Cell {
  return {
    dimension,
    stance: 'unstated',
    score: 0,
    evidenceCount: 0,
    quote: null,
    place: null,
    questionId: null
  }
}

function fragment(value: string): string {
  // A slug has no run of dashes: cut, it may end in one.
  return slug(value).slice(0, 48).replace(/-$/, '') || 'x'
}

function uniqueSlugs(values: readonly string[]): string[] {
  const seen = new Set<string>()
  return values.map((value) => {
    const base = fragment(value)
    let result = base
    for (let count = 2; seen.has(result); count++) result = `${base}-${count}`
    seen.add(result)
    return result
  })
}
