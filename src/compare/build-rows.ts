import {meanBy} from 'remeda'
import type {CodedContribution} from '../schema/coded-contribution.js'
import type {Coding} from '../schema/coding.js'
import type {Cell, Row, Scale} from '../schema/comparison.js'
import type {Contribution} from '../schema/contribution.js'
import {type Bootstrap, bootstrapInterval} from './bootstrap-interval.js'
import type {SplitBy} from './compare-contributions.js'
import {groupCitations} from './group-citations.js'
import {reviewCell} from './review-cell.js'

/** How `buildRows` builds the rows: the split, the review, the bootstrap and the progress. */
export interface BuildRowsSettings extends Bootstrap {
  /** Attribute to split submitters by. */
  readonly by: SplitBy
  /** Reviewed codings, by `JSON.stringify([contributionId, dimension])` (see `indexCodings`). */
  readonly reviewed: ReadonlyMap<string, Coding>
  /** Called after each row is built, with how many are done and how many there are. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined
}

/**
 * Build one row per contribution: a unique key (the contribution id, with `~2`, `~3`… for a
 * second, third… contribution of that id, in the given order), the submitter and the attribute
 * it is split by, one cell per dimension (stance, score, count of evidence and the strongest quote,
 * a reviewed coding applied), its place on the scale with a bootstrap interval, the paragraphs it
 * cites of each instrument and the questions it answers. Rows come from the most state-centric to the
 * most multistakeholder; rows with no stated stance come last.
 *
 * @param coded
 *   The contributions kept, with their positions, in a stable order.
 * @param dimensions
 *   The codebook's dimensions with their poles.
 * @param settings
 *   The split, the reviewed codings, the bootstrap and the progress callback.
 * @returns
 *   The rows, in order of scale.
 * @example
 *   buildRows(coded, dimensions, {by: 'group', reviewed: new Map(), coder, samples: 500, seed: 1})[0]?.name // => 'Cuba'
 */
export function buildRows(
  coded: readonly CodedContribution[],
  dimensions: ReadonlyArray<{id: string; poles: [string, string]}>,
  settings: BuildRowsSettings
): Row[] {
  const seen = new Map<string, number>()
  const rows = coded.map((entry, index): Row => {
    const count = (seen.get(entry.contribution.id) ?? 0) + 1
    seen.set(entry.contribution.id, count)
    const key = count === 1 ? entry.contribution.id : `${entry.contribution.id}~${count}`
    const row = buildRow(entry, key, dimensions, settings)
    settings.onProgress?.(index + 1, coded.length)
    return row
  })
  return rows.sort((a, b) => (a.scale.mean ?? 2) - (b.scale.mean ?? 2) || compare(a.key, b.key))
}

function buildRow(
  entry: CodedContribution,
  key: string,
  dimensions: ReadonlyArray<{id: string; poles: [string, string]}>,
  settings: BuildRowsSettings
): Row {
  const {contribution} = entry
  const values = listSplitValues(contribution, settings.by)
  const cells = dimensions.map((dimension) => buildCell(entry, dimension, settings))
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
    scale: placeOnScale(entry, cells, dimensions, settings, key),
    citations: groupCitations(contribution.citations),
    questions: [
      ...new Set(
        contribution.answers.flatMap((answer) => (answer.questionId ? [answer.questionId] : []))
      )
    ]
  }
}

function buildCell(
  entry: CodedContribution,
  dimension: {id: string; poles: [string, string]},
  settings: BuildRowsSettings
): Cell {
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
  const coding = settings.reviewed.get(JSON.stringify([entry.contribution.id, dimension.id]))
  return coding ? reviewCell(cell, coding, position?.evidence ?? [], dimension.poles) : cell
}

/** The values a contribution is split by: one, or one per distinct value of a joint one's submitters. */
function listSplitValues(contribution: Contribution, by: SplitBy): string[] {
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

/** The mean of the stated scores, with its bootstrap interval. */
function placeOnScale(
  entry: CodedContribution,
  cells: readonly Cell[],
  dimensions: ReadonlyArray<{id: string; poles: [string, string]}>,
  bootstrap: Bootstrap,
  key: string
): Scale {
  const stated = cells.filter((cell) => cell.stance !== 'unstated')
  if (stated.length === 0) return {mean: null, low: null, high: null, dimensions: 0}
  const mean = round(meanBy(stated, (cell) => cell.score ?? 0))
  const {low, high} = bootstrapInterval(
    {key, cells: stated, mean, positions: entry.positions},
    dimensions,
    bootstrap
  )
  return {mean, low, high, dimensions: stated.length}
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
