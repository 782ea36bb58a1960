import {z} from 'zod'
import {AgreementScores, DimensionAgreement} from './agreement.js'
import {Place} from './place.js'
import {Provenance} from './provenance.js'
import {RegionalGroup} from './regional-group.js'
import {StakeholderGroup} from './stakeholder-group.js'
import {Submitter} from './submitter.js'

/**
 * Who decided a cell's stance: the coder (with its id), or a person who reviewed the coder's
 * stance (with the reviewer's name when the review sheet gives one, and their note).
 *
 * @example
 *   CellProvenance.parse({kind: 'reviewed', reviewer: 'ana', note: null}).kind // => 'reviewed'
 */
export const CellProvenance = z
  .discriminatedUnion('kind', [
    z.object({kind: z.literal('coder'), coder: z.string().describe('Id of the coder')}),
    z.object({
      kind: z.literal('reviewed'),
      reviewer: z.string().nullable().describe('Who reviewed the cell'),
      note: z.string().nullable().describe('The reviewer’s note')
    })
  ])
  .describe('Who decided the stance of a cell')

export type CellProvenance = z.infer<typeof CellProvenance>

/**
 * One cell of the comparison matrix: a submitter's stance on a dimension, its score (`null` when
 * unstated), how many quotes count for it, the strongest quote with its place, who decided the
 * stance, and the coder's own stance and score beside a reviewed one.
 *
 * @example
 *   Cell.parse(cell).stance // => 'intergovernmental'
 */
export const Cell = z
  .object({
    dimension: z.string(),
    stance: z.string(),
    score: z
      .number()
      .min(-1)
      .max(1)
      .nullable()
      .describe('From -1 (first pole) to +1 (second pole); `null` when the stance is `unstated`'),
    evidenceCount: z.int().min(0).describe('Quotes that count for the stance'),
    quote: z.string().nullable().describe('The strongest quote for the stance'),
    place: Place.nullable(),
    questionId: z.string().nullable(),
    quotes: z
      .array(z.object({quote: z.string(), place: Place, questionId: z.string().nullable()}))
      .optional()
      .describe('Every quote that counts for the stance, the strongest first'),
    provenance: CellProvenance.optional().describe(
      'Who decided the stance (always set by `compareContributions`; absent means the coder)'
    ),
    coderStance: z
      .string()
      .optional()
      .describe('The coder’s stance, kept when a review changes it'),
    coderScore: z
      .number()
      .min(-1)
      .max(1)
      .nullable()
      .optional()
      .describe('The coder’s score (`null` when unstated)')
  })
  .describe('A submitter’s stance on one dimension')

export type Cell = z.infer<typeof Cell>

/**
 * Where a submitter stands on the single state-centric (-1) to multistakeholder (+1) scale: the
 * mean of its stated dimension scores, with a seeded bootstrap interval over its evidence.
 *
 * @example
 *   Scale.parse({mean: -1, low: -1, high: -0.8, dimensions: 5}).mean // => -1
 */
export const Scale = z
  .object({
    mean: z.number().min(-1).max(1).nullable().describe('`null` when no dimension is stated'),
    low: z.number().min(-1).max(1).nullable().describe('2.5th percentile of the bootstrap'),
    high: z.number().min(-1).max(1).nullable().describe('97.5th percentile of the bootstrap'),
    dimensions: z.int().min(0).describe('Dimensions with a stated stance')
  })
  .describe('Position on the state-centric to multistakeholder scale')

export type Scale = z.infer<typeof Scale>

/**
 * One row of the comparison: a submitter, its group attributes, its cells, its place on the
 * scale, the paragraphs it cites of each instrument and the questions it answers.
 *
 * @example
 *   Row.parse(row).name // => 'Cuba'
 */
export const Row = z
  .object({
    key: z.string().describe('Unique key: the contribution id, with `~2`, `~3`… for duplicates'),
    contributionId: z.string(),
    name: z.string(),
    group: StakeholderGroup,
    country: z.string().nullable(),
    regionalGroup: RegionalGroup.nullable(),
    consultation: z.string().nullable(),
    language: z.string(),
    path: z.string().nullable(),
    /** The value of the attribute rows are split by. */
    by: z.string(),
    byAll: z
      .array(z.string())
      .min(2)
      .optional()
      .describe(
        'A joint contribution’s values of that attribute, one per distinct value of its submitters: it counts once in the whole and once in each of these groups'
      ),
    submitters: z
      .array(Submitter)
      .min(2)
      .optional()
      .describe('Every submitter of a joint contribution; `name` joins their names'),
    cells: z.array(Cell),
    scale: Scale,
    citations: z
      .array(
        z.object({
          instrument: z.string().describe('Id of the instrument (`tunis-agenda`)'),
          paragraphs: z.array(z.string()).describe('Its paragraphs cited, sorted')
        })
      )
      .describe('Paragraphs cited, by instrument (instruments sorted by id)'),
    questions: z.array(z.string()).describe('Questions answered, in document order')
  })
  .describe('A submitter in a comparison')

