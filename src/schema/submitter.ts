import {z} from 'zod'
import {RegionalGroup} from './regional-group.js'
import {StakeholderGroup} from './stakeholder-group.js'

/**
 * Who submitted a contribution: the name as written (`null` when the document does not say), the
 * stakeholder group, the country (ISO 3166-1 alpha-3: the government's own, or the stated seat of
 * another submitter) and, for governments, the UN regional group.
 *
 * @example
 *   Submitter.parse({name: 'Cuba', group: 'government', country: 'CUB', regionalGroup: 'grulac'})
 */
export const Submitter = z
  .object({
    name: z.string().min(1).nullable(),
    group: StakeholderGroup,
    country: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional()
      .describe('ISO 3166-1 alpha-3 code'),
    regionalGroup: RegionalGroup.optional(),
    region: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The region or seat as stated when it names no single country (`Global`, `Latin America`, `India and Brazil`)'
      )
  })
  .describe('The submitter of a contribution')

export type Submitter = z.infer<typeof Submitter>
