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
    instrument: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .describe(
        'Id of the cited instrument (`tunis-agenda`), as the consultation’s profile names it'
      ),
    paragraph: z
      .string()
      .regex(/^\d{1,3}(?:\([a-z]\))?$/)
      .describe('Paragraph number, with a sub-paragraph letter as `35(a)`'),
    text: z.string().describe('The citation as written'),
    place: Place
  })
  .describe('A cited paragraph of an instrument (by default the Tunis Agenda)')

export type Citation = z.infer<typeof Citation>
