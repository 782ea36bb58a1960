/**
 * Cohen's kappa for two coders and nominal values: `(po - pe) / (1 - pe)`, where `po` is the
 * observed agreement and `pe` the agreement expected from each coder's own distribution of values.
 *
 * Computed on counts, `(n * agreed - Σ aₖbₖ) / (n² - Σ aₖbₖ)`, so the result is exact up to the
 * final division and does not depend on the order of the pairs or of the coders. When expected
 * agreement is 1 (both coders used one and the same value throughout), observed agreement is 1
 * too and kappa is taken as 1.
 *
 * @param pairs
 *   One pair per unit: the first coder's value and the second coder's value.
 * @returns
 *   Kappa in [-1, 1], or `undefined` when there are no pairs.
 * @throws {TypeError}
 *   When `pairs` is not an array.
 * @example
 *   cohensKappa([['yes', 'yes'], ['yes', 'no'], ['no', 'no'], ['no', 'no']]) // => 0.5
 *   cohensKappa([]) // => undefined
 */
export function cohensKappa(pairs: ReadonlyArray<readonly [string, string]>): number | undefined {
  if (!Array.isArray(pairs)) {
    throw new TypeError(`Cannot measure \`${String(pairs)}\` for \`pairs\`, expected an array`)
  }
  const n = pairs.length
  if (n === 0) return undefined
  const countsA = new Map<string, number>()
  const countsB = new Map<string, number>()
  let agreed = 0

  for (const [a, b] of pairs) {
    countsA.set(a, (countsA.get(a) ?? 0) + 1)
    countsB.set(b, (countsB.get(b) ?? 0) + 1)
    if (a === b) agreed++
  }

  let chance = 0
  for (const [value, count] of countsA) chance += count * (countsB.get(value) ?? 0)
  const denominator = n * n - chance
  if (denominator === 0) return 1
  return (n * agreed - chance) / denominator
}
