import {defaultCodebook} from '../../codebooks/default-codebook.js'
import {matchCodings} from '../../codings/match-codings.js'
import {toCodings} from '../../codings/to-codings.js'
import type {Codebook} from '../../schema/codebook.js'
import type {Coding} from '../../schema/coding.js'
import type {Contribution} from '../../schema/contribution.js'
import type {Position} from '../../schema/position.js'
import type {
  CellCount,
  DimensionValidation,
  Validation,
  ValidationDisagreement,
  ValidationEvidence
} from '../../schema/validation.js'
import {measureAgreement} from '../agreement/measure-agreement.js'
import {hasCertainty, uncertaintyOf} from '../coders/certainty.js'
import {checkPositions} from '../coders/check-positions.js'
import type {Coder} from '../coders/coder.js'
import {resolveCoder} from '../coders/resolve-coder.js'
import {mapConcurrently} from '../map-concurrently.js'

/** Configuration for `validateCoder`. */
export interface ValidateCoderOptions {
  /**
   * The coder to validate: `rules` or a `Coder`.
   *
   * @default 'rules'
   */
  readonly coder?: Coder | string | undefined
  /**
   * The codebook to code with; codings on dimensions it does not have are left out.
   *
   * @default the `enhanced-cooperation` codebook
   */
  readonly codebook?: Codebook | undefined
  /**
   * Validate on the codings of this part only (their `part`, such as `tuning` or `test`).
   *
   * @default undefined (all codings)
   */
  readonly part?: string | undefined
  /**
   * Documents coded at once, for a coder that answers later (a model behind an endpoint); the
   * report is the same whatever the number.
   *
   * @default 1
   */
  readonly concurrency?: number | undefined
}

interface Unit {
  readonly name: string
  readonly contribution: Contribution
}

/**
 * Validate a coder against hand codings: code each document that has codings and compare, per
 * dimension and overall, with exact agreement, Cohen's kappa and Krippendorff's alpha (as
 * `measureAgreement`, the codings as the first coder), the confusion matrix (the codings' stance
 * by the coder's), the stated stances it finds (recall) and the claimed stances it gets right
 * (precision), the stances it invents (a pole or `mixed` where the codings say `unstated`) and
 * misses (`unstated` where they state one), the all-`unstated` baseline (the accuracy of saying
 * nothing), and every disagreement with the coder's evidence. When the coder ranks its cells (several
 * runs, a cross-check: see `Position.runs` and `Position.check`), `review` gives the accuracy
 * reached once a person reviews the 0, 10, 20, 30 and 50% least certain cells.
 *
 * A coding is matched to a document by its `file`, against the base name of the contribution's
 * `source.path`, else by its `contributionId`, against the contribution's `id`; the first
 * contribution that matches is taken (a contribution matched under two names is one document,
 * named as first met). Documents the codings name but that are not given are
 * listed in `missingDocuments`, and documents given without codings (in the part) in
 * `uncodedDocuments`: neither counts. A document the coder fails on (throws, rejects, or gives no positions of the codebook's dimensions) is left out
 * of every figure and listed in `failedDocuments`. The coder codes only the documents that have codings
 * (`concurrency` at once), and the report is the same from run to run for a deterministic coder.
 *
 * @param contributions
 *   Parsed contributions (with `source.path` when codings name files).
 * @param codings
 *   The hand codings (`readCodings`), at most one per document and dimension.
 * @param options
 *   Configuration (optional).
 * @returns
 *   A promise of the report (a coder may be asynchronous).
 * @throws {TypeError}
 *   When `contributions` or `codings` is not an array, an option is invalid, two codings code
 *   the same document on the same dimension, or the coder gives positions that are not valid.
 * @example
 *   const report = await validateCoder(contributions, readCodings(gold).codings, {part: 'tuning'})
 *   report.overall.percent // => 0.833
 */
