import {z} from 'zod'
import {CodebookReference} from './coded-contribution.js'

/**
 * How an output was made, so that a reader of a table can say exactly: the `wgec` version, the
 * coder, the codebook (id, version and the SHA-256 of its JSON), the bootstrap seed and samples,
 * each input document with its SHA-256, and the codings applied by a review.
 *
 * @example
 *   Provenance.parse(comparison.provenance).codebook.sha256.length // => 64
 */
export const Provenance = z
  .object({
    wgec: z.string().describe('Version of `wgec` that made the output'),
    coder: z.string().describe('Id of the coder that made the positions'),
    coderDetails: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .describe(
        'What the coder says it is beyond its id (`Coder.describe`): for `llm`, the model, runs, temperature, the prompt’s SHA-256 and the record'
      ),
    codebook: CodebookReference,
    seed: z.int(),
    samples: z.int().min(0),
    inputs: z
      .array(z.object({path: z.string().nullable(), sha256: z.string()}))
      .describe('Every document given, compared or left out, by path'),
    inputsSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('SHA-256 of the inputs’ SHA-256s, sorted, one per line (each followed by `\\n`)'),
    codings: z
      .object({
        count: z.int().min(0),
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .describe('SHA-256 of the codings applied, as JSON (`JSON.stringify`, no indentation)')
      })
      .nullable()
      .describe('The review codings applied; `null` when none')
  })
  .describe('How an output was made')

export type Provenance = z.infer<typeof Provenance>
