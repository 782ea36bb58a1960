import type {Coding} from '../schema/coding.js'
import type {Cell} from '../schema/comparison.js'
import type {Evidence} from '../schema/position.js'

/**
 * Apply a reviewed coding to a coder's cell: the reviewed stance replaces the coder's, the
 * coder's stance and score are kept beside it. A stance the review confirms keeps the coder's
 * score; a changed stance gets its pole's score (-1 for the first pole, +1 for the second, 0 for
 * `mixed`, `null` for `unstated`), the coder's quotes that support it as `quotes` (the strongest
 * first, also as `quote`), else the review's quote with no place and empty `quotes`.
 *
 * @param cell
 *   The coder's cell.
 * @param coding
 *   The reviewed coding of the same contribution and dimension.
 * @param evidence
 *   The coder's evidence on the dimension.
 * @param poles
 *   The dimension's poles, state-centric first.
 * @returns
 *   The reviewed cell.
 * @example
 *   reviewCell(cell, {contributionId: 'x', dimension: 'mechanism', stance: 'multistakeholder'}, [], poles).score // => 1
 */
export function reviewCell(
  cell: Cell,
  coding: Coding,
  evidence: readonly Evidence[],
  poles: readonly [string, string]
): Cell {
  const provenance = {
    kind: 'reviewed' as const,
    reviewer: coding.coder ?? null,
    note: coding.note ?? null
  }
  const original = {coderStance: cell.stance, coderScore: cell.score}
  if (coding.stance === cell.stance) return {...cell, provenance, ...original}

  const counted = evidence.filter((item) =>
    coding.stance === 'mixed' ? item.pole !== null : item.pole === coding.stance
  )
  const ranked = [...counted].sort(
    (a, b) => b.weight - a.weight || a.place.start.offset - b.place.start.offset
  )
  const strongest = ranked[0]
  return {
    dimension: cell.dimension,
    stance: coding.stance,
    score: poleScore(coding.stance, poles),
    evidenceCount: counted.length,
    quote: strongest?.quote ?? (coding.stance === 'unstated' ? null : (coding.quote ?? null)),
    place: strongest?.place ?? null,
    questionId: strongest?.questionId ?? null,
    // The quotes that support the reviewed stance; a review's own quote has no place, so none.
    quotes: ranked.map((item) => ({
      quote: item.quote,
      place: item.place,
      questionId: item.questionId
    })),
    provenance,
    ...original
  }
}

/** The score of a stance with no evidence to weigh: its pole's end of the scale. */
function poleScore(stance: string, poles: readonly [string, string]): number | null {
  if (stance === poles[0]) return -1
  if (stance === poles[1]) return 1
  return stance === 'mixed' ? 0 : null
}
