import {z} from 'zod'
import {Answer} from './answer.js'
import {Author} from './author.js'
import {Block} from './block.js'
import {Citation} from './citation.js'
import {Consultation} from './consultation.js'
import {Footnote} from './footnote.js'
import {Header} from './header.js'
import {Reference} from './reference.js'
import {Source} from './source.js'
import {Submitter} from './submitter.js'

/**
 * A contribution to a consultation, as typed data: who submitted it, what it answers, its answers
 * as blocks with source places, what it cites, and its signature.
 *
 * @example
 *   Contribution.parse(json).submitter.country // => 'CUB'
 */
export const Contribution = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)
      .describe('Stable slug: consultation id, then the submitter'),
    consultation: Consultation.nullable(),
    title: z.string().nullable(),
    language: z.string().describe('BCP 47 language tag of the body text; `und` when unknown'),
    submitter: Submitter,
    submitters: z
      .array(Submitter)
      .min(2)
      .optional()
      .describe(
        'Every submitter of a joint contribution, in the order the document names them; `submitter` is the first. Absent when there is one'
      ),
    authors: z.array(Author),
    place: z.string().nullable().describe('City where the contribution was signed'),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}(?:-\d{2})?$/)
      .nullable()
      .describe('ISO 8601 date, or year and month when only the month is known'),
    header: Header,
    disclaimer: z.string().nullable(),
    preamble: z.array(Block).describe('Blocks before the first question'),
    answers: z.array(Answer),
    signature: z.array(Block).describe('The closing blocks: names, roles, place and date'),
    citations: z.array(Citation),
    references: z.array(Reference),
    footnotes: z.array(Footnote),
    source: Source
  })
  .describe('A contribution to a UN Internet-governance consultation')

export type Contribution = z.infer<typeof Contribution>
