/**
 * Write each character of a text as its code point escaped (`\u{200B}`), so that a message can
 * show invisible, bidirectional or unencodable characters without them acting on its text.
 *
 * @param text
 *   The characters (a lone surrogate counts as one).
 * @returns
 *   Each character as `\u{HEX}`, upper case, at least four digits, with no separator.
 * @example
 *   escapeCodePoints('\u202E\u200B') // => '\\u{202E}\\u{200B}'
 */
export function escapeCodePoints(text: string): string {
  let escaped = ''
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0
    escaped += `\\u{${code.toString(16).toUpperCase().padStart(4, '0')}}`
  }
  return escaped
}
