import {z} from 'zod'
import {AgreementScores} from './agreement.js'

/**
 * A count of cells out of those it could happen in, and their share (`null` when there are none).
 *
 * @example
 *   CellCount.parse({count: 1, of: 4, share: 0.25}).share // => 0.25
 */
export const CellCount = z
  .object({
    count: z.int().min(0),
    of: z.int().min(0),
    share: z.number().min(0).max(1).nullable()
  })
  .describe('A count of cells, out of the cells it could happen in')

export type CellCount = z.infer<typeof CellCount>

/**
 * The confusion matrix of one dimension: `counts[i][j]` is the number of cells the codings code
 * `stances[i]` and the coder `stances[j]`.
 *
 * @example
 *   ConfusionMatrix.parse({stances: ['a', 'unstated'], counts: [[1, 0], [2, 3]]}).counts[1]
 *   // => [2, 3]
 */
export const ConfusionMatrix = z
  .object({
    stances: z
      .array(z.string().min(1))
      .describe('The two poles, `mixed`, `unstated`, then any other stance found'),
    counts: z
      .array(z.array(z.int().min(0)))
      .describe('Rows: the stance of the codings; columns: the stance of the coder')
  })
  .describe('Codings (rows) by coder (columns)')

export type ConfusionMatrix = z.infer<typeof ConfusionMatrix>

const errorCounts = {
  found: CellCount.describe(
    'Stated stances found (recall): cells the codings state a stance (a pole or `mixed`) where the coder gives the same stance'
  ),
  right: CellCount.describe(
    'Claimed stances right (precision): cells the coder states a stance where the codings give the same stance'
  ),
  baseline: CellCount.describe(
    'The accuracy of a coder that says `unstated` everywhere: cells the codings code `unstated`, of all cells'
  ),
  invented: CellCount.describe(
    'Cells the codings code `unstated` where the coder states a stance (a pole or `mixed`)'
  ),
  missed: CellCount.describe('Cells the codings state a stance where the coder gives `unstated`')
}

/**
 * What `validateCoder` finds on one dimension: agreement, the confusion matrix, and the stances
 * invented and missed.
 *
 * @example
 *   DimensionValidation.parse(report.dimensions[0]).invented.count // => 1
 */
export const DimensionValidation = AgreementScores.extend({
  dimension: z.string().min(1),
  confusion: ConfusionMatrix,
  ...errorCounts
}).describe('The coder against the codings on one dimension')

export type DimensionValidation = z.infer<typeof DimensionValidation>

/**
 * One piece of the coder's evidence in a disagreement: where it is (`file:line:column`), what it
 * says and which pole it supports.
 *
 * @example
 *   ValidationEvidence.parse(item).line // => 3
 */
export const ValidationEvidence = z
  .object({
    file: z.string().nullable().describe('Path of the document, as given'),
    line: z.int().min(1),
    column: z.int().min(1),
    quote: z.string(),
    pole: z.string().nullable(),
    weight: z.number().min(0).max(1)
  })
  .describe('A sentence the coder read for its stance')

export type ValidationEvidence = z.infer<typeof ValidationEvidence>

/**
 * A cell where the coder and the codings differ, with the coder's evidence: what counted for its
 * stance, or, when it says `unstated`, everything it found that did not add up to a stance.
 *
 * @example
 *   ValidationDisagreement.parse(report.disagreements[0]).coded // => 'unstated'
 */
export const ValidationDisagreement = z
  .object({
    unit: z.string().min(1).describe('The codings’ name of the document: its file or id'),
    contributionId: z.string().min(1),
    dimension: z.string().min(1),
    gold: z.string().min(1).describe('Stance of the codings'),
    coded: z.string().min(1).describe('Stance of the coder'),
    evidence: z.array(ValidationEvidence)
  })
  .describe('A cell coded differently by the coder and the codings')

export type ValidationDisagreement = z.infer<typeof ValidationDisagreement>

/**
 * The report of `validateCoder`: which coder, codebook and part; per dimension and overall,
 * exact agreement, Cohen's kappa, Krippendorff's alpha, stances invented and missed; the
 * confusion matrix of each dimension; every disagreement with the coder's evidence; and what
 * could not be matched.
 *
 * @example
 *   Validation.parse(report).overall.percent // => 0.75
 */
export const Validation = z
  .object({
    coder: z.object({id: z.string().min(1), version: z.string().optional()}),
    codebook: z.object({id: z.string().min(1), version: z.string().min(1)}),
    part: z.string().nullable().describe('The part of the codings validated on, or all'),
    documents: z.int().min(0).describe('Documents both coded by hand and given'),
    dimensions: z.array(DimensionValidation),
    overall: AgreementScores.extend(errorCounts).describe('All dimensions pooled'),
    review: z
      .array(
        z.object({
          percent: z.int().min(0).max(100).describe('The share of cells reviewed, in percent'),
          cells: z.int().min(0).describe('How many cells that is'),
          accuracy: z
            .number()
            .min(0)
            .max(1)
            .describe('The share of all cells right once those are set to the hand coding')
        })
      )
      .optional()
      .describe(
        'The accuracy reached when a person reviews the least certain cells first (those whose runs or cross-check disagree), for 0, 10, 20, 30 and 50% of the cells; absent when the coder gives no runs or check'
      ),
    disagreements: z
      .array(ValidationDisagreement)
      .describe('By document (as the codings name it), then dimension'),
    missingDocuments: z
      .array(z.string())
      .describe('Documents the codings name (file or id) that are not among those given'),
    uncodedDocuments: z
      .array(z.string())
      .describe('Documents given (path, else id) without codings in the part'),
    failedDocuments: z
      .array(z.object({document: z.string(), cause: z.string()}))
      .optional()
      .describe(
        'Documents the coder failed on (threw, rejected, or gave no positions), left out of every figure; absent when none'
      )
  })
  .describe('The coder against hand codings')

export type Validation = z.infer<typeof Validation>
