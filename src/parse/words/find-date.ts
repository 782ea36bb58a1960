import {normalize} from '../../text/normalize.js'

const months: Record<string, number> = {}
const names: Array<[number, string[]]> = [
  [1, ['january', 'jan', 'enero', 'ene', 'janvier', 'janv']],
  [2, ['february', 'feb', 'febrero', 'fevrier', 'fev', 'fevr']],
  [3, ['march', 'mar', 'marzo', 'mars']],
  [4, ['april', 'apr', 'abril', 'abr', 'avril', 'avr']],
  [5, ['may', 'mayo', 'mai']],
  [6, ['june', 'jun', 'junio', 'juin']],
  [7, ['july', 'jul', 'julio', 'juillet', 'juil']],
  [8, ['august', 'aug', 'agosto', 'ago', 'aout']],
  [9, ['september', 'sep', 'sept', 'septiembre', 'setiembre', 'set', 'septembre']],
  [10, ['october', 'oct', 'octubre', 'octobre']],
  [11, ['november', 'nov', 'noviembre', 'novembre']],
  [12, ['december', 'dec', 'diciembre', 'dic', 'decembre']]
]
for (const [number, list] of names) for (const name of list) months[name] = number

// Latin letters (ASCII, Latin-1, Latin Extended-A), enough for month names in English, Spanish
// and French. Not `\p{L}`, nor the `i` flag: V8 takes 20 to 60 ms to build and first run such
// classes, on every start.
const letter = 'A-Za-zÀ-ÖØ-öø-ÿĀ-ž'
const lead = `(?<![${letter}0-9])`
const word = `([${letter}]{3,10})`
const ordinal = '(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH]|[eE][rR]|º|°)'
const of = String.raw`(?:[dD][eE][lL]?\s+)`
const dayFirst = new RegExp(
  String.raw`${lead}(\d{1,2})${ordinal}?\s+${of}?${word}\.?,?\s+${of}?(\d{4})(?!\d)`,
  'gu'
)
const monthFirst = new RegExp(
  String.raw`${lead}${word}\.?\s+(\d{1,2})${ordinal}?,?\s+(\d{4})(?!\d)`,
  'gu'
)
const monthYear = new RegExp(String.raw`${lead}${word}\.?,?\s+${of}?(\d{4})(?!\d)`, 'gu')
const iso = new RegExp(String.raw`${lead}(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])`, 'u')
const numeric = new RegExp(String.raw`${lead}(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)`, 'u')

/** A date found in a text. */
export interface FoundDate {
  /** ISO 8601 (`2016-12-12`, or `2016-12` when only the month is known); `undefined` if invalid. */
  iso: string | undefined
  index: number
  length: number
}

/**
 * Find the first date in a text, written in English, Spanish or French (`December 12, 2016`,
 * `12 de diciembre de 2016`, `le 7 décembre 2016`), as ISO 8601, or numerically.
 *
 * @param text
 *   Any text.
 * @param order
 *   How to read an ambiguous numeric date such as `9/10/2013`: month first (`mdy`, as US online
 *   forms export timestamps) or day first (`dmy`).
 * @returns
 *   The date, if any.
 * @example
 *   findDate('La Habana, December 12, 2016')?.iso // => '2016-12-12'
 */
export function findDate(text: string, order: 'mdy' | 'dmy' = 'dmy'): FoundDate | undefined {
  const found: FoundDate[] = []
  const add = (match: RegExpExecArray, year: string, month: number | undefined, day?: string) => {
    if (month === undefined) return
    found.push({
      iso: toIso(Number(year), month, day === undefined ? undefined : Number(day)),
      index: match.index,
      length: match[0].length
    })
  }

  const first = (pattern: RegExp, monthGroup: number) =>
    [...text.matchAll(pattern)].find((candidate) => monthOf(candidate[monthGroup]) !== undefined)

  let match: RegExpExecArray | null | undefined = first(dayFirst, 2) as RegExpExecArray | undefined
  if (match) add(match, match[3] ?? '', monthOf(match[2]), match[1])
  match = first(monthFirst, 1) as RegExpExecArray | undefined
  if (match) add(match, match[3] ?? '', monthOf(match[1]), match[2])
  match = iso.exec(text)
  if (match) add(match, match[1] ?? '', Number(match[2]), match[3])
  match = numeric.exec(text)
  if (match) {
    const day = Number(match[1])
    const second = Number(match[2])
    const monthFirstOrder = day > 12 ? false : second > 12 ? true : order === 'mdy'
    add(
      match,
      match[3] ?? '',
      monthFirstOrder ? day : second,
      String(monthFirstOrder ? second : day)
    )
  }

  if (found.length === 0) {
    match = first(monthYear, 1) as RegExpExecArray | undefined
    if (match) add(match, match[2] ?? '', monthOf(match[1]))
  }

  return found.sort((a, b) => a.index - b.index || b.length - a.length)[0]
}

function monthOf(name: string | undefined): number | undefined {
  return name === undefined ? undefined : months[normalize(name)]
}

function toIso(year: number, month: number, day: number | undefined): string | undefined {
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return undefined
  const yearMonth = `${year}-${String(month).padStart(2, '0')}`
  if (day === undefined) return yearMonth
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day < 1 || day > days) return undefined
  return `${yearMonth}-${String(day).padStart(2, '0')}`
}