export type Row = z.infer<typeof Row>

/**
 * How the stances on one dimension are distributed in one group (or in the whole corpus), with
 * how split the group is: the normalised entropy of its stated stances (0 when all agree, 1 when
 * they spread evenly over both poles and `mixed`) and the mean score.
 *
 * @example
 *   Distribution.parse(distribution).divergence // => 0
 */
export const Distribution = z
  .object({
    group: z.string(),
    count: z.int().min(0),
    stances: z
      .record(z.string(), z.int().min(0))
      .describe('Count of each stance, `unstated` included'),
    divergence: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe('Normalised entropy of stated stances'),
    meanScore: z.number().min(-1).max(1).nullable()
  })
  .describe('Distribution of stances in a group')

export type Distribution = z.infer<typeof Distribution>

/**
 * What a review did to a comparison: how many cells it reviewed and changed, the agreement
 * between the coder and the review on the reviewed cells (the same measures as `measureAgreement`),
 * and the codings that matched no cell.
 *
 * @example
 *   Review.parse(comparison.review).changed // => 3
 */
export const Review = z
  .object({
    reviewed: z.int().min(0).describe('Cells whose stance a review gives'),
    changed: z.int().min(0).describe('Reviewed cells whose stance differs from the coder’s'),
    agreement: AgreementScores.describe('Coder against review, over the reviewed cells'),
    dimensions: z.array(DimensionAgreement).describe('The same, per dimension'),
    unmatched: z
      .array(z.object({contributionId: z.string(), dimension: z.string()}))
      .describe('Codings for a contribution or dimension that is not in the comparison')
  })
  .describe('What a review of the coder’s stances changed')

export type Review = z.infer<typeof Review>

/**
 * A document left out of a comparison: a second copy of a document already compared (same
 * SHA-256), or a document that is not a contribution (no question, no submitter, no stance).
 *
 * @example
 *   Excluded.parse(comparison.excluded[0]).reason // => 'duplicate-document'
 */
export const Excluded = z
  .object({
    contributionId: z.string(),
    path: z.string().nullable(),
    sha256: z.string(),
    reason: z.enum(['duplicate-document', 'not-a-contribution']),
    duplicateOf: z.string().nullable().describe('Path of the copy that is compared')
  })
  .describe('A document left out of a comparison')

export type Excluded = z.infer<typeof Excluded>

/**
 * A comparison of contributions: the matrix of submitters by dimensions, splits by group,
 * pairwise agreement and blocs, the scale, and which paragraphs of each instrument each side cites.
 *
 * @example
 *   Comparison.parse(json).rows.length // => 20
 */
export const Comparison = z
  .object({
    codebook: z.object({id: z.string(), version: z.string()}),
    provenance: Provenance.optional().describe(
      'How the comparison was made (always set by `compareContributions`)'
    ),
    review: Review.nullable()
      .optional()
      .describe('What the review changed; `null` when no codings were applied'),
    excluded: z
      .array(Excluded)
      .optional()
      .describe('Documents left out: duplicates and documents that are no contribution'),
    dimensions: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        poles: z.tuple([z.string(), z.string()])
      })
    ),
    by: z
      .string()
      .describe(
        'The attribute rows are split by: `group`, `regional-group`, `consultation`, or a custom one'
      ),
    rows: z
      .array(Row)
      .describe('Submitters, from the most state-centric to the most multistakeholder'),
    splits: z.array(
      z.object({
        dimension: z.string(),
        groups: z.array(Distribution),
        overall: Distribution
      })
    ),
    agreement: z
      .object({
        keys: z.array(z.string()),
        matrix: z.array(z.array(z.number().min(0).max(1).nullable()))
      })
      .describe(
        'Share of dimensions with the same stance, where both state one; rows and columns follow `keys`'
      ),
    blocs: z.array(
      z.object({
        id: z.string(),
        members: z.array(z.string()),
        meanAgreement: z.number().min(0).max(1).nullable()
      })
    ),
    citations: z
      .array(
        z.object({
          side: z.enum(['state-centric', 'middle', 'multistakeholder']),
          submitters: z.int().min(0),
          instruments: z
            .array(
              z.object({
                instrument: z.string().describe('Id of the instrument (`tunis-agenda`)'),
                paragraphs: z.array(z.object({paragraph: z.string(), submitters: z.int().min(1)}))
              })
            )
            .describe('The instruments the side cites (sorted by id), each with its paragraphs')
        })
      )
      .describe(
        'Paragraphs cited by each side of the scale (mean below -1/3, between, above 1/3), by instrument'
      )
  })
  .describe('A comparison of coded contributions')

export type Comparison = z.infer<typeof Comparison>
