import {z} from 'zod'
import {Place} from './place.js'

/**
 * One sentence that bears on a dimension: the quote, where it is, which question it answers,
 * which indicator matched, the pole it supports once negation and attribution are applied (`null`
 * when it supports none), its weight, and the flags.
 *
 * @example
 *   Evidence.parse(evidence).negated // => true
 */
export const Evidence = z
  .object({
    quote: z.string(),
    place: Place,
    questionId: z.string().nullable(),
    indicator: z.string(),
    pole: z
      .string()
      .nullable()
      .describe('The pole supported after negation and attribution; `mixed` for hybrid language'),
    weight: z
      .number()
      .min(0)
      .max(1)
      .describe(
        'What it counts for: the indicator weight, halved when hedged, 0 when it supports no pole'
      ),
    negated: z.boolean(),
    hedged: z.boolean(),
    attributed: z
      .boolean()
      .describe('Someone else’s view, or a quotation (of the Tunis Agenda, say)')
  })
  .describe('A sentence that bears on a dimension')

export type Evidence = z.infer<typeof Evidence>

/**
 * The coded stance of one contribution on one dimension: a pole id, `mixed` or `unstated`, a
 * score from -1 (first, state-centric pole) to +1 (second pole), and the evidence.
 *
 * @example
 *   Position.parse(position).stance // => 'intergovernmental'
 */
export const Position = z
  .object({
    contributionId: z.string(),
    dimension: z.string(),
    stance: z.string(),
    score: z.number().min(-1).max(1),
    evidence: z.array(Evidence)
  })
  .describe('The stance of a contribution on a dimension, with evidence')

export type Position = z.infer<typeof Position>
