import {z} from 'zod'

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a kebab-case id')
const patterns = z.array(z.string().min(1)).describe('Phrase patterns (see docs/codebook.md)')

/**
 * One end of a dimension: its id (as used in `Position.stance`), a label and what it means.
 *
 * @example
 *   Pole.parse({id: 'new-body', label: 'New body', description: '…'}).id // => 'new-body'
 */
export const Pole = z
  .object({
    id,
    label: z.string().min(1),
    description: z.string(),
    definition: z
      .string()
      .min(1)
      .optional()
      .describe(
        'What counts for this pole, in the words given to coders (people and the `llm` coder); `description` when absent'
      )
  })
  .describe('One pole of a dimension')

export type Pole = z.infer<typeof Pole>

/**
 * A phrase that, found in a sentence, supports a pole of its dimension (or `mixed`, for hybrid
 * language), with its weight and what a negation of it supports.
 *
 * @example
 *   Indicator.parse({id: 'new-body-en', pole: 'new-body', language: 'en', pattern: 'new body', weight: 1, onNegation: 'opposite'})
 */
export const Indicator = z
  .object({
    id,
    pole: z.string().min(1).describe('A pole id of the dimension, or `mixed`'),
    language: z.string().min(2).describe('BCP 47 primary language of the pattern, such as `en`'),
    pattern: z.string().min(1).max(300).describe('A phrase pattern (see docs/codebook.md)'),
    weight: z.number().gt(0).max(1).default(1),
    onNegation: z
      .enum(['opposite', 'nothing'])
      .default('opposite')
      .describe('What a negated match supports: the other pole, or nothing'),
    frame: z
      .enum(['any', 'prescriptive', 'assessment'])
      .default('any')
      .describe(
        'The frame the match needs to count: none (`any`), the submitter prescribing or judging (`prescriptive`: a `frame` or `directive` cue), or an assessment of the subject the `assessment` cues name'
      ),
    description: z.string().optional()
  })
  .describe('A phrase that supports a pole')

export type Indicator = z.infer<typeof Indicator>

/**
 * A dimension of the codebook: a question with two poles, the first the state-centric one.
 *
 * @example
 *   Dimension.parse(json).poles[0].id // => 'intergovernmental'
 */
export const Dimension = z
  .object({
    id,
    label: z.string().min(1),
    question: z.string(),
    poles: z.tuple([Pole, Pole]),
    instructions: z
      .object({
        mixed: z
          .string()
          .min(1)
          .optional()
          .describe('What `mixed` means on this dimension, beyond the general rule'),
        note: z.string().min(1).optional().describe('Anything else a coder must know')
      })
      .optional()
      .describe('Coding instructions for this dimension, beside its poles’ definitions'),
    indicators: z.array(Indicator)
  })
  .describe('A dimension with two poles and its indicators')

export type Dimension = z.infer<typeof Dimension>

/** Words that change what an indicator says, by language: negation, hedging, attribution… */
export const Cues = z
  .object({
    negation: z.record(z.string(), patterns).describe('Before an indicator: it is negated'),
    negationAfter: z
      .record(z.string(), patterns)
      .describe('Just after an indicator: it is negated'),
    hedge: z.record(z.string(), patterns).describe('In the clause: the statement is hedged'),
    attribution: z
      .record(z.string(), patterns)
      .describe('Before an indicator: it is someone else’s view'),
    rejection: z
      .record(z.string(), patterns)
      .describe('In the sentence: the attributed view is rejected'),
    contrast: z.record(z.string(), patterns).describe('After a negated indicator: `not X but Y`'),
    pseudoNegation: z
      .record(z.string(), patterns)
      .default({})
      .describe('Phrases with a negation word that negate nothing: `not only`, `no doubt`'),
    scopeEnd: z
      .record(z.string(), patterns)
      .default({})
      .describe('Words that end the scope of a negation or a frame: `but`, `however`, `which`'),
    frameEnd: z
      .record(z.string(), patterns)
      .default({})
      .describe('Words that start a reason or concession a frame does not govern: `because`'),
    frameNegation: z
      .record(z.string(), patterns)
      .default({})
      .describe('Before an indicator: a negated frame (`is not about`) that removes it'),
    frame: z
      .record(z.string(), patterns)
      .default({})
      .describe(
        'In the scope of the match: the submitter prescribes or judges (`should`, `we support`)'
      ),
    directive: z
      .record(z.string(), patterns)
      .default({})
      .describe('The first word of a sentence that makes it a recommendation (`Strengthen …`)'),
    assessment: z
      .record(z.string(), patterns)
      .default({})
      .describe('In the sentence: the subject an `assessment` indicator must be about'),
    report: z
      .record(z.string(), patterns)
      .default({})
      .describe('Before an indicator: a reporting verb whose source is someone else (`X argue`)'),
    ownSource: z
      .record(z.string(), patterns)
      .default({})
      .describe('The source of a reporting verb that is the submitter itself: `we`, `our`, `nous`'),
    otherSource: z
      .record(z.string(), patterns)
      .default({})
      .describe(
        'The source of a reporting verb that is someone else: `some`, `governments`, `the report`'
      ),
    name: z
      .record(z.string(), patterns)
      .default({})
      .describe('Names of meetings, bodies, groups and processes, masked before matching')
  })
  .describe('Cue phrases by language')

export type Cues = z.infer<typeof Cues>

/**
 * The coding instructions of a codebook, as data: what counts as a stance, what does not, and the
 * rule for deciding. `renderInstructions` writes them for people (the instructions blind coders
 * get) and for the `llm` coder (its prompt), with each dimension's poles and notes.
 *
 * @example
 *   Instructions.parse(codebook.instructions).doesNotCount[0].label // => 'Names'
 */
export const Instructions = z
  .object({
    unit: z.string().min(1).describe('What is coded and what a coder gives for it'),
    counts: z.string().min(1).describe('What counts as the submitter’s stance'),
    doesNotCount: z
      .array(z.object({label: z.string().min(1), text: z.string().min(1)}))
      .describe('What does not count, case by case'),
    deciding: z.string().min(1).describe('The rule for choosing a pole, `mixed` or `unstated`')
  })
  .describe('Coding instructions: what counts, what does not, and how to decide')

export type Instructions = z.infer<typeof Instructions>

/**
 * A codebook: data that says how to code positions. Versioned, replaceable: pass your own to
 * `codePositions`.
 *
 * @example
 *   Codebook.parse(json).id // => 'enhanced-cooperation'
 */
export const Codebook = z
  .object({
    id,
    version: z.string().regex(/^\d+(?:\.\d+){0,2}$/, 'Expected a version such as `1` or `1.2.0`'),
    title: z.string(),
    description: z.string().optional(),
    languages: z.array(z.string().min(2)).min(1),
    instructions: Instructions.optional().describe(
      'Coding instructions for people and the `llm` coder (which needs them)'
    ),
    dimensions: z.array(Dimension).min(1),
    cues: Cues
  })
  .describe('A codebook of dimensions, poles, indicators and cues')

export type Codebook = z.infer<typeof Codebook>
export type CodebookInput = z.input<typeof Codebook>
