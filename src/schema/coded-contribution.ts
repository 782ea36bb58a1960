import {z} from 'zod'
import {Contribution} from './contribution.js'
import {Position} from './position.js'

/**
 * Which codebook a coding was made with: its id, its version and the SHA-256 of its JSON
 * (`JSON.stringify`, no indentation), so that a coding made with an edited codebook is told apart.
 *
 * @example
 *   CodebookReference.parse({id: 'enhanced-cooperation', version: '1.4.1', sha256: '46af…'})
 */
export const CodebookReference = z
  .object({
    id: z.string(),
    version: z.string(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('SHA-256 of the codebook as JSON (`JSON.stringify`, no indentation)')
  })
  .describe('The codebook a coding was made with')

export type CodebookReference = z.infer<typeof CodebookReference>

/**
 * A contribution with the positions one coder gave it: what comparison, review sheets and
 * exports take.
 *
 * @example
 *   CodedContribution.parse({contribution, positions: ruleCoder.code(contribution, codebook), coder: 'rules'})
 */
export const CodedContribution = z
  .object({
    contribution: Contribution,
    positions: z.array(Position).describe('One position per dimension of the codebook'),
    coder: z.string().describe('Id of the coder that gave the positions')
  })
  .describe('A contribution with its coded positions')

export type CodedContribution = z.infer<typeof CodedContribution>

/**
 * Contributions coded by one coder with one codebook, which the set names: what
 * `codeContributions` gives.
 *
 * @example
 *   (await codeContributions(contributions, {coder: ruleCoder, codebook})).codebook.version
 *   // => '1.4.1'
 */
export const CodedSet = z
  .object({
    codebook: CodebookReference,
    coder: z.object({id: z.string(), version: z.string().optional()}),
    contributions: z.array(CodedContribution)
  })
  .describe('Contributions coded by one coder with one codebook')

export type CodedSet = z.infer<typeof CodedSet>
