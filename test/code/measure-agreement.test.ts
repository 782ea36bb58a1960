import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {measureAgreement} from '../../src/code/agreement/measure-agreement.js'
import {readCodings} from '../../src/codings/read-codings.js'
import {Agreement} from '../../src/schema/agreement.js'
import type {Coding} from '../../src/schema/coding.js'

function coding(contributionId: string, dimension: string, stance: string, quote?: string): Coding {
  return {contributionId, dimension, stance, ...(quote === undefined ? {} : {quote})}
}

// mechanism: (multistakeholder, multistakeholder) (intergovernmental, intergovernmental)
// (mixed, multistakeholder) (multistakeholder, multistakeholder); un-role: (unstated, unstated)
// (un-centred, unstated); c5 is coded by b only.
const a: Coding[] = [
  coding('c1', 'mechanism', 'multistakeholder'),
  coding('c2', 'mechanism', 'intergovernmental'),
  coding('c3', 'mechanism', 'mixed', 'a hybrid of both'),
  coding('c4', 'mechanism', 'multistakeholder'),
  coding('c1', 'un-role', 'unstated'),
  coding('c2', 'un-role', 'un-centred', 'anchored in the United Nations')
]
const b: Coding[] = [
  coding('c2', 'un-role', 'unstated'),
  coding('c1', 'un-role', 'unstated'),
  coding('c4', 'mechanism', 'multistakeholder'),
  coding('c3', 'mechanism', 'multistakeholder', 'all stakeholders'),
  coding('c2', 'mechanism', 'intergovernmental'),
  coding('c1', 'mechanism', 'multistakeholder'),
  coding('c5', 'mechanism', 'mixed')
]

const fixtures = new URL('../../fixtures/', import.meta.url)

