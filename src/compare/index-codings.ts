import type {Coding} from '../schema/coding.js'

/**
 * Index reviewed codings by contribution and dimension, checking each stance against its
 * dimension's poles (a coding on a dimension the codebook does not have is kept, and reported as
 * unmatched by `summariseReview`).
 *
 * @param codings
 *   The reviewed codings.
 * @param dimensions
 *   The codebook's dimensions with their poles.
 * @returns
 *   The codings by `JSON.stringify([contributionId, dimension])`.
 * @throws {TypeError}
 *   When `codings` is not an array, a stance is not a pole of its dimension, `mixed` or
 *   `unstated`, or a cell is coded twice.
 * @example
 *   indexCodings([], dimensions).size // => 0
 */
export function indexCodings(
  codings: readonly Coding[] | undefined,
  dimensions: ReadonlyArray<{id: string; poles: readonly [string, string]}>
): Map<string, Coding> {
  const index = new Map<string, Coding>()
  if (codings === undefined) return index
  if (!Array.isArray(codings)) {
    throw new TypeError(
      `Cannot apply \`${String(codings)}\` for \`options.codings\`, expected an array of codings`
    )
  }

  for (const [at, coding] of codings.entries()) {
    const dimension = dimensions.find((each) => each.id === coding.dimension)
    const stances = dimension ? [...dimension.poles, 'mixed', 'unstated'] : undefined
    if (stances && !stances.includes(coding.stance)) {
      throw new TypeError(
        `Cannot apply \`${coding.stance}\` for \`options.codings[${at}].stance\`, expected ${stances.map((stance) => `\`${stance}\``).join(', ')}`
      )
    }
    const key = JSON.stringify([coding.contributionId, coding.dimension])
    if (index.has(key)) {
      throw new TypeError(
        `Cannot apply a second coding of \`${coding.contributionId}\` on \`${coding.dimension}\` for \`options.codings[${at}]\`, expected one per contribution and dimension`
      )
    }
    index.set(key, coding)
  }

  return index
}
