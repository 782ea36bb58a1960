import {excerpt, maxIdExcerpt} from './excerpt.js'

/** Most values of a list that a message quotes. */
export const maxListed = 12

/**
 * Quote the values a message lists (the dimensions or stances expected): each in backticks, as a
 * bounded excerpt, at most 12 of them and then how many more, so that a codebook with thousands of
 * dimensions, or ids of any length, still gives a short message.
 *
 * @param values
 *   The values, in order.
 * @returns
 *   The list, such as ``` `a`, `b`, `c` ```, or `nothing` when there is none.
 * @example
 *   quoteList(['mixed', 'unstated']) // => '`mixed`, `unstated`'
 */
export function quoteList(values: readonly string[]): string {
  if (values.length === 0) return 'nothing'
  const shown = values.slice(0, maxListed).map((value) => `\`${excerpt(value, maxIdExcerpt)}\``)
  const rest = values.length - shown.length
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ')
}
