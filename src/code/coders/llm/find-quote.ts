/** A text folded for matching quotes, and where each of its characters came from. */
interface Folded {
  readonly text: string
  /** For each character of `text`, its offset in the original; one more entry for the end. */
  readonly from: readonly number[]
}

const quotes: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"'
}
const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/
const space = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]/
const letter = /\p{L}/u

/**
 * Fold a text for finding a quote: runs of white space become one space (and none at either
 * end), curly and angle quotation marks straight ones, dashes and minus signs a hyphen, and a
 * word cut by a hyphen at a line end (`inter- national`) is joined. Nothing else changes: not
 * case, not words, not punctuation.
 */
function fold(text: string): Folded {
  let folded = ''
  const from: number[] = []
  let pendingSpace = -1
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string
    if (space.test(character)) {
      if (pendingSpace < 0) pendingSpace = index
      continue
    }
    let value = quotes[character] ?? (dashes.test(character) ? '-' : character)
    // A hyphen after a letter and before white space and a lower-case letter: a cut word.
    if (value === '-' && letter.test(folded.at(-1) ?? '') && pendingSpace < 0) {
      let next = index + 1
      while (next < text.length && space.test(text[next] as string)) next++
      const after = text[next] ?? ''
      if (next > index + 1 && /\p{Ll}/u.test(after)) {
        index = next - 1
        continue
      }
      value = '-'
    }
    if (pendingSpace >= 0 && folded.length > 0) {
      folded += ' '
      from.push(pendingSpace)
    }
    pendingSpace = -1
    folded += value
    from.push(index)
  }
  from.push(text.length)
  return {text: folded, from}
}

/** Most places of one quote looked at before giving up on it. */
const maxPlaces = 1000

/**
 * A finder of quotes in a text: exactly first, then with both folded (white space, quotation
 * marks, dashes and hyphenation at line ends; nothing looser). It gives the first place of the
 * quote, as start and end offsets in the text, that `accept` takes (every place, when not given),
 * or `undefined` when the quote is not there or no place of it is accepted.
 *
 * @param text
 *   The text the quotes should be in (folded once, on the first quote not taken exactly).
 * @returns
 *   The finder.
 */
export function createQuoteFinder(
  text: string
): (
  quote: string,
  accept?: (place: {start: number; end: number}) => boolean
) => {start: number; end: number} | undefined {
  let folded: Folded | undefined
  return (quote, accept = () => true) => {
    const trimmed = quote.trim()
    if (trimmed.length === 0) return undefined
    let looked = 0
    for (
      let exact = text.indexOf(trimmed);
      exact >= 0 && looked < maxPlaces;
      exact = text.indexOf(trimmed, exact + 1), looked++
    ) {
      const place = {start: exact, end: exact + trimmed.length}
      if (accept(place)) return place
    }
    folded ??= fold(text)
    const needle = fold(trimmed).text
    if (needle.length === 0) return undefined
    const {from} = folded
    for (
      let at = folded.text.indexOf(needle);
      at >= 0 && looked < maxPlaces;
      at = folded.text.indexOf(needle, at + 1), looked++
    ) {
      const place = {start: from[at] as number, end: (from[at + needle.length - 1] as number) + 1}
      if (accept(place)) return place
    }
    return undefined
  }
}