export async function validateCoder(
  contributions: readonly Contribution[],
  codings: readonly Coding[],
  options: ValidateCoderOptions = {}
): Promise<Validation> {
  if (!Array.isArray(contributions)) {
    throw new TypeError(
      `Cannot validate \`${typeof contributions}\` for \`contributions\`, expected an array of contributions`
    )
  }
  if (!Array.isArray(codings)) {
    throw new TypeError(
      `Cannot validate \`${typeof codings}\` for \`codings\`, expected an array of codings`
    )
  }
  const part = options.part
  if (part !== undefined && typeof part !== 'string') {
    throw new TypeError(
      `Cannot validate \`${String(part)}\` for \`options.part\`, expected a string`
    )
  }
  const coder = resolveCoder(options.coder ?? 'rules')
  const codebook = options.codebook ?? defaultCodebook
  const dimensions = codebook.dimensions.map((dimension) => dimension.id)

  const found = matchCodings(contributions, codings, {part, dimensions})
  const units = new Map<string, Unit>(
    [...found.documents].map(([name, contribution]) => [name, {name, contribution}])
  )
  const gold = found.codings

  const matched = new Set([...units.values()].map((unit) => unit.contribution))
  const positions = new Map<string, Position[]>()
  const coded: Coding[] = []
  const wanted = new Set(gold.map((coding) => `${coding.contributionId}\u0000${coding.dimension}`))
  const results = await mapConcurrently(
    units.values(),
    async (unit) => {
      try {
        return checkPositions(await coder.code(unit.contribution, codebook), coder.id, codebook)
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error))
      }
    },
    options.concurrency ?? 1
  )
  const failed: Array<{document: string; cause: string}> = []
  for (const [index, unit] of [...units.values()].entries()) {
    const result = results[index] ?? []
    if (result instanceof Error) {
      // A document the coder failed on is left out, and named: the others are still measured.
      failed.push({document: unit.name, cause: result.message})
      continue
    }
    positions.set(unit.name, result)
    for (const coding of toCodings(result, coder.id)) {
      if (wanted.has(`${unit.name}\u0000${coding.dimension}`)) {
        coded.push({contributionId: unit.name, dimension: coding.dimension, stance: coding.stance})
      }
    }
  }

  const left = new Set(failed.map((entry) => entry.document))
  const measured =
    left.size === 0 ? gold : gold.filter((coding) => !left.has(coding.contributionId))
  const agreement = measureAgreement(measured, coded, {dimensions})
  const stanceOf = new Map(
    coded.map((coding) => [`${coding.contributionId}\u0000${coding.dimension}`, coding.stance])
  )
  const cells = measured.map((coding) => ({
    dimension: coding.dimension,
    gold: coding.stance,
    // The coder gives every dimension of the codebook; a missing one counts as unstated.
    coded: stanceOf.get(`${coding.contributionId}\u0000${coding.dimension}`) ?? 'unstated',
    uncertainty: uncertaintyOf(
      positions
        .get(coding.contributionId)
        ?.find((position) => position.dimension === coding.dimension)
    )
  }))
  const certainty = hasCertainty([...positions.values()].flat())

  return {
    coder: {id: coder.id, ...(coder.version === undefined ? {} : {version: coder.version})},
    codebook: {id: codebook.id, version: codebook.version},
    part: part ?? null,
    documents: units.size - failed.length,
    dimensions: codebook.dimensions.map((dimension, index): DimensionValidation => {
      const own = cells.filter((cell) => cell.dimension === dimension.id)
      const scores = agreement.dimensions[index] ?? {
        dimension: dimension.id,
        units: 0,
        percent: null,
        kappa: null,
        alpha: null
      }
      return {
        ...scores,
        confusion: confusionOf(own, [dimension.poles[0].id, dimension.poles[1].id]),
        ...errorsOf(own)
      }
    }),
    overall: {...agreement.overall, ...errorsOf(cells)},
    ...(certainty ? {review: reviewCurve(cells)} : {}),
    disagreements: agreement.disagreements.map((entry): ValidationDisagreement => {
      const unit = units.get(entry.contributionId) as Unit
      const position = positions
        .get(entry.contributionId)
        ?.find((candidate) => candidate.dimension === entry.dimension)
      return {
        unit: entry.contributionId,
        contributionId: unit.contribution.id,
        dimension: entry.dimension,
        gold: entry.a,
        coded: entry.b,
        evidence: evidenceOf(position, entry.b, unit.contribution.source?.path ?? null)
      }
    }),
    missingDocuments: [...found.missing],
    uncodedDocuments: contributions
      .filter((contribution) => !matched.has(contribution))
      .map((contribution) => contribution.source?.path ?? contribution.id),
    ...(failed.length > 0 ? {failedDocuments: failed} : {})
  }
}

