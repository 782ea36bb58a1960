/**
 * Krippendorff's alpha for nominal data, any number of coders and missing values, by the
 * coincidence-matrix method: `α = 1 - (n - 1) · (n - Σ o_cc) / (n² - Σ n_c²)`, where each unit
 * with `m ≥ 2` values adds `n_uc (n_uc - 1) / (m - 1)` to the coincidences `o_cc` of each value
 * `c`, `n_c` counts the pairable values of `c`, and `n` all pairable values.
 *
 * Units with fewer than two values cannot be paired and are skipped. When every pairable value
 * is the same (no variation, so expected disagreement is 0), alpha is taken as 1.
 *
 * @param units
 *   One array per unit with one entry per coder: the value, or `undefined` when that coder did
 *   not code the unit.
 * @returns
 *   Alpha (at most 1), or `undefined` when no unit has two values.
 * @throws {TypeError}
 *   When `units` is not an array of arrays.
 * @example
 *   krippendorffAlpha([['a', 'a'], ['a', 'b'], ['b', 'b'], ['b', 'b']]) // => 0.5333333333333333
 *   krippendorffAlpha([['a', undefined]]) // => undefined
 */
export function krippendorffAlpha(
  units: ReadonlyArray<ReadonlyArray<string | undefined>>
): number | undefined {
  if (!Array.isArray(units)) {
    throw new TypeError(
      `Cannot measure \`${String(units)}\` for \`units\`, expected an array of arrays`
    )
  }
  const totals = new Map<string, number>()
  let pairable = 0
  let coincident = 0

  for (const [index, unit] of units.entries()) {
    if (!Array.isArray(unit)) {
      throw new TypeError(
        `Cannot measure \`${String(unit)}\` for \`units[${index}]\`, expected an array`
      )
    }
    const counts = new Map<string, number>()
    let size = 0
    for (const value of unit as ReadonlyArray<string | undefined>) {
      if (value === undefined) continue
      counts.set(value, (counts.get(value) ?? 0) + 1)
      size++
    }
    if (size < 2) continue
    pairable += size
    // Sorted so that the floating-point sum does not depend on the order of the coders.
    for (const value of [...counts.keys()].sort()) {
      const count = counts.get(value) ?? 0
      coincident += (count * (count - 1)) / (size - 1)
      totals.set(value, (totals.get(value) ?? 0) + count)
    }
  }

  if (pairable === 0) return undefined
  let expected = pairable * pairable
  for (const count of totals.values()) expected -= count * count
  if (expected === 0) return 1
  return 1 - ((pairable - 1) * (pairable - coincident)) / expected
}