describe('measureAgreement', () => {
  it('measures a dimension by hand', () => {
    // mechanism, n = 4 units, 3 agree: percent = 0.75.
    // kappa: A ms 2, ig 1, mx 1; B ms 3, ig 1; Σ aₖbₖ = 2·3 + 1·1 = 7
    //   = (4·3 - 7) / (16 - 7) = 5/9.
    // alpha: 8 values, ms 5, ig 2, mx 1; Σ o_cc = 2 + 2 + 0 + 2 = 6
    //   = 1 - 7 · (8 - 6) / (64 - 25 - 4 - 1) = 1 - 14/34 = 20/34.
    const [mechanism] = measureAgreement(a, b).dimensions
    expect(mechanism?.dimension).toBe('mechanism')
    expect(mechanism?.units).toBe(4)
    expect(mechanism?.percent).toBe(0.75)
    expect(mechanism?.kappa).toBeCloseTo(5 / 9, 12)
    expect(mechanism?.alpha).toBeCloseTo(20 / 34, 12)
  })

  it('gives kappa and alpha of 0 when agreement is what chance predicts', () => {
    // un-role, n = 2, 1 agrees: percent = 0.5.
    // kappa: A unstated 1, un-centred 1; B unstated 2; Σ aₖbₖ = 2: (2·1 - 2) / (4 - 2) = 0.
    // alpha: 4 values, unstated 3, un-centred 1; Σ o_cc = 2: 1 - 3 · (4 - 2) / (16 - 9 - 1) = 0.
    const [, unRole] = measureAgreement(a, b).dimensions
    expect(unRole).toEqual({dimension: 'un-role', units: 2, percent: 0.5, kappa: 0, alpha: 0})
  })

  it('pools every dimension in the overall entry', () => {
    // 6 units, 4 agree: percent = 4/6.
    // kappa: Σ aₖbₖ = ms 2·3 + ig 1·1 + unstated 1·2 = 9: (6·4 - 9) / (36 - 9) = 15/27.
    // alpha: 12 values, Σ n_c² = 25 + 4 + 1 + 9 + 1 = 40, Σ o_cc = 6 + 2 = 8
    //   = 1 - 11 · (12 - 8) / (144 - 40) = 1 - 44/104 = 60/104.
    const {overall} = measureAgreement(a, b)
    expect(overall.units).toBe(6)
    expect(overall.percent).toBeCloseTo(4 / 6, 12)
    expect(overall.kappa).toBeCloseTo(15 / 27, 12)
    expect(overall.alpha).toBeCloseTo(60 / 104, 12)
  })

  it('keeps the stances of different dimensions apart when pooling', () => {
    // Pairs d1 (unstated, mixed) and d2 (mixed, unstated): four categories d1:unstated,
    // d1:mixed, d2:mixed, d2:unstated, so Σ aₖbₖ = 0 and kappa = (2·0 - 0) / (4 - 0) = 0;
    // pooling bare stances would give Σ aₖbₖ = 2 and kappa = (0 - 2) / (4 - 2) = -1.
    const {overall} = measureAgreement(
      [coding('x', 'd1', 'unstated'), coding('x', 'd2', 'mixed')],
      [coding('x', 'd1', 'mixed'), coding('x', 'd2', 'unstated')]
    )
    expect(overall.kappa).toBe(0)
  })

  it('lists disagreements by contribution then dimension, with the quotes', () => {
    expect(measureAgreement(a, b).disagreements).toEqual([
      {
        contributionId: 'c2',
        dimension: 'un-role',
        a: 'un-centred',
        b: 'unstated',
        quoteA: 'anchored in the United Nations'
      },
      {
        contributionId: 'c3',
        dimension: 'mechanism',
        a: 'mixed',
        b: 'multistakeholder',
        quoteA: 'a hybrid of both',
        quoteB: 'all stakeholders'
      }
    ])
  })

  it('orders the disagreements of one contribution by the order of the dimensions', () => {
    const disagreements = measureAgreement(
      [coding('x', 'un-role', 'un-centred'), coding('x', 'mechanism', 'mixed')],
      [coding('x', 'un-role', 'unstated'), coding('x', 'mechanism', 'multistakeholder')],
      {dimensions: ['mechanism', 'un-role']}
    ).disagreements
    expect(disagreements.map((disagreement) => disagreement.dimension)).toEqual([
      'mechanism',
      'un-role'
    ])
  })

  it('lists codings present in one list only as unmatched, not as units', () => {
    const agreement = measureAgreement([coding('c0', 'mechanism', 'mixed'), ...a], b)
    expect(agreement.unmatched).toEqual([
      {contributionId: 'c0', dimension: 'mechanism', coder: 'a'},
      {contributionId: 'c5', dimension: 'mechanism', coder: 'b'}
    ])
    expect(agreement.dimensions[0]?.units).toBe(4)
  })

  it('measures only the dimensions asked for, in their order', () => {
    const agreement = measureAgreement(a, b, {dimensions: ['un-role', 'igf-relation']})
    expect(agreement.dimensions).toEqual([
      {dimension: 'un-role', units: 2, percent: 0.5, kappa: 0, alpha: 0},
      {dimension: 'igf-relation', units: 0, percent: null, kappa: null, alpha: null}
    ])
    expect(agreement.overall.units).toBe(2)
    expect(agreement.unmatched).toEqual([])
  })

  it('gives null statistics when there are no codings', () => {
    expect(measureAgreement([], [])).toEqual({
      dimensions: [],
      overall: {units: 0, percent: null, kappa: null, alpha: null},
      disagreements: [],
      unmatched: []
    })
  })

  it('returns a value that validates against the Agreement schema', () => {
    expect(Agreement.safeParse(measureAgreement(a, b)).success).toBe(true)
  })

  it('does not change its inputs', () => {
    const before = structuredClone([a, b])
    measureAgreement(a, b)
    expect([a, b]).toEqual(before)
  })

  it('finds full agreement between every gold file and itself', () => {
    const codings = readdirSync(fixtures)
      .filter((name) => name.endsWith('.positions.json'))
      .flatMap((name) => readCodings(readFileSync(new URL(name, fixtures), 'utf8')).codings)
    const agreement = measureAgreement(codings, codings)
    expect(agreement.overall).toEqual({units: codings.length, percent: 1, kappa: 1, alpha: 1})
    expect(agreement.disagreements).toEqual([])
  })

  it('throws a TypeError when a list holds two codings of one contribution on one dimension', () => {
    expect(() => measureAgreement([...a, coding('c1', 'mechanism', 'mixed')], b)).toThrow(
      new TypeError(
        'Cannot measure `c1` on `mechanism` again for `a[6]`, expected one coding per contribution and dimension'
      )
    )
  })

  it('throws a TypeError when an entry is not a coding', () => {
    expect(() => measureAgreement(a, [{contributionId: 'c1'} as never])).toThrow(
      new TypeError('Cannot measure `{"contributionId":"c1"}` for `b[0]`, expected a coding')
    )
  })

  it('throws a TypeError when a list is not an array', () => {
    expect(() => measureAgreement('a' as never, b)).toThrow(
      new TypeError('Cannot measure `a` for `a`, expected an array of codings')
    )
  })

  it('throws a TypeError when options.dimensions is not an array of strings', () => {
    expect(() => measureAgreement(a, b, {dimensions: 'mechanism' as never})).toThrow(
      new TypeError(
        'Cannot measure `mechanism` for `options.dimensions`, expected an array of strings'
      )
    )
  })
})
