/**
 * Cut a text to at most `limit` characters, ending in `…` when cut.
 *
 * @param value
 *   The text.
 * @param limit
 *   The most characters kept.
 * @returns
 *   The text, cut.
 */
export function truncate(value: string, limit: number): string {
  const characters = [...value]
  return characters.length <= limit
    ? value
    : `${characters
        .slice(0, limit - 1)
        .join('')
        .trimEnd()}…`
}

/**
 * Wrap a label into at most three lines of `width` characters.
 *
 * @param value
 *   The label.
 * @param width
 *   Characters per line.
 * @returns
 *   The lines.
 */
export function wrap(value: string, width: number): string[] {
  const lines: string[] = []
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  const kept = lines.slice(0, 3).map((line) => truncate(line, width))
  if (lines.length > 3) kept[2] = truncate(`${kept[2]} …`, width)
  return kept.length === 0 ? [''] : kept
}

/**
 * Capitalise the first letter.
 *
 * @param value
 *   The text.
 * @returns
 *   The text with its first character upper-cased.
 */
export function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}
