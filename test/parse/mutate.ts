import fc from 'fast-check'

/** A named, pure edit of a document's text, made for one text (its line numbers are that text's). */
export interface Mutation {
  /** What the mutation does, as shown in a counterexample. */
  readonly name: string
  /** Lines (1-indexed) of the text it was made for that it changes; empty when it changes all. */
  readonly lines: readonly number[]
  /** Apply the mutation to the text it was made for. */
  readonly apply: (text: string) => string
}

/** What a mutation arbitrary needs to know about the text it mutates. */
export interface MutationTarget {
  /** The text to mutate, with LF line endings. */
  readonly text: string
  /** How the text is read: Markdown bullets are `-*+`, text bullets `•▪-`. */
  readonly format: 'markdown' | 'text'
  /** Lines (1-indexed) the mutation must not change. */
  readonly protect?: ReadonlySet<number> | undefined
}

/**
 * How a date is written: `December 12, 2016`, `12 December 2016`, `2016-12-12`,
 * `12 de diciembre de 2016`, `12 décembre 2016` or `le 12 décembre 2016`.
 */
export type DateStyle =
  | 'month-day-year'
  | 'day-month-year'
  | 'iso'
  | 'spanish'
  | 'french'
  | 'french-le'

/** A full date found in a text. */
export interface DateOccurrence {
  /** Offset of the first character. */
  readonly index: number
  readonly length: number
  /** Line (1-indexed). */
  readonly line: number
  readonly year: number
  readonly month: number
  readonly day: number
  readonly style: DateStyle
}

/** Every date style. */
export const dateStyles: ReadonlyArray<DateStyle> = [
  'month-day-year',
  'day-month-year',
  'iso',
  'spanish',
  'french',
  'french-le'
]

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]
const spanishMonths = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre'
]
const frenchMonths = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre'
]

/** Split a text into its lines (on LF only: the fixtures are LF). */
export function splitLines(text: string): string[] {
  return text.split('\n')
}

/** Delete line `line` (1-indexed). */
export function deleteLine(text: string, line: number): string {
  const lines = splitLines(text)
  return [...lines.slice(0, line - 1), ...lines.slice(line)].join('\n')
}

/** Write line `line` (1-indexed) twice. */
export function duplicateLine(text: string, line: number): string {
  const lines = splitLines(text)
  return [...lines.slice(0, line), ...lines.slice(line - 1)].join('\n')
}

/** Put the lines from `start` (1-indexed) on in the order given (`order[i]` is the line's offset). */
export function permuteLines(text: string, start: number, order: readonly number[]): string {
  const lines = splitLines(text)
  const window = order.map((offset) => lines[start - 1 + offset] ?? '')
  return [...lines.slice(0, start - 1), ...window, ...lines.slice(start - 1 + order.length)].join(
    '\n'
  )
}

/** Change line endings from LF to CRLF or CR, and add a byte order mark if asked. */
export function changeLineEndings(
  text: string,
  ending: '\n' | '\r\n' | '\r',
  bom: boolean
): string {
  return (bom ? '\uFEFF' : '') + text.replaceAll('\n', ending)
}

/** The bullet glyphs of a format. */
export function bulletGlyphs(format: MutationTarget['format']): readonly string[] {
  return format === 'markdown' ? ['-', '*', '+'] : ['•', '▪', '-']
}

function bulletPattern(format: MutationTarget['format']): RegExp {
  return format === 'markdown' ? /^(\s*)([-*+])([ \t]+)(?=\S)/ : /^(\s*)([•▪-])([ \t]+)(?=\S)/
}

/** Thematic breaks (`- - -`) and page numbers (`- 2 -`) start with a glyph but are not items. */
const notBullet = /^\s*(?:([-*+])(?:\s*\1){2,}|-\s*\d+\s*-)\s*$/

/** Lines (1-indexed) that are list items with a bullet, outside front matter and code. */
export function findBulletLines(text: string, format: MutationTarget['format']): number[] {
  const pattern = bulletPattern(format)
  const frozen = findFrozenLines(text, format)
  return splitLines(text).flatMap((line, index) =>
    !frozen.has(index + 1) && pattern.test(line) && !notBullet.test(line) ? [index + 1] : []
  )
}

