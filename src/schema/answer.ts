import {z} from 'zod'
import {Block} from './block.js'
import {Place} from './place.js'

/**
 * The answer to one question: the question's id (`null` for a section the parser could not match
 * to a question), its text as written in the document, where it stands, and the answer's blocks.
 *
 * @example
 *   Answer.parse({questionId: 'wgec-2016/q1', questionText: 'What are …?', place, blocks: []})
 */
export const Answer = z
  .object({
    questionId: z
      .string()
      .regex(/^[a-z0-9-]+\/q\d+$/)
      .nullable(),
    questionText: z.string(),
    place: Place.describe('Place of the question (or section heading) in the source'),
    blocks: z.array(Block)
  })
  .describe('An answer to a question, or an unassigned section')

export type Answer = z.infer<typeof Answer>
