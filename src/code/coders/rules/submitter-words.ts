import {normalize} from '../../../text/normalize.js'

/**
 * The distinctive words of a submitter's name, and its acronym: a source that names it is its own
 * voice (`Chile proposes`, `ORTC Member States consider`).
 *
 * @param name
 *   The submitter's name, or `null`.
 * @returns
 *   Folded words.
 * @example
 *   submitterWords('Organisation for Regional Telecommunication Cooperation')
 *   // => ['organisation', 'regional', 'telecommunication', 'cooperation', 'ortc']
 */
export function submitterWords(name: string | null): string[] {
  if (!name) return []
  const words = normalize(name)
    .split(' ')
    .filter((word) => word.length >= 3 && !genericNameWords.has(word))
  // Its acronym too: the initials of its capitalised words (`ORTC Member States consider …`).
  const initials = (name.match(/\p{Lu}[\p{L}\p{M}]*/gu) ?? []).map((word) => word[0]).join('')
  if (initials.length >= 3) words.push(normalize(initials))
  return words
}

const genericNameWords = new Set([
  'the',
  'and',
  'for',
  'del',
  'des',
  'government',
  'gobierno',
  'gouvernement',
  'ministry',
  'ministerio',
  'ministere',
  'republic',
  'republica',
  'republique',
  'united',
  'states',
  'national',
  'international',
  'internet',
  'association',
  'asociacion',
  'foundation',
  'institute',
  'university',
  'universidad',
  'universite',
  'society',
  'council',
  'network',
  'global',
  'federal'
])
