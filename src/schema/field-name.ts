import {z} from 'zod'

/**
 * The canonical name of a labelled field at the top of a document (`Organization:`, `País:`,
 * `Sector :`): what the value says, whatever the label's wording or language.
 *
 * @example
 *   FieldName.parse('organization') // => 'organization'
 */
export const FieldName = z
  .enum([
    'timestamp',
    'organization',
    'name',
    'country',
    'region',
    'date',
    'group',
    'email',
    'topic',
    'keywords',
    'from',
    'subject'
  ])
  .describe('Canonical name of a labelled field')

export type FieldName = z.infer<typeof FieldName>
