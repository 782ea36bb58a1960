import {z} from 'zod'

/**
 * One point in a source file, as in unist: 1-indexed `line` and `column`, 0-indexed `offset`.
 *
 * @example
 *   Point.parse({line: 1, column: 1, offset: 0}) // => {line: 1, column: 1, offset: 0}
 */
export const Point = z
  .object({
    line: z.int().min(1),
    column: z.int().min(1),
    offset: z.int().min(0)
  })
  .describe('A point in the source: 1-indexed line and column, 0-indexed offset')

export type Point = z.infer<typeof Point>

/**
 * Where something is in its source file: the start and end points (end exclusive), as a unist
 * `Position`. Named `place` in the data, as in vfile-message, since `Position` is the coded stance.
 *
 * @example
 *   Place.parse({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 5, offset: 4}})
 *   // => {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 5, offset: 4}}
 */
export const Place = z
  .object({start: Point, end: Point})
  .describe('A range in the source: start and end points, end exclusive')

export type Place = z.infer<typeof Place>
