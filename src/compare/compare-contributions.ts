import type {Coder} from '../code/coders/coder.js'
import {resolveCoder} from '../code/coders/resolve-coder.js'
import {defaultCodebook} from '../codebooks/default-codebook.js'
import {checkCodedWith} from '../provenance/check-coded-with.js'
import {createProvenance} from '../provenance/create-provenance.js'
import type {Codebook} from '../schema/codebook.js'
import type {CodedContribution} from '../schema/coded-contribution.js'
import type {Coding} from '../schema/coding.js'
import type {Comparison} from '../schema/comparison.js'
import type {Contribution} from '../schema/contribution.js'
import {buildRows} from './build-rows.js'
import {countCitationsBySide} from './count-citations-by-side.js'
import {findBlocs} from './find-blocs.js'
import {indexCodings} from './index-codings.js'
import {measurePairwiseAgreement} from './measure-pairwise-agreement.js'
import {selectDocuments} from './select-documents.js'
import {splitRows} from './split-rows.js'
import {summariseReview} from './summarise-review.js'

/** What to split rows by: a built-in attribute, or a function of the contribution. */
export type SplitBy =
  | 'group'
  | 'regional-group'
  | 'consultation'
  | ((contribution: Contribution) => string)

/** Configuration for `compareContributions`. */
export interface CompareContributionsOptions {
  /**
   * Attribute to split submitters by.
   *
   * @default 'group'
   */
  readonly by?: SplitBy | undefined
  /**
   * Name of a custom `by` function's attribute, shown in tables.
   *
   * @default 'custom'
   */
  readonly byName?: string | undefined
  /**
   * The codebook the positions were coded with (for dimension labels and poles).
   *
   * @default the `enhanced-cooperation` codebook
   */
  readonly codebook?: Codebook | undefined
  /**
   * The coder the positions were coded with (an id of `coders` or a `Coder`): its
   * `createResampler` draws the bootstrap replicates of each position. A position without
   * evidence, or of a coder without `createResampler`, counts with its own score in every
   * replicate.
   *
   * @default 'rules'
   */
  readonly coder?: Coder | string | undefined
  /**
   * Bootstrap replicates for the scale interval (0 for none).
   *
   * @default 500
   */
  readonly samples?: number | undefined
  /**
   * Seed of the bootstrap, so results are reproducible.
   *
   * @default 1
   */
  readonly seed?: number | undefined
  /**
   * Smallest average agreement at which two groups of submitters are merged into one bloc.
   *
   * @default 0.5
   */
  readonly blocThreshold?: number | undefined
  /**
   * Largest number of submitters for which pairwise agreement and blocs are computed (their cost
   * grows with the square and the cube of the number); above it, both are left empty.
   *
   * @default 500
   */
  readonly pairwiseLimit?: number | undefined
  /**
   * Called after each submitter's row (and its bootstrap) is computed, with how many rows are done
   * and how many there are: for a progress bar on long runs.
   *
   * @default undefined
   */
  readonly onProgress?: ((done: number, total: number) => void) | undefined
  /**
   * Reviewed codings (from a review sheet or a QDA project, read with `readCodings`): each one
   * replaces the coder's stance on its contribution and dimension, and the cell keeps the
   * coder's stance beside it. A changed cell has its pole's score (-1, +1, 0 for `mixed`) and
   * enters every bootstrap replicate at that score.
   *
   * @default [] (no review)
   */
  readonly codings?: readonly Coding[] | undefined
  /**
   * Whether to keep documents that are no contribution (no answer to a known question, no
   * submitter, no stated stance); by default they are left out and listed in `excluded`.
   *
   * @default false
   */
  readonly keepNonContributions?: boolean | undefined
}

const builtIn = ['group', 'regional-group', 'consultation'] as const

/**
 * Compare coded contributions: the matrix of submitters by dimensions (stance, score, count of
 * evidence and strongest quote per cell), the split of stances by stakeholder group, UN regional
 * group, consultation or any attribute, pairwise agreement and blocs of submitters, each
 * submitter's place on the state-centric (-1) to multistakeholder (+1) scale with a seeded
 * bootstrap interval, and the paragraphs of each instrument each side cites. The result does not depend
 * on the order of the input.
 *
 * @param coded
 *   Contributions with their positions.
 * @param options
 *   Configuration (optional).
 * @returns
 *   The comparison.
 * @throws {TypeError}
 *   When `coded` is not an array or an option is invalid.
 * @example
 *   compareContributions(coded).rows[0]?.name // => 'Cuba'
 */
export function compareContributions(
  coded: readonly CodedContribution[],
  options: CompareContributionsOptions = {}
): Comparison {
  if (!Array.isArray(coded)) {
    throw new TypeError(
      `Cannot compare \`${typeof coded}\` for \`coded\`, expected an array of coded contributions`
    )
  }

  const by = options.by ?? 'group'
  if (typeof by !== 'function' && !builtIn.includes(by)) {
    throw new TypeError(
      `Cannot split by \`${String(by)}\` for \`options.by\`, expected ${builtIn.map((name) => `\`${name}\``).join(', ')} or a function`
    )
  }

  const samples = options.samples ?? 500
  if (!Number.isInteger(samples) || samples < 0) {
    throw new TypeError(
      `Cannot bootstrap \`${String(samples)}\` for \`options.samples\`, expected a whole number`
    )
  }

  const codebook = options.codebook ?? defaultCodebook
  checkCodedWith(coded, codebook, 'compare')
  const coder = resolveCoder(options.coder ?? 'rules')
  const dimensions = listDimensions(codebook)
  const seed = options.seed ?? 1
  const {kept, excluded} = selectDocuments(
    orderContributions(coded),
    options.keepNonContributions === true
  )
  const reviewed = indexCodings(options.codings, dimensions)
  const rows = buildRows(kept, dimensions, {
    by,
    reviewed,
    coder,
    samples,
    seed,
    onProgress: options.onProgress
  })

  const pairwise = rows.length <= (options.pairwiseLimit ?? 500)
  const agreement = pairwise ? measurePairwiseAgreement(rows) : {keys: [], matrix: []}
  return {
    codebook: {id: codebook.id, version: codebook.version},
    provenance: createProvenance(coded, {
      coder: coder.id,
      coderDetails: coder.describe?.(codebook),
      codebook,
      seed,
      samples,
      codings: options.codings
    }),
    review: options.codings ? summariseReview(rows, options.codings, dimensions) : null,
    excluded,
    dimensions,
    by: typeof by === 'function' ? (options.byName ?? 'custom') : by,
    rows,
    splits: splitRows(rows, dimensions),
    agreement,
    blocs: pairwise ? findBlocs(rows, agreement.matrix, options.blocThreshold ?? 0.5) : [],
    citations: countCitationsBySide(rows)
  }
}

/** The codebook's dimensions as the comparison lists them: id, label and the ids of the poles. */
function listDimensions(codebook: Codebook): Comparison['dimensions'] {
  return codebook.dimensions.map((dimension) => ({
    id: dimension.id,
    label: dimension.label,
    poles: [dimension.poles[0].id, dimension.poles[1].id] as [string, string]
  }))
}

/** The input in a fixed order (id, SHA-256, path), so that the result does not depend on it. */
function orderContributions(coded: readonly CodedContribution[]): CodedContribution[] {
  return [...coded].sort(
    (a, b) =>
      compare(a.contribution.id, b.contribution.id) ||
      compare(a.contribution.source.sha256, b.contribution.source.sha256) ||
      compare(a.contribution.source.path ?? '', b.contribution.source.path ?? '')
  )
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
