import {z} from 'zod'

/**
 * One evidence item as a flat record, for tables: the contribution and its file, the dimension,
 * the stance and score of the cell it belongs to (`null` score when unstated), the pole the item
 * supports and its weight, the quote and where it is (line, column, start and end offsets), the
 * question it answers, and the coder's own fields.
 *
 * @example
 *   EvidenceRow.parse(row).pole // => 'intergovernmental'
 */
export const EvidenceRow = z
  .object({
    contributionId: z.string(),
    file: z.string().nullable(),
    dimension: z.string(),
    stance: z.string().describe('The stance of the cell the item belongs to'),
    score: z.number().min(-1).max(1).nullable().describe('The cell’s score; `null` when unstated'),
    pole: z.string().nullable(),
    weight: z.number().min(0).max(1),
    quote: z.string(),
    line: z.int().min(1),
    column: z.int().min(1),
    startOffset: z.int().min(0),
    endOffset: z.int().min(0),
    questionId: z.string().nullable(),
    // The rule coder's indicator and flags; `null` for a coder that gives none.
    indicator: z.string().nullable(),
    negated: z.boolean().nullable(),
    hedged: z.boolean().nullable(),
    attributed: z.boolean().nullable()
  })
  .describe('One evidence item as a flat record')

export type EvidenceRow = z.infer<typeof EvidenceRow>
