import {z} from 'zod'
import {Block} from './block.js'

/**
 * The document's header, as written: the issuing body and working group lines when present, the
 * blocks they and the title, the `Submitted by` line and the disclaimer were read from, and the
 * front matter of a web republication.
 *
 * @example
 *   Header.parse({issuingBody: null, workingGroup: null, blocks: [], frontMatter: null})
 */
export const Header = z
  .object({
    issuingBody: z.string().nullable(),
    workingGroup: z.string().nullable(),
    blocks: z.array(Block),
    frontMatter: z.record(z.string(), z.unknown()).nullable()
  })
  .describe('The header of a contribution')

export type Header = z.infer<typeof Header>
