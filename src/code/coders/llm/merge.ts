import type {Codebook} from '../../../schema/codebook.js'
import type {Evidence} from '../../../schema/position.js'
import type {DimensionAnswer} from './answer.js'

/**
 * Merge the answers to the parts of one long contribution, dimension by dimension: no part with
 * a stance is `unstated`; parts that all give one pole give it; a pole in one part and the other
 * pole in another, or `mixed` in any, is `mixed`. Every verified quote is kept, in part order.
 *
 * @param parts
 *   The answers of each part, each in codebook order.
 * @param codebook
 *   The codebook.
 * @returns
 *   One answer per dimension, in codebook order.
 */
export function mergeParts(
  parts: readonly DimensionAnswer[][],
  codebook: Codebook
): DimensionAnswer[] {
  if (parts.length === 1) return parts[0] as DimensionAnswer[]
  return codebook.dimensions.map((dimension, index) => {
    const answers = parts.map((part) => part[index] as DimensionAnswer)
    const stated = new Set(
      answers.map((answer) => answer.stance).filter((stance) => stance !== 'unstated')
    )
    const stance =
      stated.size === 0 ? 'unstated' : stated.size === 1 ? ([...stated][0] as string) : 'mixed'
    return {
      dimension: dimension.id,
      stance,
      claimed: stance,
      reason: answers
        .map((answer) => answer.reason)
        .filter(Boolean)
        .join(' / '),
      evidence: answers.flatMap((answer) =>
        answer.evidence.map((item) => (stance === 'mixed' ? item : {...item, pole: stance}))
      )
    }
  })
}

/** One cell after several runs: the majority stance, its share, and each run's stance. */
export interface RunCell {
  readonly dimension: string
  readonly stance: string
  /** Each run's stance, in run order. */
  readonly stances: string[]
  /** The share of runs that gave `stance`, from 0 to 1. */
  readonly share: number
  /** The quotes of the runs that gave `stance`, each place once. */
  readonly evidence: Evidence[]
}

/**
 * The majority of several runs, cell by cell: the stance most runs give; a tie between the most
 * frequent stances is `unstated` (when in doubt, `unstated`, as the instructions say), with the
 * share of runs that gave `unstated`. The evidence is that of the runs that gave the stance.
 *
 * @param runs
 *   Each run's answers, in codebook order.
 * @param codebook
 *   The codebook.
 * @returns
 *   One cell per dimension.
 */
export function mergeRuns(runs: readonly DimensionAnswer[][], codebook: Codebook): RunCell[] {
  return codebook.dimensions.map((dimension, index) => {
    const answers = runs.map((run) => run[index] as DimensionAnswer)
    const stances = answers.map((answer) => answer.stance)
    const counts = new Map<string, number>()
    for (const stance of stances) counts.set(stance, (counts.get(stance) ?? 0) + 1)
    const most = Math.max(...counts.values())
    const leaders = [...counts].filter(([, count]) => count === most).map(([stance]) => stance)
    const stance = leaders.length === 1 ? (leaders[0] as string) : 'unstated'
    const seen = new Set<string>()
    const evidence: Evidence[] = []
    for (const answer of answers) {
      if (answer.stance !== stance) continue
      for (const item of answer.evidence) {
        const key = `${item.place.start.offset}:${item.place.end.offset}`
        if (seen.has(key)) continue
        seen.add(key)
        evidence.push(item)
      }
    }
    return {
      dimension: dimension.id,
      stance,
      stances,
      share: (counts.get(stance) ?? 0) / stances.length,
      evidence
    }
  })
}
