import {countBy, meanBy, sum} from 'remeda'
import {defaultCodebook} from '../code/codebook/default-codebook.js'
import type {Coder, Resample} from '../code/coders/coder.js'
import {resolveCoder} from '../code/coders/resolve-coder.js'
import {createProvenance} from '../provenance/create-provenance.js'
import type {Codebook} from '../schema/codebook.js'
import type {Coding} from '../schema/coding.js'
import type {Cell, Comparison, Distribution, Row, Scale} from '../schema/comparison.js'
import type {Contribution} from '../schema/contribution.js'
import type {Position} from '../schema/position.js'
import {clusterBlocs} from './cluster-blocs.js'
import {createRandom} from './create-random.js'
import {indexCodings} from './index-codings.js'
import {reviewCell} from './review-cell.js'
import {selectDocuments} from './select-documents.js'
import {summariseReview} from './summarise-review.js'

/** A contribution with its coded positions, as `codePositions` gives them. */
export interface CodedContribution {
  readonly contribution: Contribution
  readonly positions: readonly Position[]
}

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
 * bootstrap interval, and the Tunis Agenda paragraphs each side cites. The result does not depend
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
  const coder = resolveCoder(options.coder ?? 'rules')
  const dimensions = codebook.dimensions.map((dimension) => ({
    id: dimension.id,
    label: dimension.label,
    poles: [dimension.poles[0].id, dimension.poles[1].id] as [string, string]
  }))
  const seed = options.seed ?? 1
  const ordered = [...coded].sort(
    (a, b) =>
      compare(a.contribution.id, b.contribution.id) ||
      compare(a.contribution.source.sha256, b.contribution.source.sha256) ||
      compare(a.contribution.source.path ?? '', b.contribution.source.path ?? '')
  )
  const {kept, excluded} = selectDocuments(ordered, options.keepNonContributions === true)
  const reviewed = indexCodings(options.codings, dimensions)
  const seen = new Map<string, number>()
  const rows = kept.map((entry, index): Row => {
    const count = (seen.get(entry.contribution.id) ?? 0) + 1
    seen.set(entry.contribution.id, count)
    const key = count === 1 ? entry.contribution.id : `${entry.contribution.id}~${count}`
    const row = toRow(entry, key, dimensions, by, {coder, samples, seed, reviewed})
    options.onProgress?.(index + 1, kept.length)
    return row
  })
  rows.sort((a, b) => (a.scale.mean ?? 2) - (b.scale.mean ?? 2) || compare(a.key, b.key))

  const pairwise = rows.length <= (options.pairwiseLimit ?? 500)
  const matrix = pairwise ? rows.map((a) => rows.map((b) => agreementOf(a, b))) : []
  return {
    codebook: {id: codebook.id, version: codebook.version},
    provenance: createProvenance(coded, {
      coder: coder.id,
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
    splits: dimensions.map((dimension) => split(rows, dimension.id, dimension.poles)),
    agreement: {keys: pairwise ? rows.map((row) => row.key) : [], matrix},
    blocs: pairwise
      ? clusterBlocs(
          rows.map((row) => row.key),
          rows.map((a) => rows.map((b) => overlapOf(a, b))),
          options.blocThreshold ?? 0.5
        ).map((bloc) => ({...bloc, meanAgreement: meanAgreement(bloc.members, rows, matrix)}))
      : [],
    citations: citationsBySide(rows)
  }
}

function toRow(
  entry: CodedContribution,
  key: string,
  dimensions: ReadonlyArray<{id: string; poles: [string, string]}>,
  by: SplitBy,
  settings: Bootstrap & {readonly reviewed: ReadonlyMap<string, Coding>}
): Row {
  const {contribution} = entry
  const values = byValues(contribution, by)
  const cells = dimensions.map((dimension): Cell => {
    const position = entry.positions.find((candidate) => candidate.dimension === dimension.id)
    const stance = position?.stance ?? 'unstated'
    const counted = (position?.evidence ?? []).filter((evidence) =>
      stance === 'mixed' ? evidence.pole !== null : evidence.pole === stance
    )
    const ranked = [...counted].sort(
      (a, b) => b.weight - a.weight || a.place.start.offset - b.place.start.offset
    )
    const strongest = ranked[0]
    const cell: Cell = {
      dimension: dimension.id,
      stance,
      score: stance === 'unstated' ? null : (position?.score ?? 0),
      evidenceCount: counted.length,
      quote: strongest?.quote ?? null,
      place: strongest?.place ?? null,
      questionId: strongest?.questionId ?? null,
      quotes: ranked.map((evidence) => ({
        quote: evidence.quote,
        place: evidence.place,
        questionId: evidence.questionId
      })),
      provenance: {kind: 'coder', coder: settings.coder.id}
    }
    const coding = settings.reviewed.get(JSON.stringify([contribution.id, dimension.id]))
    return coding ? reviewCell(cell, coding, position?.evidence ?? [], dimension.poles) : cell
  })

  return {
    key,
    contributionId: contribution.id,
    name: contribution.submitters
      ? contribution.submitters.map((submitter) => submitter.name ?? '?').join('; ')
      : (contribution.submitter.name ?? contribution.id),
    group: contribution.submitter.group,
    country: contribution.submitter.country ?? null,
    regionalGroup: contribution.submitter.regionalGroup ?? null,
    consultation: contribution.consultation?.id ?? null,
    language: contribution.language,
    path: contribution.source.path ?? null,
    by: values[0] ?? 'unknown',
    ...(values.length > 1 ? {byAll: values} : {}),
    ...(contribution.submitters ? {submitters: contribution.submitters} : {}),
    cells,
    scale: scaleOf(entry, cells, dimensions, settings, key),
    citations: [...new Set(contribution.citations.map((citation) => citation.paragraph))].sort(
      byParagraph
    ),
    questions: [
      ...new Set(
        contribution.answers.flatMap((answer) => (answer.questionId ? [answer.questionId] : []))
      )
    ]
  }
}

/** The values a contribution is split by: one, or one per distinct value of a joint one's submitters. */
function byValues(contribution: Contribution, by: SplitBy): string[] {
  if (typeof by === 'function') return [String(by(contribution))]
  if (by === 'consultation') return [contribution.consultation?.id ?? 'none']
  const submitters = contribution.submitters ?? [contribution.submitter]
  return [
    ...new Set(
      submitters.map((submitter) =>
        by === 'group'
          ? submitter.group
          : submitter.group === 'government'
            ? (submitter.regionalGroup ?? 'unknown')
            : 'non-government'
      )
    )
  ]
}

interface Bootstrap {
  readonly coder: Coder
  readonly samples: number
  readonly seed: number
}

/**
 * The mean of the stated scores, and a percentile bootstrap over each dimension's evidence, drawn
 * by the coder's resampler; a dimension with nothing to resample, and a cell whose stance a review
 * changed (it has no evidence of its own), count with their own score.
 */
function scaleOf(
  entry: CodedContribution,
  cells: readonly Cell[],
  dimensions: ReadonlyArray<{id: string; poles: [string, string]}>,
  {coder, samples, seed}: Bootstrap,
  key: string
): Scale {
  const stated = cells.filter((cell) => cell.stance !== 'unstated')
  if (stated.length === 0) return {mean: null, low: null, high: null, dimensions: 0}
  const mean = round(meanBy(stated, (cell) => cell.score ?? 0))
  if (samples === 0) return {mean, low: mean, high: mean, dimensions: stated.length}

  const random = createRandom(seed, key)
  const resamplers = stated.map((cell): Resample => {
    const position = entry.positions.find((candidate) => candidate.dimension === cell.dimension)
    const poles = dimensions.find((dimension) => dimension.id === cell.dimension)?.poles
    const changed = cell.coderStance !== undefined && cell.coderStance !== cell.stance
    if (
      changed ||
      !position ||
      !poles ||
      position.evidence.length === 0 ||
      !coder.createResampler
    ) {
      return () => cell.score ?? 0
    }
    return coder.createResampler(position, poles)
  })
  const means: number[] = []
  for (let sample = 0; sample < samples; sample++) {
    let sum = 0
    for (const resample of resamplers) sum += resample(random)
    means.push(sum / resamplers.length)
  }

  means.sort((a, b) => a - b)
  const at = (share: number) =>
    means[Math.min(means.length - 1, Math.max(0, Math.round(share * (means.length - 1))))] ?? mean
  return {
    mean,
    low: round(Math.min(at(0.025), mean)),
    high: round(Math.max(at(0.975), mean)),
    dimensions: stated.length
  }
}

function agreementOf(a: Row, b: Row): number | null {
  let shared = 0
  let same = 0
  for (const [index, cell] of a.cells.entries()) {
    const other = b.cells[index]
    if (!other || cell.stance === 'unstated' || other.stance === 'unstated') continue
    shared++
    if (cell.stance === other.stance) same++
  }

  return shared === 0 ? null : round(same / shared)
}

/**
 * Similarity for blocs: dimensions with the same stated stance over dimensions either states, so
 * that two submitters who share one stated dimension are not taken for twins.
 */
function overlapOf(a: Row, b: Row): number | null {
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

/** Mean pairwise agreement between the members of a bloc. */
function meanAgreement(
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

function split(rows: readonly Row[], dimension: string, poles: readonly [string, string]) {
  // A joint contribution counts once in the whole, and once in each group of its submitters.
  const groups = new Map<string, Row[]>()
  for (const row of rows) {
    for (const value of row.byAll ?? [row.by]) {
      const members = groups.get(value)
      if (members) members.push(row)
      else groups.set(value, [row])
    }
  }

  return {
    dimension,
    groups: [...groups.keys()]
      .sort(compare)
      .map((value) => distribution(value, groups.get(value) ?? [], dimension, poles)),
    overall: distribution('all', rows, dimension, poles)
  }
}

function distribution(
  group: string,
  rows: readonly Row[],
  dimension: string,
  poles: readonly [string, string]
): Distribution {
  const stances: Record<string, number> = {[poles[0]]: 0, [poles[1]]: 0, mixed: 0, unstated: 0}
  const scores: number[] = []
  for (const row of rows) {
    const cell = row.cells.find((entry) => entry.dimension === dimension)
    const stance = cell?.stance ?? 'unstated'
    stances[stance] = (stances[stance] ?? 0) + 1
    if (cell && stance !== 'unstated') scores.push(cell.score ?? 0)
  }

  const stated = Object.entries(stances)
    .filter(([stance]) => stance !== 'unstated')
    .map(([, count]) => count)
  const total = sum(stated)
  let entropy = 0
  for (const count of stated) if (count > 0) entropy -= (count / total) * Math.log(count / total)
  return {
    group,
    count: rows.length,
    stances,
    divergence: total === 0 ? null : round(entropy / Math.log(stated.length)),
    meanScore: scores.length === 0 ? null : round(meanBy(scores, (score) => score))
  }
}

function citationsBySide(rows: readonly Row[]): Comparison['citations'] {
  const sides = ['state-centric', 'middle', 'multistakeholder'] as const
  return sides.map((side) => {
    const members = rows.filter((row) => row.scale.mean !== null && sideOf(row.scale.mean) === side)
    const counts = countBy(
      members.flatMap((row) => row.citations),
      (paragraph) => paragraph
    )
    return {
      side,
      submitters: members.length,
      paragraphs: Object.entries(counts)
        .map(([paragraph, submitters]) => ({paragraph, submitters}))
        .sort((a, b) => b.submitters - a.submitters || byParagraph(a.paragraph, b.paragraph))
    }
  })
}

function sideOf(mean: number): 'state-centric' | 'middle' | 'multistakeholder' {
  return mean < -1 / 3 ? 'state-centric' : mean > 1 / 3 ? 'multistakeholder' : 'middle'
}

function byParagraph(a: string, b: string): number {
  return Number.parseInt(a, 10) - Number.parseInt(b, 10) || compare(a, b)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
