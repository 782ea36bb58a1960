import {z} from 'zod'

/**
 * A person or organisation who signs or writes a contribution; `role` is the title under a
 * signature (`Director-General`) or `signatory` for the signatories of a joint letter.
 *
 * @example
 *   Author.parse({name: 'Ana Ruiz', role: 'Director'}) // => {name: 'Ana Ruiz', role: 'Director'}
 */
export const Author = z
  .object({name: z.string().min(1), role: z.string().min(1).optional()})
  .describe('An author or signatory')

export type Author = z.infer<typeof Author>
