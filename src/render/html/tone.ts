import type {Comparison} from '../../schema/comparison.js'

/** A colour class: seven steps from the first pole (`m3`) to the second (`p3`), and two more. */
export type Tone = 'm3' | 'm2' | 'm1' | 'z0' | 'p1' | 'p2' | 'p3' | 'mixed' | 'unstated'

/** The seven steps of the diverging scale, from -1 to +1. */
export const toneSteps: readonly Tone[] = ['m3', 'm2', 'm1', 'z0', 'p1', 'p2', 'p3']

/** The tone of each side of the scale. */
export const sideTones: Readonly<Record<Comparison['citations'][number]['side'], Tone>> = {
  'state-centric': 'm3',
  middle: 'z0',
  multistakeholder: 'p3'
}

/**
 * The tone of a stance and its score: a step of seven for a pole, hatched for `mixed`, grey for
 * `unstated`.
 *
 * @param stance
 *   The stance (a pole id, `mixed` or `unstated`; any other text is read as a pole).
 * @param score
 *   Its score in [-1, 1] (`null` when unstated).
 * @returns
 *   The tone.
 */
export function toneOf(stance: string, score: number | null): Tone {
  if (stance === 'unstated') return 'unstated'
  if (stance === 'mixed') return 'mixed'
  const step = Math.max(-3, Math.min(3, Math.round((score ?? 0) * 3)))
  return toneSteps[step + 3] ?? 'z0'
}

/**
 * Whether text on this tone must be light to be read.
 *
 * @param tone
 *   The tone.
 * @returns
 *   `true` for the two darkest steps.
 */
export function isDark(tone: Tone): boolean {
  return tone === 'm3' || tone === 'p3'
}
