/**
 * Fold text for matching: accents removed, lower case, apostrophes dropped, every other run of
 * punctuation and space made one space.
 *
 * @param text
 *   Any text.
 * @returns
 *   The folded text.
 * @example
 *   normalize('High-level “characteristics”?') // => 'high level characteristics'
 */
export function normalize(text: string): string {
  // Most text is ASCII: no decomposition there (the costly step), and ASCII classes for the rest.
  if (asciiOnly.test(text)) {
    return text
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  }

  let value = text
  if (/[œŒæÆ]/.test(value)) value = value.replace(/[œŒ]/g, 'oe').replace(/[æÆ]/g, 'ae')
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const asciiOnly = /^[\t\n\r\u0020-\u007e]*$/

/**
 * Fold text into words for matching names: as `normalize`, but an apostrophe parts words
 * (`l’Agenda` gives `l agenda`, `WGEC's` gives `wgec s`) instead of joining them.
 *
 * @param text
 *   Any text.
 * @returns
 *   The folded words, joined by single spaces.
 * @example
 *   foldWords('de l’Agenda de Túnez') // => 'de l agenda de tunez'
 */
export function foldWords(text: string): string {
  return normalize(text.replace(/['’`´]/g, ' '))
}

export {slug} from '../schema/slug.js'

/**
 * Count the words of a text.
 *
 * @param text
 *   Any text.
 * @returns
 *   The number of runs of letters or digits.
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
}

/**
 * Whether a text has at most `limit` words, counted no further than needed.
 *
 * @param text
 *   Any text.
 * @param limit
 *   The most words allowed.
 * @returns
 *   Whether `countWords(text) <= limit`.
 */
export function fewWords(text: string, limit: number): boolean {
  const word = /[\p{L}\p{N}]+/gu
  let count = 0
  while (word.exec(text)) if (++count > limit) return false
  return true
}
