import {z} from 'zod'
import {Place} from './place.js'

/**
 * One paragraph of an instrument cited by the submitter: `paras 69-71` gives three citations
 * (69, 70, 71) sharing the same `text` and `place`.
 *
 * @example
 *   Citation.parse({instrument: 'tunis-agenda', paragraph: '35(a)', text: 'para.35.a', place})
 */
export const Citation = z
  .object({
    instrument: z.literal('tunis-agenda'),
    paragraph: z
      .string()
      .regex(/^\d{1,3}(?:\([a-z]\))?$/)
      .describe('Paragraph number, with a sub-paragraph letter as `35(a)`'),
    text: z.string().describe('The citation as written'),
    place: Place
  })
  .describe('A cited paragraph of the Tunis Agenda')

export type Citation = z.infer<typeof Citation>
