/**
 * Split a trailing parenthetical off a text, such as the seat in `Horizon Numérique (Lyon,
 * France)`: scanned by hand rather than with a regular expression anchored at the end, which would
 * backtrack on long runs of white space or brackets.
 *
 * @param text
 *   Any text.
 * @returns
 *   The text before the parenthetical and what is inside it, or `undefined` when the text does not
 *   end with one.
 * @example
 *   trailingParenthetical('Centro (Córdoba, Argentina)') // => {before: 'Centro', inside: 'Córdoba, Argentina'}
 */
export function trailingParenthetical(text: string): {before: string; inside: string} | undefined {
  const trimmed = text.trimEnd()
  if (!trimmed.endsWith(')')) return undefined
  const open = trimmed.lastIndexOf('(')
  if (open === -1) return undefined
  const inside = trimmed.slice(open + 1, -1)
  if (inside.includes(')') || inside.trim() === '') return undefined
  return {before: trimmed.slice(0, open).trimEnd(), inside}
}
