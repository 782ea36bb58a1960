import {
  type CountryNameEntry,
  type CountryNameIndex,
  countryNameIndex
} from './country-name-index.js'
import {type NameToken, nameTokens} from './name-tokens.js'

/**
 * A country name found in a text.
 */
export interface CountryMention {
  /** ISO 3166-1 alpha-3 code of the country. */
  readonly code: string
  /** Offset (UTF-16 code units) in the text where the name starts. */
  readonly index: number
  /** Length of the name in the text, from its first to its last letter. */
  readonly length: number
}

// Names that are also ordinary words or other places in the languages read (`Réunion` is a
// French meeting, `Granada` a Spanish city): whole-name resolution only, never found in text.
const ambiguousNames = new Set(['reunion', 'granada'])

// Names that are also given names: not a country when a capitalised word follows (`Maurice Dupont`).
const givenNames = new Set([
  'chad',
  'dominique',
  'georgia',
  'guadalupe',
  'israel',
  'jordan',
  'maurice',
  'mauricio'
])

interface NameMatch {
  readonly key: string
  readonly size: number
  readonly entry: CountryNameEntry
}

const upperCase = /^\p{Lu}/u
const lowerCase = /\p{Ll}/u
const spaces = /^\s+$/u

/**
 * Find the first country name mentioned in a text, such as the seat in a submitter line.
 *
 * Names are those `resolveCountry` knows, in English, Spanish or French, matched on word
 * boundaries, ignoring accents and punctuation; at each position the longest name wins
 * (`Democratic People's Republic of Korea` over `Republic of Korea`). A name must start with a
 * capital letter in the text, so `china` the porcelain or `turkey` the bird are not countries;
 * abbreviations (`US`, `UK`) must be in capitals, and names that are also given names (`Jordan`)
 * are skipped before a capitalised word. The scan is linear in the length of the text.
 *
 * @param text
 *   Text to search, such as `Centro de Estudios (Córdoba, Argentina)`.
 * @returns
 *   The alpha-3 `code` of the first country named, with the `index` and `length` of its name in
 *   `text`, or `undefined` when no country is named.
 * @throws {TypeError}
 *   When `text` is not a string.
 * @example
 *   findCountry('Meridian NIC, Montevideo, Uruguay') // => {code: 'URY', index: 26, length: 7}
 *   findCountry('a turkey dinner in new york') // => undefined
 */
export function findCountry(text: string): CountryMention | undefined {
  if (typeof text !== 'string') {
    throw new TypeError(`Cannot search \`${String(text)}\` for \`text\`, expected a string`)
  }
  const index = countryNameIndex()
  const tokens = nameTokens(text)
  let position = 0

  while (position < tokens.length) {
    const match = longestNameAt(index, tokens, position)
    if (!match) {
      position++
      continue
    }
    const first = tokens[position] as NameToken
    const last = tokens[position + match.size - 1] as NameToken
    const written = text.slice(first.start, last.end)
    const capitalised = upperCase.test(written)
    // A capitalised phrase that only contains a name (`New Mexico`) hides the name inside it.
    if (match.entry.code === undefined && capitalised) {
      position += match.size
      continue
    }
    const next = tokens[position + match.size]
    const beforeName =
      next !== undefined &&
      givenNames.has(match.key) &&
      spaces.test(text.slice(last.end, next.start)) &&
      upperCase.test(text.slice(next.start, next.end))
    if (
      match.entry.code !== undefined &&
      capitalised &&
      !(match.entry.acronym && lowerCase.test(written)) &&
      !ambiguousNames.has(match.key) &&
      !beforeName
    ) {
      return {code: match.entry.code, index: first.start, length: last.end - first.start}
    }
    position++
  }
  return undefined
}

function longestNameAt(
  {names, prefixes, longest}: CountryNameIndex,
  tokens: readonly NameToken[],
  position: number
): NameMatch | undefined {
  let key = ''
  let match: NameMatch | undefined
  // Extend word by word while the words so far begin some name (at most `longest` words).
  for (let size = 1; size <= longest; size++) {
    const token = tokens[position + size - 1]
    if (!token) break
    key = size === 1 ? token.word : `${key} ${token.word}`
    if (!prefixes.has(key)) break
    const entry = names.get(key)
    if (entry) match = {key, size, entry}
  }
  return match
}
