import {z} from 'zod'

/**
 * One question of a consultation: its id and number, its wording where known, other wordings it is
 * found in (translations, paraphrases), and short forms that name it in a heading.
 *
 * @example
 *   Question.parse({id: 'wgec-2016/q1', number: 1, text: 'What are …?', variants: [], shortForms: []})
 */
export const Question = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+\/q\d+$/),
    number: z.int().min(1),
    text: z.string().nullable().describe('The official wording, `null` when it is not known'),
    variants: z
      .array(z.string())
      .describe('Other wordings: translations into Spanish and French, common paraphrases'),
    shortForms: z
      .array(z.string())
      .describe('Phrases that name the question in a heading, such as `Recommendations`')
  })
  .describe('A question of a consultation')

export type Question = z.infer<typeof Question>

/**
 * A consultation and its questions, as data: the parser recognises a contribution's questions
 * against these profiles, and users can pass their own.
 *
 * @example
 *   ConsultationProfile.parse(wgec2016).questions.length // => 2
 */
export const ConsultationProfile = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    title: z.string(),
    years: z.tuple([z.int(), z.int()]).describe('First and last year of the consultation'),
    questions: z.array(Question).min(1)
  })
  .describe('A consultation and its questions')

export type ConsultationProfile = z.infer<typeof ConsultationProfile>
