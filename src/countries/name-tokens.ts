/**
 * A word of a text, folded for comparison, with where it sits in the original text.
 */
export interface NameToken {
  /** The word in lower case with accents removed (`Sénégal` gives `senegal`). */
  readonly word: string
  /** Offset (UTF-16 code units) of the first character of the word in the text. */
  readonly start: number
  /** Offset just past the last character of the word in the text. */
  readonly end: number
}

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu
const markPattern = /\p{M}/gu

/**
 * Split a text into words folded for country-name comparison, dropping punctuation and spaces.
 *
 * Words are runs of letters, combining marks and digits, so `Côte d’Ivoire`, `Côte-d'Ivoire` and
 * `COTE D IVOIRE` give the same words; the scan is linear in the length of the text.
 *
 * @param text
 *   Any text.
 * @returns
 *   The words in order, each with its folded form and its offsets in `text`.
 * @example
 *   nameTokens('Viet Nam.').map((token) => token.word) // => ['viet', 'nam']
 */
export function nameTokens(text: string): readonly NameToken[] {
  return Array.from(text.matchAll(wordPattern), (match) => ({
    word: match[0].toLowerCase().normalize('NFD').replace(markPattern, ''),
    start: match.index,
    end: match.index + match[0].length
  }))
}
