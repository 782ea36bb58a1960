import {countryNameIndex} from './country-name-index.js'
import {nameTokens} from './name-tokens.js'

interface Prefix {
  readonly words: readonly string[]
  // Whether the prefix names a government or mission, after which a trailer may follow the
  // country (`Permanent Mission of X to the United Nations`); articles alone do not allow one.
  readonly head: boolean
}

const englishHeads = [
  'government',
  'permanent mission',
  'mission',
  'delegation',
  'embassy',
  'republic',
  'kingdom',
  'state',
  'commonwealth',
  'principality',
  'sultanate',
  'grand duchy',
  'federal republic',
  'federative republic',
  'islamic republic',
  'plurinational state',
  'bolivarian republic',
  'hashemite kingdom'
]
const spanishHeads = [
  'gobierno',
  'mision permanente',
  'mision',
  'delegacion',
  'embajada',
  'republica',
  'reino',
  'estado',
  'principado',
  'sultanato',
  'gran ducado',
  'republica federal',
  'republica federativa',
  'republica islamica',
  'estado plurinacional',
  'republica bolivariana',
  'reino hachemita'
]
const frenchHeads = [
  'gouvernement',
  'mission permanente',
  'mission',
  'delegation',
  'ambassade',
  'republique',
  'royaume',
  'etat',
  'principaute',
  'sultanat',
  'grand duche',
  'republique federale',
  'republique federative',
  'republique islamique',
  'etat plurinational',
  'republique bolivarienne',
  'royaume hachemite'
]

// `de el` is left out on purpose: Spanish writes `del`, except before `El Salvador`.
const connectives: readonly (readonly [readonly string[], readonly string[]])[] = [
  [englishHeads, ['of', 'of the']],
  [spanishHeads, ['de', 'de la', 'de los', 'de las', 'del']],
  [frenchHeads, ['de', 'de la', 'de l', 'du', 'des', 'd']]
]

const articles = ['the', 'el', 'la', 'los', 'las', 'le', 'les', 'l']

// Words after which the rest of a mission's name is a place: `to`, `ante`, `auprès`, `à`, ...
const trailers = new Set(['to', 'at', 'in', 'before', 'ante', 'en', 'aupres', 'a'])

const prefixes: readonly Prefix[] = [
  ...connectives.flatMap(([heads, links]) =>
    heads.flatMap((head) =>
      links.map((link) => ({words: `${head} ${link}`.split(' '), head: true}))
    )
  ),
  ...articles.map((article) => ({words: [article], head: false}))
].sort((left, right) => right.words.length - left.words.length)

/**
 * Resolve the name of a country, in English, Spanish or French, to its ISO 3166-1 alpha-3 code.
 *
 * Matching ignores case, accents, surrounding whitespace and punctuation. Besides the names of
 * `i18n-iso-countries`, it knows United Nations forms (`Iran (Islamic Republic of)`, `Federación
 * de Rusia`, `République-Unie de Tanzanie`), common short forms (`USA`, `UK`, `Russia`) and
 * government prefixes (`Government of`, `Republic of`, `Permanent Mission of X to ...`,
 * `Gobierno de la República de`, `Misión Permanente de X ante ...`, `Gouvernement de la République
 * du`, `Mission permanente de X auprès de ...`). The whole name must resolve: a country named
 * inside a longer name (`Internet Society of Chile`) gives `undefined`; use `findCountry` for that.
 *
 * @param name
 *   Name of a country or of its government, such as a contribution's submitter.
 * @returns
 *   ISO 3166-1 alpha-3 code (`CUB`), or `undefined` when the name is not that of a country.
 * @throws {TypeError}
 *   When `name` is not a string.
 * @example
 *   resolveCountry('Cuba') // => 'CUB'
 *   resolveCountry('República del Ecuador') // => 'ECU'
 *   resolveCountry('Gouvernement de la République du Sénégal') // => 'SEN'
 *   resolveCountry('Internet Society') // => undefined
 */
export function resolveCountry(name: string): string | undefined {
  if (typeof name !== 'string') {
    throw new TypeError(`Cannot resolve \`${String(name)}\` for \`name\`, expected a string`)
  }
  const {names, longest} = countryNameIndex()
  const words = nameTokens(name).map((token) => token.word)
  const lookUp = (from: number, to: number) => names.get(words.slice(from, to).join(' '))
  let start = 0
  let afterHead = false

  // Strip one prefix at a time (longest first), so the work is linear in the number of words.
  while (start < words.length) {
    const remaining = words.length - start
    if (remaining <= longest) {
      const entry = lookUp(start, words.length)
      if (entry) return entry.code
    }
    if (afterHead) {
      for (let size = 1; size < Math.min(remaining, longest + 1); size++) {
        const next = words[start + size]
        if (next === undefined || !trailers.has(next)) continue
        const code = lookUp(start, start + size)?.code
        if (code) return code
      }
    }
    const prefix = prefixes.find(
      (candidate) =>
        candidate.words.length < remaining &&
        candidate.words.every((word, offset) => words[start + offset] === word)
    )
    if (!prefix) return undefined
    start += prefix.words.length
    afterHead ||= prefix.head
  }
  return undefined
}
