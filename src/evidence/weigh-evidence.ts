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

  return judge(first, second, mixed, poles)
}

/**
 * Prepare the evidence of one dimension for weighing many resamples of it, as a bootstrap does:
 * each call draws `evidence.length` items with replacement and gives the score
 * `weighEvidence(drawn, poles)` would, without building the drawn list, its keys or its maps.
 *
 * @param evidence
 *   The evidence of one dimension.
 * @param poles
 *   The dimension's two poles, state-centric first.
 * @returns
 *   A function that draws one resample with `random` (values in [0, 1)) and returns its score.
 */
export function createResampler(
  evidence: readonly Evidence[],
  poles: readonly [string, string]
): (random: () => number) => number {
  const count = evidence.length
  // Each item's group (its sentence and pole: the unit `weighEvidence` keeps the strongest of),
  // its kind (-1 no pole, 0 first pole, 1 second pole, 2 hybrid) and its sentence.
  const groups = new Map<string, number>()
  const sentences = new Map<number, number>()
  const groupOf = new Int32Array(count)
  const kindOf = new Int8Array(count)
  const sentenceOf = new Int32Array(count)
  const weightOf = new Float64Array(count)
  for (const [index, item] of evidence.entries()) {
    const offset = item.place.start.offset
    const sentence = sentences.get(offset) ?? sentences.size
    sentences.set(offset, sentence)
    const key = `${offset}:${item.pole}`
    const group = groups.get(key) ?? groups.size
    groups.set(key, group)
    groupOf[index] = group
    sentenceOf[index] = sentence
    weightOf[index] = item.weight
    kindOf[index] =
      item.pole === null ? -1 : item.pole === poles[0] ? 0 : item.pole === poles[1] ? 1 : 2
  }

  const groupKind = new Int8Array(groups.size)
  const groupSentence = new Int32Array(groups.size)
  for (let index = 0; index < count; index++) {
    groupKind[groupOf[index] ?? 0] = kindOf[index] ?? -1
    groupSentence[groupOf[index] ?? 0] = sentenceOf[index] ?? 0
  }

  // Stamps mark what the current resample touched, so nothing is cleared between resamples.
  const groupStamp = new Int32Array(groups.size)
  const hybridStamp = new Int32Array(sentences.size)
  const strongest = new Float64Array(groups.size)
  const touched = new Int32Array(groups.size)
  let stamp = 0

  return (random) => {
    stamp++
    let length = 0
    for (let draw = 0; draw < count; draw++) {
      const index = Math.floor(random() * count)
      const kind = kindOf[index] ?? -1
      if (kind === -1) continue
      if (kind === 2) hybridStamp[sentenceOf[index] ?? 0] = stamp
      const group = groupOf[index] ?? 0
      const weight = weightOf[index] ?? 0
      if (groupStamp[group] === stamp) {
        strongest[group] = Math.max(strongest[group] ?? 0, weight)
      } else {
        groupStamp[group] = stamp
        strongest[group] = Math.max(0, weight)
        touched[length++] = group
      }
    }

    let first = 0
    let second = 0
    let mixed = 0
    // In the order groups were first drawn, as `weighEvidence` adds them up.
    for (let at = 0; at < length; at++) {
      const group = touched[at] ?? 0
      const kind = groupKind[group]
      const weight = strongest[group] ?? 0
      if (kind === 2) mixed += weight
      else if (hybridStamp[groupSentence[group] ?? 0] === stamp) continue
      else if (kind === 0) first += weight
      else second += weight
    }

    return judge(first, second, mixed, poles).score
  }
}

/** The stance and score from the summed weights of each side. */
function judge(
  first: number,
  second: number,
  mixed: number,
  poles: readonly [string, string]
): {stance: string; score: number} {
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
