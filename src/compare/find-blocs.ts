import {meanBy} from 'remeda'
import type {Comparison, Row} from '../schema/comparison.js'
import {clusterBlocs} from './cluster-blocs.js'

/**
 * Find blocs of submitters: cluster them (with `clusterBlocs`) by the share of dimensions with the
 * same stated stance among the dimensions either states, so that two submitters who share one
 * stated dimension are not taken for twins, and give each bloc the mean pairwise agreement of its
 * members.
 *
 * @param rows
 *   The comparison's rows.
 * @param agreement
 *   Pairwise agreement of the rows, in their order (see `measurePairwiseAgreement`).
 * @param threshold
 *   Smallest average similarity at which two groups of submitters are merged into one bloc.
 * @returns
 *   The blocs, in the order of their first member.
 * @example
 *   findBlocs([cuba, cuba2], [[1, 1], [1, 1]], 0.5)[0]?.members // => ['cuba', 'cuba~2']
 */
export function findBlocs(
  rows: readonly Row[],
  agreement: ReadonlyArray<ReadonlyArray<number | null>>,
  threshold: number
): Comparison['blocs'] {
  return clusterBlocs(
    rows.map((row) => row.key),
    rows.map((a) => rows.map((b) => measureOverlap(a, b))),
    threshold
  ).map((bloc) => ({...bloc, meanAgreement: averageAgreement(bloc.members, rows, agreement)}))
}

/** Dimensions with the same stance over dimensions either states. */
function measureOverlap(a: Row, b: Row): number | null {
  let either = 0
  let same = 0
  for (const [index, cell] of a.cells.entries()) {
    const other = b.cells[index]
    if (!other || (cell.stance === 'unstated' && other.stance === 'unstated')) continue
    either++
    if (cell.stance === other.stance) same++
  }

  return either === 0 ? null : same / either
}

function averageAgreement(
  members: readonly string[],
  rows: readonly Row[],
  matrix: ReadonlyArray<ReadonlyArray<number | null>>
): number | null {
  const indexes = members.map((key) => rows.findIndex((row) => row.key === key))
  const values: number[] = []
  for (const [position, i] of indexes.entries()) {
    for (const j of indexes.slice(position + 1)) {
      const value = matrix[i]?.[j]
      if (value !== null && value !== undefined) values.push(value)
    }
  }

  return values.length === 0 ? null : round(meanBy(values, (value) => value))
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
