import {describe, expect, it} from 'vitest'
import {krippendorffAlpha} from '../../src/code/agreement/krippendorff-alpha.js'

describe('krippendorffAlpha', () => {
  it('reproduces the nominal example of Krippendorff (2011): 4 coders, 12 units, 0.743', () => {
    // "Computing Krippendorff's Alpha-Reliability" (2011), section C, nominal data with missing
    // values (`.` is missing):
    //   unit:  1  2  3  4  5  6  7  8  9 10 11 12
    //   A:     1  2  3  3  2  1  4  1  2  .  .  .
    //   B:     1  2  3  3  2  2  4  1  2  5  .  3
    //   C:     .  3  3  3  2  3  4  2  2  5  1  .
    //   D:     1  2  3  3  2  4  4  1  2  5  1  .
    // Unit 12 has one value and is not pairable, so n = 40 values; n_1 = 9, n_2 = 13, n_3 = 10,
    // n_4 = 5, n_5 = 3 (Σ n_c² = 81 + 169 + 100 + 25 + 9 = 384).
    // Each unit adds n_uc (n_uc - 1) / (m_u - 1) to o_cc: unit 1 3·2/2 = 3, unit 2 3·2/3 = 2,
    // units 3, 4, 5, 7, 9 4·3/3 = 4 each, unit 6 0, unit 8 3·2/3 = 2, unit 10 3·2/2 = 3,
    // unit 11 2·1/1 = 2: Σ o_cc = 3 + 2 + 4·5 + 0 + 2 + 3 + 2 = 32.
    // alpha = 1 - (n - 1)(n - Σ o_cc) / (n² - Σ n_c²) = 1 - 39 · 8 / (1600 - 384) = 1 - 312/1216
    //       = 0.7434
    const u = undefined
    const coders = [
      ['1', '2', '3', '3', '2', '1', '4', '1', '2', u, u, u],
      ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', u, '3'],
      [u, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', u],
      ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', u]
    ]
    const units = Array.from({length: 12}, (_, unit) => coders.map((values) => values[unit]))
    expect(krippendorffAlpha(units)).toBeCloseTo(0.743, 3)
    expect(krippendorffAlpha(units)).toBeCloseTo(1 - 312 / 1216, 12)
  })

  it('gives 0.533 on a small table of two coders', () => {
    // units (a,a) (a,b) (b,b) (b,b): n = 8, n_a = 3, n_b = 5
    // o_aa = 2 (unit 1), o_bb = 2 + 2 (units 3 and 4): Σ o_cc = 6
    // alpha = 1 - 7 * (8 - 6) / (64 - 9 - 25) = 1 - 14/30 = 0.5333...
    expect(
      krippendorffAlpha([
        ['a', 'a'],
        ['a', 'b'],
        ['b', 'b'],
        ['b', 'b']
      ])
    ).toBeCloseTo(1 - 14 / 30, 12)
  })

  it('weighs the pairs of a unit by its number of values less one', () => {
    // unit 1 (a,a,-): m = 2, o_aa += 2 * 1 / 1 = 2
    // unit 2 (a,b,b): m = 3, o_bb += 2 * 1 / 2 = 1
    // unit 3 (b,-,-): one value, skipped
    // n = 5, n_a = 3, n_b = 2, Σ o_cc = 3
    // alpha = 1 - 4 * (5 - 3) / (25 - 9 - 4) = 1 - 8/12 = 1/3
    expect(
      krippendorffAlpha([
        ['a', 'a', undefined],
        ['a', 'b', 'b'],
        ['b', undefined, undefined]
      ])
    ).toBeCloseTo(1 / 3, 12)
  })

  it('gives 1 for perfect agreement', () => {
    // n = 4, n_a = n_b = 2, Σ o_cc = 4: alpha = 1 - 3 * 0 / 8 = 1
    expect(
      krippendorffAlpha([
        ['a', 'a'],
        ['b', 'b']
      ])
    ).toBe(1)
  })

  it('gives -0.5 for total disagreement of two coders on two units', () => {
    // n = 4, n_a = n_b = 2, Σ o_cc = 0: alpha = 1 - 3 * 4 / (16 - 4 - 4) = 1 - 12/8 = -0.5
    expect(
      krippendorffAlpha([
        ['a', 'b'],
        ['b', 'a']
      ])
    ).toBe(-0.5)
  })

  it('gives 1 for one-category data', () => {
    // n = 5, n_a = 5: expected disagreement n² - Σ n_c² = 0, taken as perfect agreement.
    expect(
      krippendorffAlpha([
        ['unstated', 'unstated'],
        ['unstated', 'unstated', 'unstated'],
        ['unstated', undefined]
      ])
    ).toBe(1)
  })

  it('skips units with fewer than two values', () => {
    expect(krippendorffAlpha([['a', undefined], [], ['a', 'b'], ['b', 'b'], ['b']])).toBe(
      krippendorffAlpha([
        ['a', 'b'],
        ['b', 'b']
      ])
    )
  })

  it('returns undefined when no unit is pairable', () => {
    expect(krippendorffAlpha([['a', undefined], [undefined, 'b'], []])).toBeUndefined()
  })

  it('returns undefined when there are no units', () => {
    expect(krippendorffAlpha([])).toBeUndefined()
  })

  it('throws a TypeError when a unit is not an array', () => {
    expect(() => krippendorffAlpha([['a', 'a'], 'ab' as never])).toThrow(
      new TypeError('Cannot measure `ab` for `units[1]`, expected an array')
    )
  })
})
