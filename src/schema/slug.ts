/**
 * A slug: lower-case ASCII letters and digits joined by single dashes. The one slug of the
 * project: contribution ids and the fragment ids of the HTML report are made with it. Format
 * characters (`\p{Cf}`: zero-width, bidirectional controls, soft hyphen) are dropped, not made
 * dashes.
 *
 * @param text
 *   Any text.
 * @returns
 *   The slug (empty when the text has no letters or digits).
 * @example
 *   slug('Fundación Red, Abierta') // => 'fundacion-red-abierta'
 *   slug("l'Internet") // => 'l-internet'
 */
export function slug(text: string): string {
  return text
    .replace(/\p{Cf}/gu, '')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
