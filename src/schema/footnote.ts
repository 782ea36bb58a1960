import {z} from 'zod'
import {Place} from './place.js'

/**
 * A footnote: its label, its text (without the label), where it is defined, and every place in
 * the text that refers to it.
 *
 * @example
 *   Footnote.parse({label: '1', text: 'Document: A/70/125', place, referencedAt: [place]}).label
 *   // => '1'
 */
export const Footnote = z
  .object({
    label: z.string().min(1),
    text: z.string(),
    place: Place,
    referencedAt: z.array(Place).describe('Places of the markers that refer to this footnote')
  })
  .describe('A footnote and the places that refer to it')

export type Footnote = z.infer<typeof Footnote>
