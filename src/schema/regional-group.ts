import {z} from 'zod'

/**
 * A United Nations regional group, for governments only.
 *
 * `grulac` is the Group of Latin American and Caribbean States and `weog` the Western European and
 * Others Group.
 *
 * @example
 *   RegionalGroup.parse('grulac') // => 'grulac'
 */
export const RegionalGroup = z
  .enum(['african', 'asia-pacific', 'eastern-european', 'grulac', 'weog'])
  .describe('UN regional group of a government submitter')

export type RegionalGroup = z.infer<typeof RegionalGroup>
