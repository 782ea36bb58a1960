import {z} from 'zod'

/**
 * The stakeholder group a submitter belongs to, as the WSIS process names them; `unknown` when the
 * document does not say and nothing else shows it.
 *
 * @example
 *   StakeholderGroup.parse('civil-society') // => 'civil-society'
 */
export const StakeholderGroup = z
  .enum([
    'government',
    'intergovernmental-organization',
    'private-sector',
    'civil-society',
    'technical-community',
    'academia',
    'individual',
    'unknown'
  ])
  .describe('Stakeholder group of the submitter')

export type StakeholderGroup = z.infer<typeof StakeholderGroup>
