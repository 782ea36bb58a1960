// The package's Node entry registers all of its 80 locales: its core registers only ours.
import countries from 'i18n-iso-countries/index.js'
import en from 'i18n-iso-countries/langs/en.json' with {type: 'json'}
import es from 'i18n-iso-countries/langs/es.json' with {type: 'json'}
import fr from 'i18n-iso-countries/langs/fr.json' with {type: 'json'}
import {nameTokens} from './name-tokens.js'

/**
 * What a country name, as folded words joined by spaces, stands for.
 */
export interface CountryNameEntry {
  /**
   * ISO 3166-1 alpha-3 code, or `undefined` for a phrase that contains a country name but is not
   * one (`New Mexico`), kept so that the name inside it is not taken for a country.
   */
  readonly code: string | undefined
  /** Whether the name is an abbreviation (`US`, `U.S.`) that counts only when written in capitals. */
  readonly acronym: boolean
}

/**
 * Country names in English, Spanish and French, keyed by their folded words.
 */
export interface CountryNameIndex {
  /** Folded words joined by one space (`cote d ivoire`) to what the name stands for. */
  readonly names: ReadonlyMap<string, CountryNameEntry>
  /** Every leading run of words of a key (`cote`, `cote d`, `cote d ivoire`), to stop early. */
  readonly prefixes: ReadonlySet<string>
  /** The number of words in the longest key. */
  readonly longest: number
  /**
   * Names that have letters outside ASCII, keyed as they read once those letters are lost
   * (`Sénégal` is `sngal`), as some web forms stored them; a key two countries share is left out.
   */
  readonly lostLetters: ReadonlyMap<string, string>
}

// United Nations forms (https://unterm.un.org) and common forms the package does not list.
const extraNames: Readonly<Record<string, readonly string[]>> = {
  BOL: [
    'Bolivia (Plurinational State of)',
    'Plurinational State of Bolivia',
    'Bolivia (Estado Plurinacional de)',
    'Estado Plurinacional de Bolivia',
    'Bolivie (État plurinational de)',
    'État plurinational de Bolivie'
  ],
  BRN: ['Brunei'],
  CHE: ['Swiss Confederation', 'Confederación Suiza', 'Confédération suisse'],
  CHN: ['República Popular China', 'République populaire de Chine'],
  CIV: ["Côte d'Ivoire"],
  COD: [
    'Democratic Republic of the Congo',
    'Democratic Republic of Congo',
    'DR Congo',
    'DRC',
    'Congo-Kinshasa',
    'República Democrática del Congo',
    'République démocratique du Congo',
    'RDC'
  ],
  COG: ['Congo', 'Republic of the Congo', 'Congo-Brazzaville', 'República del Congo'],
  CPV: ['Cabo Verde', 'Cap-Vert'],
  CZE: ['Czechia', 'Chequia', 'Tchéquie'],
  FSM: [
    'Micronesia (Federated States of)',
    'Federated States of Micronesia',
    'Micronesia (Estados Federados de)',
    'Estados Federados de Micronesia',
    'Micronésie (États fédérés de)',
    'États fédérés de Micronésie'
  ],
  GBR: [
    'United Kingdom of Great Britain and Northern Ireland',
    'Britain',
    'U.K.',
    'England',
    'Scotland',
    'Northern Ireland',
    'Reino Unido de Gran Bretaña e Irlanda del Norte',
    'Gran Bretaña',
    'Inglaterra',
    'Escocia',
    'Irlanda del Norte',
    "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
    'Grande-Bretagne',
    'Angleterre',
    'Écosse',
    'Irlande du Nord'
  ],
  GMB: ['Gambia (Republic of The)'],
  IRN: [
    'Iran (Islamic Republic of)',
    'Irán (República Islámica del)',
    'República Islámica del Irán',
    "Iran (République islamique d')",
    "République islamique d'Iran"
  ],
  KOR: ['Korea', 'Corea del Sur', 'République de Corée'],
  LAO: [
    'Laos',
    'Lao PDR',
    'República Democrática Popular Lao',
    'République démocratique populaire lao'
  ],
  MDA: ['Republic of Moldova', 'Moldova', 'República de Moldova', 'République de Moldova'],
  MKD: [
    'The former Yugoslav Republic of Macedonia',
    'ex República Yugoslava de Macedonia',
    'ex-République yougoslave de Macédoine'
  ],
  MMR: ['Burma', 'Birmania', 'Birmanie'],
  NLD: ['Países Bajos (Reino de los)', 'Pays-Bas (Royaume des)'],
  PRK: [
    "Democratic People's Republic of Korea",
    'DPRK',
    'Corea del Norte',
    'République populaire démocratique de Corée'
  ],
  PSE: ['Estado de Palestina', 'État de Palestine'],
  RUS: ['Russia', 'Russian Federation', 'Federación de Rusia', 'Fédération de Russie'],
  SWZ: ['Swaziland', 'Suazilandia'],
  SYR: ['Syria', 'Siria', 'République arabe syrienne'],
  TLS: ['East Timor', 'Timor Oriental'],
  TUR: ['Türkiye'],
  TZA: ['Tanzania', 'República Unida de Tanzanía', 'Tanzanía', 'République-Unie de Tanzanie'],
  USA: [
    'United States',
    'USA',
    'U.S.',
    'Estados Unidos de América',
    'EE. UU.',
    'EEUU',
    'États-Unis'
  ],
  VAT: ['Holy See', 'Vatican', 'Vatican City', 'Santa Sede', 'Saint-Siège'],
  VEN: [
    'Venezuela (Bolivarian Republic of)',
    'Bolivarian Republic of Venezuela',
    'Venezuela (República Bolivariana de)',
    'República Bolivariana de Venezuela',
    'Venezuela (République bolivarienne du)',
    'République bolivarienne du Venezuela'
  ],
  VNM: ['Viet Nam']
}

