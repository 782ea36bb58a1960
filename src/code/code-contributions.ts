import {referenceCodebook} from '../provenance/reference-codebook.js'
import type {Codebook} from '../schema/codebook.js'
import type {CodedSet} from '../schema/coded-contribution.js'
import type {Contribution} from '../schema/contribution.js'
import {checkPositions} from './coders/check-positions.js'
import type {Coder} from './coders/coder.js'
import {resolveCoder} from './coders/resolve-coder.js'
import {mapConcurrently} from './map-concurrently.js'

/** Configuration for `codeContributions`. */
export interface CodeContributionsOptions {
  /** The coder: `rules`, or a `Coder` (a trained one, a model's, your own). */
  readonly coder: Coder | string
  /** The codebook to code with: the set names it (id, version, SHA-256). */
  readonly codebook: Codebook
  /**
   * Contributions being coded at once, for a coder that answers later (a model behind an
   * endpoint); the set is in the contributions' order whatever the number.
   *
   * @default 1
   */
  readonly concurrency?: number | undefined
  /**
   * Called after each contribution is coded, with how many are done.
   *
   * @default none
   */
  readonly onCoded?: ((done: number) => void) | undefined
}

/**
 * Code contributions with one coder and one codebook, at most `concurrency` at once, into a coded
 * set that names both: what `compareContributions`, `toReviewSheet` and `toQde` take as its
 * `contributions` (with `codebook` the same codebook). A coder that throws (or rejects) on one
 * contribution rejects the whole; catch in a coder of your own to keep going.
 *
 * @param contributions
 *   Parsed contributions (an iterable or an async iterable).
 * @param options
 *   The coder and the codebook, and how many at once.
 * @returns
 *   A promise of the coded set.
 * @throws {TypeError}
 *   When the coder is no coder or `concurrency` is no whole number from 1.
 * @example
 *   const set = await codeContributions(contributions, {coder: 'rules', codebook: defaultCodebook})
 *   set.contributions[0]?.positions.length // => 6
 */
export async function codeContributions(
  contributions: Iterable<Contribution> | AsyncIterable<Contribution>,
  options: CodeContributionsOptions
): Promise<CodedSet> {
  const coder = resolveCoder(options?.coder, 'options.coder')
  const codebook = options?.codebook
  if (typeof codebook !== 'object' || codebook === null || !Array.isArray(codebook.dimensions)) {
    throw new TypeError(
      `Cannot code with \`${String(codebook)}\` for \`options.codebook\`, expected a codebook`
    )
  }
  let done = 0
  const coded = await mapConcurrently(
    contributions,
    async (contribution) => {
      const positions = checkPositions(await coder.code(contribution, codebook), coder.id, codebook)
      done += 1
      options.onCoded?.(done)
      return {contribution, positions, coder: coder.id}
    },
    options.concurrency ?? 1
  )
  return {
    codebook: referenceCodebook(codebook),
    coder: coder.version === undefined ? {id: coder.id} : {id: coder.id, version: coder.version},
    contributions: coded
  }
}
