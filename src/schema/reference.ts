import {z} from 'zod'
import {Place} from './place.js'

/**
 * A document cited by its UN symbol, such as `A/RES/70/125` or `WSIS-05/TUNIS/DOC/6(Rev.1)`.
 *
 * @example
 *   Reference.parse({symbol: 'A/RES/70/125', text: 'A/RES/70/125', place}).symbol
 *   // => 'A/RES/70/125'
 */
export const Reference = z
  .object({
    symbol: z.string().min(3).describe('The UN document symbol'),
    text: z.string().describe('The reference as written'),
    place: Place
  })
  .describe('A document cited by UN symbol')

export type Reference = z.infer<typeof Reference>
