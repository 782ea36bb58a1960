import {z} from 'zod'
import {FieldName} from './field-name.js'

/** A phrase of a profile matched in text: short, so that matching it stays cheap. */
const phrase = z.string().min(1).max(100)

/**
 * A document whose numbered paragraphs contributions cite (`paragraph 69`), such as the Tunis
 * Agenda, with the names the text gives it (`paragraph 5 of the Tunis Agenda`).
 *
 * @example
 *   Instrument.parse({id: 'tunis-agenda', title: 'Tunis Agenda for the Information Society', paragraphs: 122})
 */
export const Instrument = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    title: z.string(),
    paragraphs: z.int().min(1).describe('The number of its last paragraph'),
    names: z
      .array(phrase)
      .optional()
      .describe(
        'Names the text gives it (`Tunis Agenda`, `Agenda de Túnez`), matched as folded words: a paragraph cited with one of them (`paragraph 5 of the Tunis Agenda`, `Tunis Agenda, paragraph 5`) is a citation of it (default: its title)'
      )
  })
  .describe('A document whose paragraphs are cited')

export type Instrument = z.infer<typeof Instrument>

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
      .describe('Phrases that name the question in a heading, such as `Recommendations`'),
    topics: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'Values of a form’s topic field (`Area:`) that choose this question, matched as folded words (`principles`)'
      )
  })
  .describe('A question of a consultation')

export type Question = z.infer<typeof Question>

/**
 * A consultation as data: its questions, the cues that identify it, its stakeholder question, the
 * instruments its contributions cite, the labels of its form's fields and the names of its meeting.
 * The parser recognises a contribution's questions against these profiles, and users can pass
 * their own (`options.consultations`, `--consultations`).
 *
 * @example
 *   ConsultationProfile.parse(wgec2016).questions.length // => 2
 */
export const ConsultationProfile = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    title: z.string(),
    years: z.tuple([z.int(), z.int()]).describe('First and last year of the consultation'),
    questions: z.array(Question).min(1),
    cues: z
      .object({
        issuingBody: z
          .array(z.string().min(1))
          .describe('Names of the body that runs the consultation, as a header line gives them'),
        workingGroup: z
          .array(z.string().min(1))
          .describe('Names of the group or meeting, as a header line gives them'),
        mentions: z
          .array(z.string().min(1))
          .describe(
            'Phrases that say a document answers this consultation when its title or header has them'
          )
      })
      .partial()
      .optional()
      .describe('Phrases that identify the consultation, matched as folded words'),
    stakeholderQuestion: z
      .string()
      .optional()
      .describe('Id of the question whose answer names the submitter’s stakeholder group'),
    instruments: z
      .array(Instrument)
      .optional()
      .describe(
        'The documents whose paragraphs contributions cite; a paragraph cited without naming one is of the first (default: the Tunis Agenda)'
      ),
    fieldLabels: z
      .partialRecord(
        FieldName,
        z.array(
          z
            .string()
            .regex(/^\p{L}[\p{L} ’'()/-]{1,40}$/u)
            .describe('A label as written before its colon')
        )
      )
      .optional()
      .describe(
        'Labels of the fields at the top of a form (`Organization:`, `País:`), by the canonical name of the field they give, matched as folded words; a field left out keeps the built-in labels (`defaultFieldLabels`)'
      ),
    meetingNames: z
      .array(phrase)
      .optional()
      .describe(
        'Names, or their first words, of the meeting, group, body or subject a title addresses (`Contribution of X to NETmundial`), matched as folded words: where one follows `to`, `on` or `for`, the submitter’s name ends (default: those of the built-in consultations)'
      )
  })
  .describe('A consultation and its questions')

export type ConsultationProfile = z.infer<typeof ConsultationProfile>
