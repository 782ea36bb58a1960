import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cohensKappa} from '../../src/code/agreement/cohens-kappa.js'
import {krippendorffAlpha} from '../../src/code/agreement/krippendorff-alpha.js'
import {measureAgreement} from '../../src/code/agreement/measure-agreement.js'
import {percentAgreement} from '../../src/code/agreement/percent-agreement.js'
import type {Coding} from '../../src/schema/coding.js'

const stance = fc.constantFrom('intergovernmental', 'multistakeholder', 'mixed', 'unstated')
const pairs = fc.array(fc.tuple(stance, stance), {maxLength: 60})
// At least two categories, so that kappa and alpha are defined by their formula, not by the
// convention for one-category data.
const varied = fc
  .array(stance, {minLength: 2, maxLength: 60})
  .filter((values) => new Set(values).size >= 2)

function swap(list: ReadonlyArray<readonly [string, string]>): Array<[string, string]> {
  return list.map(([a, b]) => [b, a])
}

describe('agreement statistics (properties)', () => {
  it('give kappa 1 for identical codings with at least two categories', () => {
    fc.assert(
      fc.property(varied, (values) => {
        expect(cohensKappa(values.map((value) => [value, value]))).toBe(1)
      })
    )
  })

  it('give alpha 1 for identical codings with at least two categories', () => {
    fc.assert(
      fc.property(varied, (values) => {
        expect(krippendorffAlpha(values.map((value) => [value, value]))).toBe(1)
      })
    )
  })

  it('give the same kappa when the two coders are swapped', () => {
    fc.assert(
      fc.property(pairs, (list) => {
        expect(cohensKappa(swap(list))).toBe(cohensKappa(list))
      })
    )
  })

  it('give the same alpha when the two coders are swapped', () => {
    fc.assert(
      fc.property(pairs, (list) => {
        expect(krippendorffAlpha(swap(list))).toBe(krippendorffAlpha(list))
      })
    )
  })

  it('keep percent agreement between 0 and 1', () => {
    fc.assert(
      fc.property(
        pairs.filter((list) => list.length > 0),
        (list) => {
          const percent = percentAgreement(list) ?? Number.NaN
          expect(percent >= 0 && percent <= 1).toBe(true)
        }
      )
    )
  })

  it('keep kappa and alpha at most 1', () => {
    fc.assert(
      fc.property(
        pairs.filter((list) => list.length > 0),
        (list) => {
          expect(cohensKappa(list)).toBeLessThanOrEqual(1)
          expect(krippendorffAlpha(list)).toBeLessThanOrEqual(1 + 1e-12)
        }
      )
    )
  })

  it('find full agreement between a coding and itself', () => {
    const codings = fc.uniqueArray(
      fc.record({
        contributionId: fc.constantFrom('a', 'b', 'c', 'd'),
        dimension: fc.constantFrom('mechanism', 'un-role'),
        stance
      }),
      {selector: (coding) => `${coding.contributionId} ${coding.dimension}`, minLength: 1}
    )
    fc.assert(
      fc.property(codings, (list: Coding[]) => {
        const agreement = measureAgreement(list, list)
        expect(agreement.overall.percent).toBe(1)
        expect(agreement.disagreements).toEqual([])
        expect(agreement.unmatched).toEqual([])
      })
    )
  })
})
