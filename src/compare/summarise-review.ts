import {measureAgreement} from '../code/agreement/measure-agreement.js'
import type {Coding} from '../schema/coding.js'
import type {Review, Row} from '../schema/comparison.js'

/**
 * Summarise what a review did to the comparison's cells: how many it reviewed and changed, and
 * the agreement between the coder and the review over the reviewed cells.
 *
 * @param rows
 *   The comparison's rows, with reviewed cells.
 * @param codings
 *   The reviewed codings.
 * @param dimensions
 *   The codebook's dimensions.
 * @returns
 *   The review summary.
 * @example
 *   summariseReview(rows, codings, dimensions).changed // => 3
 */
export function summariseReview(
  rows: readonly Row[],
  codings: readonly Coding[],
  dimensions: ReadonlyArray<{id: string}>
): Review {
  const coder: Coding[] = []
  const review: Coding[] = []
  const cells = new Set<string>()
  let changed = 0
  for (const row of rows) {
    for (const cell of row.cells) {
      if (cell.provenance?.kind !== 'reviewed') continue
      cells.add(JSON.stringify([row.contributionId, cell.dimension]))
      const coderStance = cell.coderStance ?? cell.stance
      if (coderStance !== cell.stance) changed++
      coder.push({contributionId: row.key, dimension: cell.dimension, stance: coderStance})
      review.push({contributionId: row.key, dimension: cell.dimension, stance: cell.stance})
    }
  }

  const agreement = measureAgreement(coder, review, {
    dimensions: dimensions.map((dimension) => dimension.id)
  })
  return {
    reviewed: review.length,
    changed,
    agreement: agreement.overall,
    dimensions: agreement.dimensions,
    unmatched: codings
      .filter((coding) => !cells.has(JSON.stringify([coding.contributionId, coding.dimension])))
      .map((coding) => ({contributionId: coding.contributionId, dimension: coding.dimension}))
  }
}
