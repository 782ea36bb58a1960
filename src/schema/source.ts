import {z} from 'zod'
import {Format} from './format.js'

/**
 * Where a contribution was read from: the path (when read from a file), the SHA-256 of the exact
 * input, the format it was read as, and the URL of a web republication when its front matter says.
 *
 * @example
 *   Source.parse({sha256: 'e3b0…', format: 'markdown'}).format // => 'markdown'
 */
export const Source = z
  .object({
    path: z.string().optional(),
    url: z.string().optional(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    format: Format
  })
  .describe('The source a contribution was read from')

export type Source = z.infer<typeof Source>