/** Give the bullets of the lines given (1-indexed) the glyphs of `mapping` (old glyph to new). */
export function changeBullets(
  text: string,
  format: MutationTarget['format'],
  lines: readonly number[],
  mapping: Readonly<Record<string, string>>
): string {
  const pattern = bulletPattern(format)
  const chosen = new Set(lines)
  return splitLines(text)
    .map((line, index) =>
      chosen.has(index + 1)
        ? line.replace(
            pattern,
            (_, indent: string, glyph: string, space: string) =>
              `${indent}${mapping[glyph] ?? glyph}${space}`
          )
        : line
    )
    .join('\n')
}

/** Lines (1-indexed) that must keep their characters: Markdown front matter and fenced code. */
export function findFrozenLines(text: string, format: MutationTarget['format']): Set<number> {
  const frozen = new Set<number>()
  if (format !== 'markdown') return frozen
  const lines = splitLines(text)
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1)
    for (let index = 0; index <= end; index++) frozen.add(index + 1)
  }

  let fence = false
  for (const [index, line] of lines.entries()) {
    if (/^\s*(?:```|~~~)/.test(line)) {
      fence = !fence
      frozen.add(index + 1)
    } else if (fence) frozen.add(index + 1)
  }

  return frozen
}

/** How quotes are written. */
export type QuoteStyle = 'straight' | 'curly' | 'guillemets'

const opensAfter = /[\s([{\u2014\u2013-]/u

/** Write the quotes of one line in a style (double quotes as `"`, `“ ”` or `« »`). */
export function changeQuotesInLine(line: string, style: QuoteStyle, space = '\u00A0'): string {
  let result = ''
  let index = 0
  while (index < line.length) {
    const character = line[index] ?? ''
    const before = index === 0 ? ' ' : (line[index - 1] ?? ' ')
    const guillemetOpen = /^«[ \u00A0\u202F]?/.exec(line.slice(index))
    const guillemetClose = /^[ \u00A0\u202F]?»/.exec(line.slice(index))
    if (guillemetOpen) {
      result += double(style, 'open', space)
      index += guillemetOpen[0].length
    } else if (guillemetClose) {
      result += double(style, 'close', space)
      index += guillemetClose[0].length
    } else if (character === '“' || character === '„') {
      result += double(style, 'open', space)
      index++
    } else if (character === '”') {
      result += double(style, 'close', space)
      index++
    } else if (character === '"') {
      result += double(style, opensAfter.test(before) ? 'open' : 'close', space)
      index++
    } else if (character === '‘') {
      result += single(style, 'open')
      index++
    } else if (character === '’') {
      result += single(style, 'close')
      index++
    } else if (character === "'") {
      result += single(style, opensAfter.test(before) ? 'open' : 'close')
      index++
    } else {
      result += character
      index++
    }
  }

  return result
}

function double(style: QuoteStyle, side: 'open' | 'close', space: string): string {
  if (style === 'straight') return '"'
  if (style === 'curly') return side === 'open' ? '“' : '”'
  return side === 'open' ? `«${space}` : `${space}»`
}

function single(style: QuoteStyle, side: 'open' | 'close'): string {
  if (style === 'straight') return "'"
  return side === 'open' ? '‘' : '’'
}

/** Write the quotes of the lines given (1-indexed) in a style. */
export function changeQuotes(
  text: string,
  lines: readonly number[],
  style: QuoteStyle,
  space = '\u00A0'
): string {
  const chosen = new Set(lines)
  return splitLines(text)
    .map((line, index) => (chosen.has(index + 1) ? changeQuotesInLine(line, style, space) : line))
    .join('\n')
}

/** Lines (1-indexed) with a quote mark or an apostrophe, outside front matter and code. */
export function findQuoteLines(text: string, format: MutationTarget['format']): number[] {
  const frozen = findFrozenLines(text, format)
  return splitLines(text).flatMap((line, index) =>
    !frozen.has(index + 1) && /["'“”‘’„«»]/.test(line) ? [index + 1] : []
  )
}

const letter = String.raw`(?<![\p{L}\p{N}])`
const after = String.raw`(?![\p{L}\p{N}])`
const datePatterns: Array<{style: DateStyle; pattern: RegExp}> = [
  {
    style: 'month-day-year',
    pattern: new RegExp(`${letter}(${englishMonths.join('|')}) (\\d{1,2}), (\\d{4})${after}`, 'gu')
  },
  {
    style: 'day-month-year',
    pattern: new RegExp(`${letter}(\\d{1,2}) (${englishMonths.join('|')}) (\\d{4})${after}`, 'gu')
  },
  {style: 'iso', pattern: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/gu},
  {
    style: 'spanish',
    pattern: new RegExp(
      `${letter}(\\d{1,2}) de (${spanishMonths.join('|')}) de (\\d{4})${after}`,
      'giu'
    )
  },
  {
    style: 'french',
    pattern: new RegExp(
      `${letter}(le )?(\\d{1,2}) (${frenchMonths.join('|')}) (\\d{4})${after}`,
      'giu'
    )
  }
]

/** Full dates (day, month and year) written in the styles of `dateStyles`, in source order. */
export function findDates(text: string): DateOccurrence[] {
  const found: DateOccurrence[] = []
  for (const {style, pattern} of datePatterns) {
    for (const match of text.matchAll(pattern)) {
      const groups = match.slice(1)
      const date =
        style === 'month-day-year'
          ? {month: monthNumber(englishMonths, groups[0]), day: groups[1], year: groups[2]}
          : style === 'day-month-year'
            ? {month: monthNumber(englishMonths, groups[1]), day: groups[0], year: groups[2]}
            : style === 'iso'
              ? {month: Number(groups[1]), day: groups[2], year: groups[0]}
              : style === 'spanish'
                ? {month: monthNumber(spanishMonths, groups[1]), day: groups[0], year: groups[2]}
                : {month: monthNumber(frenchMonths, groups[2]), day: groups[1], year: groups[3]}
      const index = match.index ?? 0
      found.push({
        index,
        length: match[0].length,
        line: text.slice(0, index).split('\n').length,
        year: Number(date.year),
        month: date.month,
        day: Number(date.day),
        style: style === 'french' && groups[0] ? 'french-le' : style
      })
    }
  }

  return found
    .filter((occurrence) => occurrence.month >= 1 && occurrence.month <= 12)
    .sort((a, b) => a.index - b.index)
    .filter((occurrence, index, all) => {
      const previous = all[index - 1]
      return !previous || previous.index + previous.length <= occurrence.index
    })
}

function monthNumber(months: readonly string[], name: string | undefined): number {
  return months.findIndex((month) => month.toLowerCase() === name?.toLowerCase()) + 1
}

/** Write a date in a style. */
export function formatDate(
  date: Pick<DateOccurrence, 'year' | 'month' | 'day'>,
  style: DateStyle
): string {
  const month = date.month - 1
  switch (style) {
    case 'month-day-year': {
      return `${englishMonths[month]} ${date.day}, ${date.year}`
    }

    case 'day-month-year': {
      return `${date.day} ${englishMonths[month]} ${date.year}`
    }

    case 'iso': {
      return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
    }

    case 'spanish': {
      return `${date.day} de ${spanishMonths[month]} de ${date.year}`
    }

    case 'french': {
      return `${date.day} ${frenchMonths[month]} ${date.year}`
    }

    case 'french-le': {
      return `le ${date.day} ${frenchMonths[month]} ${date.year}`
    }
  }
}

/** Write the dates found at the offsets given (those of `findDates`) in a style. */
export function translateDates(text: string, indexes: readonly number[], style: DateStyle): string {
  const chosen = new Set(indexes)
  let result = ''
  let last = 0
  for (const occurrence of findDates(text)) {
    if (!chosen.has(occurrence.index)) continue
    result += text.slice(last, occurrence.index) + formatDate(occurrence, style)
    last = occurrence.index + occurrence.length
  }

  return result + text.slice(last)
}

function mutation(
  name: string,
  lines: readonly number[],
  apply: (text: string) => string
): Mutation {
  return {name, lines, apply, [fc.toStringMethod]: () => name} as Mutation
}

function free(target: MutationTarget, line: number): boolean {
  return !target.protect?.has(line)
}

function lineNumbers(text: string): number[] {
  return splitLines(text).map((_, index) => index + 1)
}

function range(list: readonly number[]): string {
  return list.length === 1 ? `line ${list[0]}` : `lines ${list.join(',')}`
}

/** Delete one line that is not protected. */
export function deleteLineMutation(target: MutationTarget): fc.Arbitrary<Mutation> | undefined {
  const lines = lineNumbers(target.text).filter((line) => free(target, line))
  if (lines.length === 0) return undefined
  return fc
    .constantFrom(...lines)
    .map((line) => mutation(`delete line ${line}`, [line], (text) => deleteLine(text, line)))
}

/** Write one line that is not protected twice. */
export function duplicateLineMutation(target: MutationTarget): fc.Arbitrary<Mutation> | undefined {
  const lines = lineNumbers(target.text).filter((line) => free(target, line))
  if (lines.length === 0) return undefined
  return fc
    .constantFrom(...lines)
    .map((line) => mutation(`duplicate line ${line}`, [line], (text) => duplicateLine(text, line)))
}

/** Shuffle two to four neighbouring lines of one paragraph (a run of non-blank lines). */
export function shuffleLinesMutation(target: MutationTarget): fc.Arbitrary<Mutation> | undefined {
  const lines = splitLines(target.text)
  const windows: Array<{start: number; size: number}> = []
  for (let start = 1; start <= lines.length; start++) {
    for (let size = 2; size <= 4; size++) {
      const inside = Array.from({length: size}, (_, offset) => start + offset)
      if (inside.every((line) => (lines[line - 1] ?? '').trim() !== '' && free(target, line))) {
        windows.push({start, size})
      }
    }
  }

  if (windows.length === 0) return undefined
  return fc
    .tuple(fc.constantFrom(...windows), fc.array(fc.nat(99), {minLength: 4, maxLength: 4}))
    .map(([{start, size}, keys]) => {
      const order = Array.from({length: size}, (_, offset) => offset).sort(
        (a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b
      )
      const touched = order.map((offset) => start + offset).sort((a, b) => a - b)
      return mutation(
        `shuffle lines ${start}-${start + size - 1} as ${order.map((offset) => start + offset).join(',')}`,
        touched,
        (text) => permuteLines(text, start, order)
      )
    })
}

/** Change the bullet glyphs of some (or all) bullet lines that are not protected. */
export function bulletMutation(target: MutationTarget): fc.Arbitrary<Mutation> | undefined {
  const lines = findBulletLines(target.text, target.format).filter((line) => free(target, line))
  if (lines.length === 0) return undefined
  const glyphs = bulletGlyphs(target.format)
  const mapping = fc
    .tuple(...glyphs.map(() => fc.constantFrom(...glyphs)))
    .map((targets) => Object.fromEntries(glyphs.map((glyph, index) => [glyph, targets[index]])))
    .filter((entries) => glyphs.some((glyph) => entries[glyph] !== glyph))
  return fc
    .tuple(
      fc.oneof(fc.constant(lines), fc.subarray(lines, {minLength: 1}), fc.constantFrom(...lines)),
      mapping
    )
    .map(([chosen, map]) => {
      const list = Array.isArray(chosen) ? chosen : [chosen]
      const rule = Object.entries(map)
        .filter(([from, to]) => from !== to)
        .map(([from, to]) => `${from}→${to}`)
        .join(' ')
      return mutation(
        `bullets ${rule} on ${list === lines ? 'every bullet line' : range(list)}`,
        list,
        (text) => changeBullets(text, target.format, list, map as Record<string, string>)
      )
    })
}

/** Write the quotes of some (or all) lines that are not protected in another style. */
export function quoteMutation(target: MutationTarget): fc.Arbitrary<Mutation> | undefined {
  const lines = findQuoteLines(target.text, target.format).filter((line) => free(target, line))
  if (lines.length === 0) return undefined
  return fc
    .tuple(
      fc.oneof(fc.constant(lines), fc.subarray(lines, {minLength: 1})),
      fc.constantFrom<QuoteStyle>('straight', 'curly', 'guillemets'),
      fc.constantFrom(' ', '\u00A0', '\u202F')
    )
    .map(([list, style, space]) =>
      mutation(
        `quotes ${style}${style === 'guillemets' ? ` (space U+${space.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})` : ''} on ${list === lines ? 'every line with quotes' : range(list)}`,
        list,
        (text) => changeQuotes(text, list, style, space)
      )
    )
}

/** Change LF to one of `endings` (CRLF or CR by default), or add a byte order mark, or both. */
export function lineEndingMutation(
  endings: ReadonlyArray<'\n' | '\r\n' | '\r'> = ['\n', '\r\n', '\r']
): fc.Arbitrary<Mutation> {
  return fc
    .tuple(fc.constantFrom(...endings), fc.boolean())
    .filter(([ending, bom]) => ending !== '\n' || bom)
    .map(([ending, bom]) => {
      const name = [
        ending === '\r\n' ? 'LF → CRLF' : ending === '\r' ? 'LF → CR' : undefined,
        bom ? 'add a BOM' : undefined
      ]
        .filter(Boolean)
        .join(', ')
      return mutation(name, [], (text) => changeLineEndings(text, ending, bom))
    })
}

/**
 * Translate one date (or every date) that is not on a protected line to another style; with
 * `only`, translate one of the dates at those offsets (or all of them).
 */
export function dateMutation(
  target: MutationTarget,
  only?: readonly number[]
): fc.Arbitrary<Mutation> | undefined {
  const occurrences = findDates(target.text).filter(
    (occurrence) =>
      free(target, occurrence.line) && (only === undefined || only.includes(occurrence.index))
  )
  if (occurrences.length === 0) return undefined
  return fc
    .tuple(
      fc.oneof(
        fc.constantFrom(...occurrences).map((occurrence) => [occurrence]),
        fc.constant(occurrences)
      ),
      fc.constantFrom(...dateStyles)
    )
    .filter(([list, style]) => list.some((occurrence) => occurrence.style !== style))
    .map(([list, style]) => {
      const described = list
        .map((occurrence) => {
          const source = target.text.slice(occurrence.index, occurrence.index + occurrence.length)
          return `"${source}" (line ${occurrence.line})`
        })
        .join(', ')
      return mutation(
        `dates ${described} → ${style} ("${formatDate(list[0] ?? {year: 2016, month: 12, day: 12}, style)}")`,
        list.map((occurrence) => occurrence.line),
        (text) =>
          translateDates(
            text,
            list.map((occurrence) => occurrence.index),
            style
          )
      )
    })
}

/** Every line-local mutation of a text that leaves its protected lines alone. */
export function localMutation(target: MutationTarget): fc.Arbitrary<Mutation> {
  const arbitraries = [
    deleteLineMutation(target),
    duplicateLineMutation(target),
    shuffleLinesMutation(target),
    bulletMutation(target),
    quoteMutation(target),
    dateMutation(target)
  ].filter((arbitrary): arbitrary is fc.Arbitrary<Mutation> => arbitrary !== undefined)
  return fc.oneof(...arbitraries)
}

/**
 * One to `depth` line-local mutations applied in turn, each made for the text the previous one
 * gave, then perhaps a change of line endings (last, since the others read LF lines).
 */
export function mutationSequence(target: MutationTarget, depth: number): fc.Arbitrary<Mutation[]> {
  const step = (text: string, left: number): fc.Arbitrary<Mutation[]> =>
    localMutation({...target, text}).chain((first) =>
      left === 1
        ? fc.constant<Mutation[]>([first])
        : fc.oneof(
            fc.constant<Mutation[]>([first]),
            step(first.apply(text), left - 1).map((rest) => [first, ...rest])
          )
    )

  return fc
    .tuple(step(target.text, depth), fc.option(lineEndingMutation(), {freq: 3}))
    .map(([mutations, ending]) => (ending ? [...mutations, ending] : mutations))
}

/** Apply mutations in turn. */
export function applyAll(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce((value, each) => each.apply(value), text)
}
