import {franc} from 'franc-min'

/** ISO 639-3 codes franc returns, to BCP 47 tags, for the UN languages and a few neighbours. */
const tags: Record<string, string> = {
  eng: 'en',
  spa: 'es',
  fra: 'fr',
  arb: 'ar',
  rus: 'ru',
  cmn: 'zh',
  por: 'pt',
  deu: 'de',
  ita: 'it'
}
const only = Object.keys(tags)

/**
 * Detect the language of a text, as a BCP 47 tag; `und` when the text is too short or unclear.
 * Only the first 600 characters are read: enough for trigrams among these languages, and franc's
 * cost grows with the length it is given.
 *
 * @param text
 *   The body text of a contribution.
 * @returns
 *   A BCP 47 language tag such as `en`, `es` or `fr`, or `und`.
 * @example
 *   detectLanguage('La cooperación reforzada sigue siendo un objetivo pendiente…') // => 'es'
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 600)
  const code = franc(sample, {only, minLength: 20})
  return tags[code] ?? 'und'
}
