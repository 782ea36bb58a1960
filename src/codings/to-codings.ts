import type {Coding} from '../schema/coding.js'
import type {Position} from '../schema/position.js'

/**
 * Turn coded positions into codings, to measure the coder's agreement with a human coder (or
 * export them as CSV): one coding per position, with the strongest quote.
 *
 * @param positions
 *   Positions from `codePositions`.
 * @param coder
 *   Name of the coder.
 * @returns
 *   The codings.
 * @example
 *   toCodings(codePositions(cuba))[0] // => {contributionId: 'wgec-2016/cuba', dimension: 'mechanism', stance: 'intergovernmental', quote: '…', coder: 'wgec'}
 */
export function toCodings(positions: readonly Position[], coder = 'wgec'): Coding[] {
  return positions.map((position) => {
    const strongest = [...position.evidence]
      .filter(
        (evidence) =>
          evidence.pole === position.stance ||
          (position.stance === 'mixed' && evidence.pole !== null)
      )
      .sort((a, b) => b.weight - a.weight || a.place.start.offset - b.place.start.offset)[0]
    return {
      contributionId: position.contributionId,
      dimension: position.dimension,
      stance: position.stance,
      ...(strongest ? {quote: strongest.quote} : {}),
      coder
    }
  })
}
