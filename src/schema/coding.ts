import {z} from 'zod'

/**
 * One coder's stance for one contribution on one dimension, as written by hand: the stance is a
 * pole id of the dimension, `mixed` or `unstated`, optionally with the quote that carries it, the
 * name of the coder, the file name of the coded document (when the coding names its document by
 * file, as a gold set does, `contributionId` is that file name) and the part of a gold set it is
 * in (`tuning`, `test`).
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
    coder: z.string().optional().describe('Who coded it'),
    file: z
      .string()
      .optional()
      .describe('File name of the coded document, matched against the base name of `source.path`'),
    part: z.string().optional().describe('Part of a gold set the coding belongs to, e.g. `test`'),
    note: z.string().optional().describe('A note of the coder or reviewer on the coding')
  })
  .describe('A manual coding of one contribution on one dimension')

export type Coding = z.infer<typeof Coding>
