import type {VFileMessage} from 'vfile-message'
import type {Codebook} from '../../schema/codebook.js'
import type {Contribution} from '../../schema/contribution.js'
import type {Position} from '../../schema/position.js'

/**
 * Draws one bootstrap replicate of a position's score: called with a source of random numbers
 * in [0, 1), it returns the score, from -1 to +1, that the coder would give on one resample of
 * the position's evidence.
 */
/**
 * What a caller gives a coder beside the contribution: a signal that cancels its requests, and
 * where to report what it finds on the way (a quote not found in the text, an unknown language),
 * as the contribution's messages.
 */
export interface CodeContext {
  readonly signal?: AbortSignal | undefined
  readonly report?: ((message: VFileMessage) => void) | undefined
}

export type Resample = (random: () => number) => number

/**
 * A coder: a contribution and a codebook in, one position per dimension of the codebook out,
 * synchronously or not. The rule coder (`ruleCoder`, id `rules`) is one; a coder trained on a
 * researcher's own codings, or a language model behind an HTTP endpoint, is added by writing an
 * object of this shape and passing it (or adding it to `coders`, for the CLI). `validateCoder`
 * measures any coder against hand codings the same way, and `compareContributions` compares what
 * any coder gives.
 *
 * A position's evidence needs only `quote`, `place`, `questionId`, `pole` and `weight`; a coder
 * that gives none leaves `evidence` empty. The rule coder's `indicator`, `negated`, `hedged` and
 * `attributed` are optional.
 *
 * @example
 *   const everythingUnstated: Coder = {
 *     id: 'unstated',
 *     code: (contribution, codebook) =>
 *       codebook.dimensions.map((dimension) => ({
 *         contributionId: contribution.id,
 *         dimension: dimension.id,
 *         stance: 'unstated',
 *         score: 0,
 *         evidence: []
 *       }))
 *   }
 *   await validateCoder(contributions, codings, {coder: everythingUnstated})
 */
export interface Coder {
  /** Short, stable name, kebab-case: what `--coder` takes and reports print (`rules`). */
  readonly id: string
  /** Version of the coder, printed in reports beside the codebook's. */
  readonly version?: string | undefined
  /**
   * Code one contribution: one position per dimension of `codebook`, in codebook order, each
   * with its stance (a pole id, `mixed` or `unstated`), score and evidence.
   */
  readonly code: (
    contribution: Contribution,
    codebook: Codebook,
    context?: CodeContext
  ) => Position[] | Promise<Position[]>
  /**
   * What the coder is beyond its id and version, for the provenance of what it codes: the model,
   * the prompt's SHA-256, the record (the `llm` coder).
   *
   * @default none
   */
  readonly describe?:
    | ((codebook: Codebook) => Readonly<Record<string, string | number>>)
    | undefined
  /**
   * How the comparison's bootstrap resamples a position of this coder (its evidence, drawn with
   * replacement, weighed as the coder weighs it).
   *
   * @default
   *   none: the position's score counts as it is in every replicate
   */
  readonly createResampler?:
    | ((position: Position, poles: readonly [string, string]) => Resample)
    | undefined
}
