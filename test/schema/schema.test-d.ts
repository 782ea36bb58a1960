import {describe, expectTypeOf, it} from 'vitest'
import type {z} from 'zod'
import type {Answer} from '../../src/schema/answer.js'
import type {Block, List} from '../../src/schema/block.js'
import type {
  Contribution,
  Contribution as ContributionSchema
} from '../../src/schema/contribution.js'
import type {StakeholderGroup} from '../../src/schema/stakeholder-group.js'
import type {Submitter} from '../../src/schema/submitter.js'

describe('schema types', () => {
  it('infers the contribution type from the schema', () => {
    expectTypeOf<z.infer<typeof ContributionSchema>>().toEqualTypeOf<Contribution>()
  })

  it('types the submitter as in the data contract', () => {
    expectTypeOf<Submitter['name']>().toEqualTypeOf<string | null>()
    expectTypeOf<Submitter['group']>().toEqualTypeOf<StakeholderGroup>()
    expectTypeOf<Submitter['country']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<StakeholderGroup>().toEqualTypeOf<
      | 'government'
      | 'intergovernmental-organization'
      | 'private-sector'
      | 'civil-society'
      | 'technical-community'
      | 'academia'
      | 'individual'
      | 'unknown'
    >()
  })

  it('keeps list nesting in the block type', () => {
    expectTypeOf<List['items'][number]['blocks'][number]>().toEqualTypeOf<Block>()
    expectTypeOf<Answer['questionId']>().toEqualTypeOf<string | null>()
  })
})
