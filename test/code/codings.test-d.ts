import {describe, expectTypeOf, it} from 'vitest'
import {measureAgreement} from '../../src/code/agreement/measure-agreement.js'
import {readCodings} from '../../src/codings/read-codings.js'
import type {Agreement, AgreementScores} from '../../src/schema/agreement.js'
import type {Coding} from '../../src/schema/coding.js'

describe('coding types', () => {
  it('infers the Coding type from its schema', () => {
    expectTypeOf<Coding>().toEqualTypeOf<{
      contributionId: string
      dimension: string
      stance: string
      quote?: string | undefined
      coder?: string | undefined
      file?: string | undefined
      part?: string | undefined
      note?: string | undefined
    }>()
  })

  it('types the statistics of agreement as numbers or null', () => {
    expectTypeOf<AgreementScores>().toEqualTypeOf<{
      units: number
      percent: number | null
      kappa: number | null
      alpha: number | null
    }>()
  })

  it('returns codings from readCodings', () => {
    expectTypeOf(readCodings('')).toHaveProperty('codings').toEqualTypeOf<Coding[]>()
  })

  it('returns an Agreement from measureAgreement', () => {
    expectTypeOf(measureAgreement).returns.toEqualTypeOf<Agreement>()
  })
})
