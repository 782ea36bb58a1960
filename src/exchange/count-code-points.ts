/**
 * The number of Unicode code points in a text, as REFI-QDA counts positions.
 *
 * @param text
 *   Any text.
 * @returns
 *   Its length in code points (a lone surrogate counts as one).
 * @example
 *   countCodePoints('a𝔸') // => 2
 */
export function countCodePoints(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0)
}

/**
 * A counter of the Unicode code points in the first `index` UTF-16 code units of `text`: the index
 * itself when the text has no surrogate pair, else from a table built once.
 *
 * @param text
 *   Any text.
 * @returns
 *   The counter: from a UTF-16 index to the code points before it.
 * @example
 *   createCodePointCounter('𝔸b')(2) // => 1
 */
export function createCodePointCounter(text: string): (index: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (index) => index
  const counts = new Uint32Array(text.length + 1)
  let count = 0
  for (let at = 0; at < text.length; at++) {
    counts[at] = count
    const code = text.charCodeAt(at)
    const next = text.charCodeAt(at + 1)
    if (code >= 0xd8_00 && code <= 0xdb_ff && next >= 0xdc_00 && next <= 0xdf_ff) {
      counts[at + 1] = count
      at++
    }
    count++
  }
  counts[text.length] = count
  return (index) => counts[index] ?? count
}
