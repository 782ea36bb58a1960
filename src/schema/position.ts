import {z} from 'zod'
import {Place} from './place.js'

/**
 * What the rule coder (`ruleCoder`, `codePositions`) tells of each sentence beyond what every
 * coder gives: the indicator that matched and the flags for negation, hedging and attribution.
 * Other coders may leave the whole group out.
 */
const ruleFields = {
  indicator: z.string().describe('The codebook indicator that matched (rule coder)'),
  negated: z.boolean().describe('The indicator is negated (rule coder)'),
  hedged: z.boolean().describe('The statement is hedged: its weight is halved (rule coder)'),
  attributed: z
    .boolean()
    .describe('Someone else’s view, or a quotation of the Tunis Agenda, say (rule coder)')
}

const coreFields = {
  quote: z.string(),
  place: Place,
  questionId: z.string().nullable(),
  pole: z
    .string()
    .nullable()
    .describe('The pole supported after negation and attribution; `mixed` for hybrid language'),
  weight: z
    .number()
    .min(0)
    .max(1)
    .describe(
      'What it counts for in the coder’s decision, from 0 (nothing) to 1; the rule coder gives the indicator weight, halved when hedged, 0 when it supports no pole'
    )
}

/**
 * One sentence that bears on a dimension: the quote, where it is, which question it answers, the
 * pole it supports once negation and attribution are applied (`null` when it supports none) and
 * its weight; every coder gives these. The rule coder adds an optional group: which indicator
 * matched, and the flags `negated`, `hedged`, `attributed`.
 *
 * @example
 *   Evidence.parse(evidence).pole // => 'multistakeholder'
 */
export const Evidence = z
  .object({
    ...coreFields,
    indicator: ruleFields.indicator.optional(),
    negated: ruleFields.negated.optional(),
    hedged: ruleFields.hedged.optional(),
    attributed: ruleFields.attributed.optional()
  })
  .describe(
    'A sentence that bears on a dimension; `indicator`, `negated`, `hedged` and `attributed` are given by the rule coder only'
  )

export type Evidence = z.infer<typeof Evidence>

/**
 * Evidence as the rule coder gives it: with its indicator and all three flags.
 *
 * @example
 *   RuleEvidence.parse(evidence).negated // => true
 */
export const RuleEvidence = z
  .object({...coreFields, ...ruleFields})
  .describe('A sentence that bears on a dimension, as the rule coder gives it')

export type RuleEvidence = z.infer<typeof RuleEvidence>

/**
 * The coded stance of one contribution on one dimension: a pole id, `mixed` or `unstated`, a
 * score from -1 (first, state-centric pole) to +1 (second pole), and the evidence. A position
 * without evidence (a coder that gives none, or a stance taken from hand codings) is valid: its
 * score then counts as it is in the comparison's bootstrap (see `compareContributions`).
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
    evidence: z.array(Evidence),
    runs: z
      .object({
        stances: z.array(z.string()).min(1).describe('Each run’s stance, in run order'),
        share: z.number().min(0).max(1).describe('The share of runs that gave `stance`')
      })
      .optional()
      .describe(
        'When a coder ran several times (`--runs N`): every run’s stance and the majority’s share; a share under 1 marks a cell for review'
      ),
    check: z
      .object({
        coder: z.string().describe('The other coder’s id'),
        stance: z.string().describe('Its stance on the same cell')
      })
      .optional()
      .describe(
        'When the cell was checked against another coder (`--cross-check rules`): what it gives; another stance marks the cell for review'
      )
  })
  .describe('The stance of a contribution on a dimension, with evidence')

export type Position = z.infer<typeof Position>