function confusionOf(
  cells: ReadonlyArray<{gold: string; coded: string}>,
  poles: readonly [string, string]
): DimensionValidation['confusion'] {
  const known = [...poles, 'mixed', 'unstated']
  const others = [
    ...new Set(cells.flatMap((cell) => [cell.gold, cell.coded]).filter((s) => !known.includes(s)))
  ].sort(compare)
  const stances = [...known, ...others]
  const counts = stances.map(() => stances.map(() => 0))
  for (const cell of cells) {
    const row = counts[stances.indexOf(cell.gold)] as number[]
    row[stances.indexOf(cell.coded)] = (row[stances.indexOf(cell.coded)] ?? 0) + 1
  }
  return {stances, counts}
}

function errorsOf(cells: ReadonlyArray<{gold: string; coded: string}>): {
  found: CellCount
  right: CellCount
  invented: CellCount
  missed: CellCount
  baseline: CellCount
} {
  const unstated = cells.filter((cell) => cell.gold === 'unstated')
  const stated = cells.filter((cell) => cell.gold !== 'unstated')
  const claimed = cells.filter((cell) => cell.coded !== 'unstated')
  return {
    found: count(stated.filter((cell) => cell.coded === cell.gold).length, stated.length),
    right: count(claimed.filter((cell) => cell.coded === cell.gold).length, claimed.length),
    invented: count(unstated.filter((cell) => cell.coded !== 'unstated').length, unstated.length),
    missed: count(stated.filter((cell) => cell.coded === 'unstated').length, stated.length),
    baseline: count(unstated.length, cells.length)
  }
}

/** Shares of the cells a person reviews, least certain first, in percent. */
const reviewed = [0, 10, 20, 30, 50]

/**
 * The accuracy reached when a person reviews the least certain cells first (most uncertain
 * first; among equals, in the codings' order) and sets each to the hand coding.
 */
function reviewCurve(
  cells: ReadonlyArray<{gold: string; coded: string; uncertainty: number}>
): Array<{percent: number; cells: number; accuracy: number}> {
  const order = cells
    .map((cell, index) => ({cell, index}))
    .sort((a, b) => b.cell.uncertainty - a.cell.uncertainty || a.index - b.index)
  return reviewed.map((percent) => {
    const count = Math.ceil((cells.length * percent) / 100)
    const right = order.filter(({cell}, rank) => rank < count || cell.coded === cell.gold).length
    return {percent, cells: count, accuracy: cells.length === 0 ? 0 : right / cells.length}
  })
}

function count(found: number, of: number): CellCount {
  return {count: found, of, share: of === 0 ? null : Math.round((found / of) * 1000) / 1000}
}

/** What counted for the coder's stance; for `unstated`, all it found. */
function evidenceOf(
  position: Position | undefined,
  stance: string,
  file: string | null
): ValidationEvidence[] {
  const items = (position?.evidence ?? []).filter((item) =>
    stance === 'unstated' ? true : stance === 'mixed' ? item.pole !== null : item.pole === stance
  )
  return [...items]
    .sort((a, b) => a.place.start.offset - b.place.start.offset)
    .map((item) => ({
      file,
      line: item.place.start.line,
      column: item.place.start.column,
      quote: item.quote,
      pole: item.pole,
      weight: item.weight
    }))
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}