// Phrases that contain a country name without being one.
const notCountries: readonly string[] = [
  'New Mexico',
  'Nuevo México',
  'Nouveau-Mexique',
  'New Jersey',
  'New Guinea',
  'Nueva Guinea',
  'Nouvelle-Guinée',
  'New England',
  'Georgia Tech',
  'Georgia Institute of Technology',
  'Agenda de Túnez',
  'Compromiso de Túnez'
]

const acronymPattern = /^[\p{Lu}\p{N}.\s-]+$/u
const nonAscii = /[^\p{ASCII}]/gu

let cache: CountryNameIndex | undefined

/**
 * Get the index of country names in English, Spanish and French, built once on first use.
 *
 * Names come from `i18n-iso-countries` (official names and aliases) and from a table of United
 * Nations forms and common short forms; where two countries share a name (`Congo`), the United
 * Nations reading wins.
 *
 * @returns
 *   The index: names by folded words, the prefixes of every name, and the length of the longest.
 * @example
 *   countryNameIndex().names.get('viet nam')?.code // => 'VNM'
 */
export function countryNameIndex(): CountryNameIndex {
  cache ??= buildIndex()
  return cache
}

function buildIndex(): CountryNameIndex {
  for (const locale of [en, es, fr]) countries.registerLocale(locale)
  const named: (readonly [string, string | undefined])[] = []
  for (const language of ['en', 'es', 'fr']) {
    for (const [alpha2, names] of Object.entries(countries.getNames(language, {select: 'all'}))) {
      const code = countries.alpha2ToAlpha3(alpha2)
      for (const name of names) named.push([name, code])
    }
  }
  for (const [code, names] of Object.entries(extraNames)) {
    for (const name of names) named.push([name, code])
  }
  for (const name of notCountries) named.push([name, undefined])

  const names = new Map<string, CountryNameEntry>()
  const prefixes = new Set<string>()
  const lost = new Map<string, string | undefined>()
  let longest = 0
  // Later entries win, so the table above settles names the package gives to two countries.
  for (const [name, code] of named) {
    const words = nameTokens(name).map((token) => token.word)
    if (words.length === 0) continue
    names.set(words.join(' '), {code, acronym: acronymPattern.test(name)})
    for (let size = 1; size <= words.length; size++) prefixes.add(words.slice(0, size).join(' '))
    longest = Math.max(longest, words.length)
    const stripped = name.normalize('NFC').replace(nonAscii, '')
    if (code && stripped !== name) {
      const key = nameTokens(stripped)
        .map((token) => token.word)
        .join(' ')
      if (key) lost.set(key, lost.has(key) && lost.get(key) !== code ? undefined : code)
    }
  }
  const lostLetters = new Map<string, string>()
  for (const [key, code] of lost) if (code && !names.has(key)) lostLetters.set(key, code)
  return {names, prefixes, longest, lostLetters}
}
