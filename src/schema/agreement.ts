import {z} from 'zod'

/**
 * Agreement between two coders over a set of units: how many units both coded, the share of
 * units on which they agree, Cohen's kappa and Krippendorff's alpha (nominal); each statistic is
 * `null` when it is undefined (no units).
 *
 * @example
 *   AgreementScores.parse({units: 0, percent: null, kappa: null, alpha: null}).units // => 0
 */
export const AgreementScores = z
  .object({
    units: z.int().min(0).describe('Units (contribution and dimension) coded by both coders'),
    percent: z.number().min(0).max(1).nullable().describe('Share of units with the same stance'),
    kappa: z.number().max(1).nullable().describe("Cohen's kappa"),
    alpha: z.number().max(1).nullable().describe("Krippendorff's alpha for nominal data")
  })
  .describe('Agreement statistics over a set of units')

export type AgreementScores = z.infer<typeof AgreementScores>

/**
 * Agreement between two coders on one dimension.
 *
 * @example
 *   DimensionAgreement.parse({dimension: 'mechanism', units: 2, percent: 1, kappa: 1, alpha: 1})
 *     .dimension // => 'mechanism'
 */
export const DimensionAgreement = AgreementScores.extend({
  dimension: z.string().min(1)
}).describe('Agreement statistics on one dimension')

export type DimensionAgreement = z.infer<typeof DimensionAgreement>

/**
 * A unit on which the two coders chose different stances, with the quotes each gave.
 *
 * @example
 *   Disagreement.parse({contributionId: 'x', dimension: 'un-role', a: 'un-centred', b: 'unstated'})
 *     .b // => 'unstated'
 */
export const Disagreement = z
  .object({
    contributionId: z.string().min(1),
    dimension: z.string().min(1),
    a: z.string().min(1).describe('Stance of the first coder'),
    b: z.string().min(1).describe('Stance of the second coder'),
    quoteA: z.string().optional().describe('Quote given by the first coder'),
    quoteB: z.string().optional().describe('Quote given by the second coder')
  })
  .describe('A unit the two coders coded differently')

export type Disagreement = z.infer<typeof Disagreement>

/**
 * A coding made by only one of the two coders, which is therefore not a unit.
 *
 * @example
 *   UnmatchedCoding.parse({contributionId: 'x', dimension: 'un-role', coder: 'b'}).coder // => 'b'
 */
export const UnmatchedCoding = z
  .object({
    contributionId: z.string().min(1),
    dimension: z.string().min(1),
    coder: z.enum(['a', 'b']).describe('Which list holds the coding')
  })
  .describe('A coding present in only one of the two lists')

export type UnmatchedCoding = z.infer<typeof UnmatchedCoding>

/**
 * Agreement between two codings of the same contributions: per dimension, pooled over all
 * dimensions, every disagreement and every coding without a counterpart.
 *
 * @example
 *   Agreement.parse({
 *     dimensions: [],
 *     overall: {units: 0, percent: null, kappa: null, alpha: null},
 *     disagreements: [],
 *     unmatched: []
 *   }).overall.units // => 0
 */
export const Agreement = z
  .object({
    dimensions: z.array(DimensionAgreement).describe('One entry per dimension'),
    overall: AgreementScores.describe('All dimensions pooled'),
    disagreements: z
      .array(Disagreement)
      .describe('Units coded differently, by contribution then dimension'),
    unmatched: z
      .array(UnmatchedCoding)
      .describe('Codings in only one list, by contribution then dimension')
  })
  .describe('Inter-coder agreement between two codings')

export type Agreement = z.infer<typeof Agreement>
