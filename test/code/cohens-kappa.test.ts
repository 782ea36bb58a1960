import {describe, expect, it} from 'vitest'
import {cohensKappa} from '../../src/code/agreement/cohens-kappa.js'

/** Expand a contingency table (rows: coder A, columns: coder B) into one pair per unit. */
function fromTable(
  categories: readonly string[],
  table: readonly (readonly number[])[]
): Array<[string, string]> {
  const pairs: Array<[string, string]> = []
  for (const [row, counts] of table.entries()) {
    for (const [column, count] of counts.entries()) {
      for (let index = 0; index < count; index++) {
        pairs.push([categories[row] ?? '', categories[column] ?? ''])
      }
    }
  }
  return pairs
}

describe('cohensKappa', () => {
  it('gives 0.4 on the classic 2x2 yes/no table', () => {
    //          B yes  B no
    //   A yes    20     5    (25)
    //   A no     10    15    (25)
    //           (30)  (20)   n = 50
    // po = (20 + 15) / 50 = 0.7
    // pe = 25/50 * 30/50 + 25/50 * 20/50 = 0.3 + 0.2 = 0.5
    // kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4
    const pairs = fromTable(
      ['yes', 'no'],
      [
        [20, 5],
        [10, 15]
      ]
    )
    expect(cohensKappa(pairs)).toBeCloseTo(0.4, 12)
  })

  it("gives 0.492 on the 3x3 table of Cohen's 1960 paper", () => {
    // Proportions .44 .07 .09 / .05 .20 .05 / .01 .03 .06, times n = 200:
    //            B1   B2   B3
    //   A1       88   14   18   (120)
    //   A2       10   40   10    (60)
    //   A3        2    6   12    (20)
    //          (100) (60) (40)
    // po = (88 + 40 + 12) / 200 = 0.70
    // pe = .6 * .5 + .3 * .3 + .1 * .2 = .30 + .09 + .02 = 0.41
    // kappa = (0.70 - 0.41) / (1 - 0.41) = 0.29 / 0.59 = 0.4915...
    const pairs = fromTable(
      ['1', '2', '3'],
      [
        [88, 14, 18],
        [10, 40, 10],
        [2, 6, 12]
      ]
    )
    expect(cohensKappa(pairs)).toBeCloseTo(0.29 / 0.59, 12)
  })

  it('gives 0.5 on a small table', () => {
    // pairs (a,a) (a,b) (b,b) (b,b): po = 3/4; A: a 2, b 2; B: a 1, b 3
    // pe = 2/4 * 1/4 + 2/4 * 3/4 = 2/16 + 6/16 = 0.5; kappa = (0.75 - 0.5) / 0.5 = 0.5
    expect(
      cohensKappa([
        ['a', 'a'],
        ['a', 'b'],
        ['b', 'b'],
        ['b', 'b']
      ])
    ).toBe(0.5)
  })

  it('gives 1 for perfect agreement', () => {
    // po = 1, pe = (1/3)^2 * 3 = 1/3: kappa = (1 - 1/3) / (1 - 1/3) = 1
    expect(
      cohensKappa([
        ['a', 'a'],
        ['b', 'b'],
        ['c', 'c']
      ])
    ).toBe(1)
  })

  it('gives -1 for total disagreement with balanced values', () => {
    // po = 0; A: a 1, b 1; B: a 1, b 1; pe = 1/2 * 1/2 + 1/2 * 1/2 = 0.5
    // kappa = (0 - 0.5) / (1 - 0.5) = -1
    expect(
      cohensKappa([
        ['a', 'b'],
        ['b', 'a']
      ])
    ).toBe(-1)
  })

  it('gives 0 for total disagreement when each coder uses a single value', () => {
    // po = 0; A: a 2; B: b 2; pe = 1 * 0 + 0 * 1 = 0; kappa = (0 - 0) / (1 - 0) = 0
    expect(
      cohensKappa([
        ['a', 'b'],
        ['a', 'b']
      ])
    ).toBe(0)
  })

  it('gives 0 when one coder uses one value and agrees only by chance', () => {
    // po = 1/2; A: a 2; B: a 1, b 1; pe = 1 * 1/2 = 1/2; kappa = 0 / (1/2) = 0
    expect(
      cohensKappa([
        ['a', 'a'],
        ['a', 'b']
      ])
    ).toBe(0)
  })

  it('gives 1 for one-category data, where expected agreement is 1', () => {
    // po = 1 and pe = 1: 0/0, taken as 1 since the coders agree on every unit.
    expect(
      cohensKappa([
        ['unstated', 'unstated'],
        ['unstated', 'unstated']
      ])
    ).toBe(1)
  })

  it('returns undefined when there are no pairs', () => {
    expect(cohensKappa([])).toBeUndefined()
  })

  it('throws a TypeError when pairs is not an array', () => {
    expect(() => cohensKappa(undefined as never)).toThrow(
      new TypeError('Cannot measure `undefined` for `pairs`, expected an array')
    )
  })
})
