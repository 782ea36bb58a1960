import {describe, expectTypeOf, it} from 'vitest'
import type {defaultFieldLabels} from '../../src/consultations/default-field-labels.js'
import type {Row} from '../../src/schema/comparison.js'
import type {ConsultationProfile, Instrument} from '../../src/schema/consultation-profile.js'
import type {FieldName} from '../../src/schema/field-name.js'

describe('consultation profile types', () => {
  it('names the fields of a form as the parser reads them', () => {
    expectTypeOf<FieldName>().toEqualTypeOf<
      | 'timestamp'
      | 'organization'
      | 'name'
      | 'country'
      | 'region'
      | 'date'
      | 'group'
      | 'email'
      | 'topic'
      | 'keywords'
      | 'from'
      | 'subject'
    >()
    expectTypeOf<typeof defaultFieldLabels>().toEqualTypeOf<
      Readonly<Record<FieldName, readonly string[]>>
    >()
  })

  it('keeps every new field of a profile optional', () => {
    expectTypeOf<ConsultationProfile['fieldLabels']>().toEqualTypeOf<
      Partial<Record<FieldName, string[]>> | undefined
    >()
    expectTypeOf<ConsultationProfile['meetingNames']>().toEqualTypeOf<string[] | undefined>()
    expectTypeOf<Instrument['names']>().toEqualTypeOf<string[] | undefined>()
  })

  it('keys the citations of a row by instrument', () => {
    expectTypeOf<Row['citations']>().toEqualTypeOf<
      Array<{instrument: string; paragraphs: string[]}>
    >()
  })
})
