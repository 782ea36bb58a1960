import {describe, expect, it} from 'vitest'
import {percentAgreement} from '../../src/code/agreement/percent-agreement.js'

describe('percentAgreement', () => {
  it('gives the share of pairs with the same value', () => {
    // 3 of 4 pairs agree: 3 / 4 = 0.75.
    expect(
      percentAgreement([
        ['a', 'a'],
        ['a', 'b'],
        ['b', 'b'],
        ['b', 'b']
      ])
    ).toBe(0.75)
  })

  it('gives 1 for perfect agreement', () => {
    expect(
      percentAgreement([
        ['a', 'a'],
        ['b', 'b']
      ])
    ).toBe(1)
  })

  it('gives 0 for total disagreement', () => {
    expect(
      percentAgreement([
        ['a', 'b'],
        ['b', 'a']
      ])
    ).toBe(0)
  })

  it('returns undefined when there are no pairs', () => {
    expect(percentAgreement([])).toBeUndefined()
  })

  it('throws a TypeError when pairs is not an array', () => {
    expect(() => percentAgreement('a' as never)).toThrow(
      new TypeError('Cannot measure `a` for `pairs`, expected an array')
    )
  })
})
