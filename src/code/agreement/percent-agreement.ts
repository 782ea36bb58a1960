/**
 * Share of pairs whose two values are the same (observed agreement).
 *
 * @param pairs
 *   One pair per unit: the first coder's value and the second coder's value.
 * @returns
 *   A number in [0, 1], or `undefined` when there are no pairs.
 * @throws {TypeError}
 *   When `pairs` is not an array.
 * @example
 *   percentAgreement([['a', 'a'], ['a', 'b'], ['b', 'b'], ['b', 'b']]) // => 0.75
 *   percentAgreement([]) // => undefined
 */
export function percentAgreement(
  pairs: ReadonlyArray<readonly [string, string]>
): number | undefined {
  if (!Array.isArray(pairs)) {
    throw new TypeError(`Cannot measure \`${String(pairs)}\` for \`pairs\`, expected an array`)
  }
  if (pairs.length === 0) return undefined
  let agreed = 0
  for (const [a, b] of pairs) if (a === b) agreed++
  return agreed / pairs.length
}
