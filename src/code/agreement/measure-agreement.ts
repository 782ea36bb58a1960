import type {
  Agreement,
  AgreementScores,
  Disagreement,
  UnmatchedCoding
} from '../../schema/agreement.js'
import {Coding} from '../../schema/coding.js'
import {cohensKappa} from './cohens-kappa.js'
import {krippendorffAlpha} from './krippendorff-alpha.js'
import {percentAgreement} from './percent-agreement.js'

/**
 * Configuration for `measureAgreement`.
 */
export interface MeasureAgreementOptions {
  /**
   * Dimensions to measure, in this order; codings on other dimensions are ignored. A dimension
   * that neither list codes gets an entry with no units.
   *
   * @default every dimension coded in `a` or `b`, in order of first appearance
   */
  readonly dimensions?: readonly string[] | undefined
}

type Pair = readonly [string, string]

/**
 * Measure how far two codings of the same contributions agree, such as a researcher's hand
 * coding and the automatic coder's output.
 *
 * A unit is a contribution and a dimension coded in both lists; a coding in only one list is not
 * a unit and is listed in `unmatched`. For each dimension the result gives the number of units,
 * percent agreement, Cohen's kappa and Krippendorff's alpha (nominal), `null` when undefined (no
 * units). `overall` pools the units of all dimensions, each stance taken as a category of its own
 * dimension (`unstated` on `un-role` is not the same category as `unstated` on `mechanism`).
 * Disagreements and unmatched codings are sorted by contribution id, then by the order of the
 * dimensions.
 *
 * @param a
 *   Codings of the first coder, at most one per contribution and dimension.
 * @param b
 *   Codings of the second coder, at most one per contribution and dimension.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Agreement per dimension and overall, the disagreements and the unmatched codings.
 * @throws {TypeError}
 *   When `a` or `b` is not an array of codings, holds two codings of the same contribution on the
 *   same dimension, or `options.dimensions` is not an array of strings.
 * @example
 *   measureAgreement(
 *     [{contributionId: 'x', dimension: 'un-role', stance: 'un-centred'}],
 *     [{contributionId: 'x', dimension: 'un-role', stance: 'unstated'}]
 *   ).disagreements
 *   // => [{contributionId: 'x', dimension: 'un-role', a: 'un-centred', b: 'unstated'}]
 */
export function measureAgreement(
  a: readonly Coding[],
  b: readonly Coding[],
  options?: MeasureAgreementOptions
): Agreement {
  const first = indexCodings(a, 'a')
  const second = indexCodings(b, 'b')
  const dimensions = dimensionsOf(a, b, options)
  const order = new Map(dimensions.map((dimension, index) => [dimension, index]))
  const pooled: Pair[] = []
  const disagreements: Disagreement[] = []
  const unmatched: UnmatchedCoding[] = []

  const entries = dimensions.map((dimension) => {
    const codingsA = first.get(dimension) ?? new Map<string, Coding>()
    const codingsB = second.get(dimension) ?? new Map<string, Coding>()
    const pairs: Pair[] = []

    for (const [contributionId, codingA] of codingsA) {
      const codingB = codingsB.get(contributionId)
      if (!codingB) {
        unmatched.push({contributionId, dimension, coder: 'a'})
        continue
      }
      pairs.push([codingA.stance, codingB.stance])
      // Prefixed by the dimension so that pooled categories stay apart (see the summary above).
      pooled.push([`${dimension}\u0000${codingA.stance}`, `${dimension}\u0000${codingB.stance}`])
      if (codingA.stance !== codingB.stance) {
        disagreements.push({
          contributionId,
          dimension,
          a: codingA.stance,
          b: codingB.stance,
          ...(codingA.quote === undefined ? {} : {quoteA: codingA.quote}),
          ...(codingB.quote === undefined ? {} : {quoteB: codingB.quote})
        })
      }
    }
    for (const contributionId of codingsB.keys()) {
      if (!codingsA.has(contributionId)) unmatched.push({contributionId, dimension, coder: 'b'})
    }

    return {dimension, ...scoresOf(pairs)}
  })

  const byUnit = (
    left: {contributionId: string; dimension: string},
    right: {contributionId: string; dimension: string}
  ) =>
    compare(left.contributionId, right.contributionId) ||
    (order.get(left.dimension) ?? 0) - (order.get(right.dimension) ?? 0)

  return {
    dimensions: entries,
    overall: scoresOf(pooled),
    disagreements: disagreements.sort(byUnit),
    unmatched: unmatched.sort(
      (left, right) => byUnit(left, right) || compare(left.coder, right.coder)
    )
  }
}

function scoresOf(pairs: readonly Pair[]): AgreementScores {
  return {
    units: pairs.length,
    percent: percentAgreement(pairs) ?? null,
    kappa: cohensKappa(pairs) ?? null,
    alpha: krippendorffAlpha(pairs) ?? null
  }
}

function indexCodings(
  codings: readonly Coding[],
  name: 'a' | 'b'
): Map<string, Map<string, Coding>> {
  if (!Array.isArray(codings)) {
    throw new TypeError(
      `Cannot measure \`${String(codings)}\` for \`${name}\`, expected an array of codings`
    )
  }
  const index = new Map<string, Map<string, Coding>>()

  for (const [position, coding] of codings.entries()) {
    if (!Coding.safeParse(coding).success) {
      throw new TypeError(
        `Cannot measure \`${JSON.stringify(coding)}\` for \`${name}[${position}]\`, expected a coding`
      )
    }
    const {contributionId, dimension} = coding as Coding
    let byContribution = index.get(dimension)
    if (!byContribution) {
      byContribution = new Map()
      index.set(dimension, byContribution)
    }
    if (byContribution.has(contributionId)) {
      throw new TypeError(
        `Cannot measure \`${contributionId}\` on \`${dimension}\` again for \`${name}[${position}]\`, expected one coding per contribution and dimension`
      )
    }
    byContribution.set(contributionId, coding as Coding)
  }

  return index
}

function dimensionsOf(
  a: readonly Coding[],
  b: readonly Coding[],
  options: MeasureAgreementOptions | undefined
): string[] {
  const dimensions = options?.dimensions
  if (dimensions === undefined) {
    return [...new Set([...a, ...b].map((coding) => coding.dimension))]
  }
  if (!Array.isArray(dimensions) || dimensions.some((value) => typeof value !== 'string')) {
    throw new TypeError(
      `Cannot measure \`${String(dimensions)}\` for \`options.dimensions\`, expected an array of strings`
    )
  }
  return [...new Set(dimensions)]
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}
