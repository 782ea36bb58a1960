import type {Comparison, Row} from '../schema/comparison.js'

/**
 * Measure the agreement of every pair of submitters: the share of dimensions with the same stance
 * among those both state (`null` when they state none in common), rounded to three decimals.
 *
 * @param rows
 *   The comparison's rows.
 * @returns
 *   The rows' keys and the matrix of agreement, whose rows and columns follow the keys.
 * @example
 *   measurePairwiseAgreement([cuba, cuba]).matrix // => [[1, 1], [1, 1]]
 */
export function measurePairwiseAgreement(rows: readonly Row[]): Comparison['agreement'] {
  const matrix = rows.map((a) => rows.map((b) => measureAgreement(a, b)))
  return {keys: rows.map((row) => row.key), matrix}
}

function measureAgreement(a: Row, b: Row): number | null {
  let shared = 0
  let same = 0
  for (const [index, cell] of a.cells.entries()) {
    const other = b.cells[index]
    if (!other || cell.stance === 'unstated' || other.stance === 'unstated') continue
    shared++
    if (cell.stance === other.stance) same++
  }

  return shared === 0 ? null : round(same / shared)
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
