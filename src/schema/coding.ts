import {z} from 'zod'

/**
 * One coder's stance for one contribution on one dimension, as written by hand: the stance is a
 * pole id of the dimension, `mixed` or `unstated`, optionally with the quote that carries it and
 * the name of the coder.
 *
 * @example
 *   Coding.parse({contributionId: 'wgec-2016/norway', dimension: 'un-role', stance: 'unstated'})
 *   // => {contributionId: 'wgec-2016/norway', dimension: 'un-role', stance: 'unstated'}
 */
export const Coding = z
  .object({
    contributionId: z
      .string()
      .min(1)
      .describe('Id of the coded contribution, e.g. `wgec-2016/cuba`'),
    dimension: z.string().min(1).describe('Codebook dimension, e.g. `mechanism`'),
    stance: z.string().min(1).describe('A pole id of the dimension, `mixed` or `unstated`'),
    quote: z.string().optional().describe('The sentence that carries the stance'),
    coder: z.string().optional().describe('Who coded it')
  })
  .describe('A manual coding of one contribution on one dimension')

export type Coding = z.infer<typeof Coding>
