import type {Codebook} from '../schema/codebook.js'
import type {CodedContribution} from '../schema/coded-contribution.js'

/**
 * Check that positions were coded with a codebook: each position's dimension is one of its
 * dimensions and its stance a pole of that dimension, `mixed` or `unstated`. A comparison, review
 * sheet or export made with another codebook than the positions' would misname every cell.
 *
 * @param coded
 *   The coded contributions.
 * @param codebook
 *   The codebook the caller reads them with.
 * @param caller
 *   What is being made, for the message (`compare`).
 * @throws {TypeError}
 *   At the first position the codebook does not have.
 * @example
 *   checkCodedWith(coded, defaultCodebook, 'compare') // => undefined
 */
export function checkCodedWith(
  coded: readonly CodedContribution[],
  codebook: Codebook,
  caller: string
): void {
  const stances = new Map(
    codebook.dimensions.map((dimension) => [
      dimension.id,
      new Set([...dimension.poles.map((pole) => pole.id), 'mixed', 'unstated'])
    ])
  )
  for (const {contribution, positions} of coded) {
    for (const position of positions) {
      const known = stances.get(position.dimension)
      if (known?.has(position.stance)) continue
      const what = known
        ? `stance \`${position.stance}\` of dimension \`${position.dimension}\``
        : `dimension \`${position.dimension}\``
      throw new TypeError(
        `Cannot ${caller} \`${contribution.id}\` with codebook \`${codebook.id}\` ${codebook.version}, expected positions coded with it: it has no ${what}`
      )
    }
  }
}
