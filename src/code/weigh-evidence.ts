import type {Evidence} from '../schema/position.js'

/** Total weight below which a dimension is `unstated`. */
const minimumWeight = 0.5

/**
 * Weigh the evidence of one dimension into a stance and a score: each sentence counts once per
 * pole (its strongest indicator); below a total weight of 0.5 the stance is `unstated`; `mixed` is
 * for hybrid language, or for strong evidence on both sides; a weak tie is `unstated`.
 *
 * @param evidence
 *   The evidence of one dimension.
 * @param poles
 *   The dimension's two poles, state-centric first.
 * @returns
 *   The stance and the score, from -1 (first pole) to +1 (second pole).
 * @example
 *   weighEvidence([], ['intergovernmental', 'multistakeholder']) // => {stance: 'unstated', score: 0}
 */
export function weighEvidence(
  evidence: readonly Evidence[],
  poles: readonly [string, string]
): {stance: string; score: number} {
  const strongest = new Map<string, number>()
  // A sentence with hybrid language describes both sides: it counts as mixed, not for either pole.
  const hybrid = new Set(
    evidence
      .filter((item) => item.pole !== null && !poles.includes(item.pole))
      .map((item) => item.place.start.offset)
  )
  for (const item of evidence) {
    if (item.pole === null) continue
    if (hybrid.has(item.place.start.offset) && poles.includes(item.pole)) continue
    const key = `${item.place.start.offset}:${item.pole}`
    strongest.set(key, Math.max(strongest.get(key) ?? 0, item.weight))
  }

  let first = 0
  let second = 0
  let mixed = 0
  for (const [key, weight] of strongest) {
    const pole = key.slice(key.indexOf(':') + 1)
    if (pole === poles[0]) first += weight
    else if (pole === poles[1]) second += weight
    else mixed += weight
  }

  const total = first + second + mixed
  if (total < minimumWeight) return {stance: 'unstated', score: 0}
  const score = round((second - first) / total)
  const weaker = Math.min(first, second)
  const stronger = Math.max(first, second)
  if (mixed > 0 && mixed >= stronger) return {stance: 'mixed', score}
  if (weaker >= 1 && weaker >= 0.4 * stronger) return {stance: 'mixed', score}
  if (first === second) return {stance: 'unstated', score: 0}
  return {stance: first > second ? poles[0] : poles[1], score}
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
