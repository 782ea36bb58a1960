import {countryNameIndex} from './country-name-index.js'
import {findCountry} from './find-country.js'
import {nameTokens} from './name-tokens.js'
import {resolveCountry} from './resolve-country.js'

/** Where a stated region or seat is: the one country it names, else the region as stated. */
export interface ResolvedRegion {
  /** ISO 3166-1 alpha-3 code of the one country named. */
  readonly country?: string
  /** The text as stated, when it names no country or several (`Global`, `India and Brazil`). */
  readonly region?: string
}

const separators = /[,;/|()]|\s(?:and|y|e|et|&)\s/iu

/**
 * Resolve a stated region or seat (a web form's `Region:`, as people type it) to the one country
 * it names: the whole text when it is a country name (`Usa`, `Brasil`, `People's Republic of
 * China`), else the one country among its parts (`Kenya, Africa`, `São Paulo, Brazil`,
 * `Germany/Europe`), else the one country the text mentions (`Global, with headquarters in the
 * U.S.`). A text that names no country, or several (`Global`, `Latin America`, `India and
 * Brazil`), is kept as a region. Last, a text in ASCII only is read as a name whose other letters
 * were lost on the way (`Sngal` for `Sénégal`), when exactly one country's name reads so.
 *
 * @param text
 *   The region as stated.
 * @returns
 *   The country, or the region.
 * @example
 *   resolveRegion('Kenya, Africa') // => {country: 'KEN'}
 *   resolveRegion('India And Brazil') // => {region: 'India And Brazil'}
 */
export function resolveRegion(text: string): ResolvedRegion {
  let stated = text.trim()
  while (stated.endsWith('.')) stated = stated.slice(0, -1).trimEnd()
  if (!stated) return {}
  // A region is a few words; a longer text is kept as stated, not searched.
  if (stated.length > 300) return {region: stated}
  const whole = resolveCountry(stated)
  if (whole) return {country: whole}
  const parts = new Set(
    stated
      .split(separators)
      .map((part) => part.trim())
      .map((part) => (part ? resolveCountry(part) : undefined))
      .filter((code): code is string => code !== undefined)
  )
  if (parts.size === 1) return {country: [...parts][0] as string}
  if (parts.size > 1) return {region: stated}
  const mentioned = new Set<string>()
  let rest = stated
  for (let found = findCountry(rest); found; found = findCountry(rest)) {
    mentioned.add(found.code)
    rest = rest.slice(found.index + found.length)
  }

  if (mentioned.size === 1) return {country: [...mentioned][0] as string}
  if (mentioned.size > 1) return {region: stated}
  const lost = withLostLetters(stated)
  return lost ? {country: lost} : {region: stated}
}

/** The one country whose name, without its letters outside ASCII, is the text (or one part). */
function withLostLetters(stated: string): string | undefined {
  if (!/^[\p{ASCII}]*$/u.test(stated)) return undefined
  const {lostLetters} = countryNameIndex()
  const read = (text: string) =>
    lostLetters.get(
      nameTokens(text)
        .map((token) => token.word)
        .join(' ')
    )
  const whole = read(stated)
  if (whole) return whole
  const parts = new Set(
    stated
      .split(separators)
      .map((part) => read(part))
      .filter((code): code is string => code !== undefined)
  )
  return parts.size === 1 ? [...parts][0] : undefined
}
