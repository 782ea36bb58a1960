import type {Coder} from './coder.js'

/**
 * A coder whose every position also says what a second coder gives for the same cell
 * (`check: {coder, stance}`): the cells they disagree on are marked for review (the review sheet
 * puts them first, and `validate` ranks them among the least certain). The positions are the
 * first coder's; the second's messages are not reported.
 *
 * @param coder
 *   The coder whose positions are kept (the `llm` coder).
 * @param other
 *   The coder it is checked against (the rule coder).
 * @returns
 *   The checked coder, with the first one's id and version.
 */
export function crossCheck(coder: Coder, other: Coder): Coder {
  return {
    ...coder,
    code: async (contribution, codebook, context) => {
      const [positions, others] = await Promise.all([
        coder.code(contribution, codebook, context),
        other.code(contribution, codebook)
      ])
      return positions.map((position) => {
        const match = others.find((entry) => entry.dimension === position.dimension)
        return {...position, check: {coder: other.id, stance: match?.stance ?? 'unstated'}}
      })
    }
  }
}
