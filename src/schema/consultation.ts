import {z} from 'zod'

/**
 * The consultation a contribution answers, such as `wgec-2016` (the two guiding questions of the
 * second WGEC) or `wgec-2013` (the questionnaire of the first).
 *
 * @example
 *   Consultation.parse({id: 'wgec-2016', title: 'WGEC 2016-2018 guiding questions'}).id
 *   // => 'wgec-2016'
 */
export const Consultation = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    title: z.string()
  })
  .describe('The consultation a contribution answers')

export type Consultation = z.infer<typeof Consultation>
