/**
 * Show control characters escaped (`\x1B`), so that a terminal escape in a name or a path is
 * printed as text instead of acting on the user's terminal.
 *
 * @param text
 *   Any text.
 * @returns
 *   The text with each control character but tab and line feed written as `\xHH`: C0, DEL and
 *   C1 (`\u009B` is a terminal's CSI too).
 * @example
 *   escapeControls('a\u001B[2Jb') // => 'a\\x1B[2Jb'
 */
export function escapeControls(text: string): string {
  let escaped = ''
  let from = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 9 || code === 10 || !(code < 32 || (code >= 127 && code < 160))) continue
    escaped += `${text.slice(from, index)}\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    from = index + 1
  }

  return from === 0 ? text : escaped + text.slice(from)
}

/**
 * Show every control character escaped, line breaks and tabs too, so that a name or a path stays
 * one line where it is printed: a file named `a\nb` cannot forge a line of output.
 *
 * @param text
 *   A name or a path.
 * @returns
 *   The text with each control character (C0, DEL, C1) written as `\xHH`.
 * @example
 *   escapeLine('a\nb\u001Bc') // => 'a\\x0Ab\\x1Bc'
 */
export function escapeLine(text: string): string {
  return escapeControls(text).replace(
    /[\t\n]/g,
    (character) => `\\x${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
}

/** Longest excerpt of a field that a message's text quotes. */
export const maxExcerpt = 80

/** Longest excerpt of an identifier (a dimension, a stance, an id) that a message quotes. */
export const maxIdExcerpt = 40

/**
 * The excerpt of a field that a message quotes: its first 80 characters (then `…`), line breaks as
 * spaces, control characters escaped, so that a diagnostic stays one short, harmless line however
 * long or hostile the field.
 *
 * @param text
 *   The field.
 * @param max
 *   How many characters to keep (`maxIdExcerpt`, 40, for an identifier).
 * @returns
 *   The excerpt.
 * @example
 *   excerpt('x'.repeat(100)).length // => 81
 */
export function excerpt(text: string, max: number = maxExcerpt): string {
  const flat = text.length > max * 4 ? text.slice(0, max * 4) : text
  const cut = flat.replace(/[\t\n\r]+/g, ' ')
  const short = cut.length > max ? `${cut.slice(0, max)}…` : cut
  return escapeControls(short)
}
