/** Where a phrase was found in a text. */
export interface PhraseMatch {
  /** Offset of its first character in the text. */
  index: number
  /** Length in the text, from its first to its last character. */
  length: number
}

/**
 * Find the first of some phrases in a text, matched as folded words: case, accents and
 * punctuation aside, whole words only (`comision de ciencia y tecnologia` is found in `Comisión
 * de Ciencia y Tecnología para el Desarrollo`). Linear in the text for each phrase.
 *
 * @param text
 *   Any text.
 * @param phrases
 *   Phrases, each folded words (lower case, no accents, single spaces).
 * @returns
 *   The earliest match in the text, or `undefined`.
 * @example
 *   findPhrase('The CSTD’s Working Group on Enhanced Cooperation', ['working group on enhanced cooperation'])
 *   // => {index: 11, length: 37}
 */
export function findPhrase(text: string, phrases: readonly string[]): PhraseMatch | undefined {
  if (phrases.length === 0) return undefined
  const {folded, starts, ends} = fold(text)
  let best: PhraseMatch | undefined
  for (const phrase of phrases) {
    const at = folded.indexOf(` ${phrase} `)
    if (at === -1) continue
    // `at` is the space before the phrase: its first letter is at `at + 1`.
    const first = at + 1
    const last = at + phrase.length
    const index = starts[first] ?? 0
    const end = ends[last] ?? index
    if (!best || index < best.index) best = {index, length: end - index}
  }

  return best
}

/** Fold a text to ` words ` with, for each folded character, where it starts and ends in the text. */
function fold(text: string): {folded: string; starts: number[]; ends: number[]} {
  let folded = ' '
  const starts = [0]
  const ends = [0]
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string
    const letters = character
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[’'`]/g, '')
    const word = /^[\p{L}\p{N}]+$/u.test(letters)
    if (word) {
      for (const letter of letters) {
        folded += letter
        starts.push(index)
        ends.push(index + 1)
      }
    } else if (letters !== '' && !folded.endsWith(' ')) {
      folded += ' '
      starts.push(index)
      ends.push(index + 1)
    }
  }

  if (!folded.endsWith(' ')) {
    folded += ' '
    starts.push(text.length)
    ends.push(text.length)
  }

  return {folded, starts, ends}
}
