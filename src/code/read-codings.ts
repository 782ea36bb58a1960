import {parse} from 'csv-parse/browser/esm/sync'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {readQde} from '../exchange/read-qde.js'
import {readQdpx} from '../exchange/read-qdpx.js'
import {createMessage} from '../messages/create-message.js'
import type {RuleArguments, RuleId} from '../messages/rules.js'
import type {Codebook} from '../schema/codebook.js'
import type {Coding} from '../schema/coding.js'
import type {Place} from '../schema/place.js'

/**
 * Configuration for `readCodings`.
 */
export interface ReadCodingsOptions {
  /**
   * Format of the text.
   *
   * @default
   *   from the extension of `path` (`.csv`, `.json`, `.qde`, `.qdpx`), else `qdpx` for bytes
   *   that start a zip, `qde` when the first non-space character is `<`, `json` when it is `[`
   *   or `{`, else `csv`
   */
  readonly format?: 'csv' | 'json' | 'qde' | 'qdpx' | undefined
  /**
   * Codebook to check dimensions and stances against: a coding on a dimension it does not have
   * (`unknown-dimension`) or with a stance that is no pole of its dimension, `mixed` or
   * `unstated` (`unknown-stance`) is skipped, with the place of the bad cell.
   *
   * @default undefined (not checked)
   */
  readonly codebook?: Codebook | undefined
  /**
   * Path the text was read from: tells the format and is set as `file` on every message.
   *
   * @default undefined
   */
  readonly path?: string | undefined
}

/**
 * What `readCodings` returns.
 */
export interface ReadCodingsResult {
  /** The valid codings, in the order they are written. */
  readonly codings: Coding[]
  /** Problems found in the text, in the order they are found. */
  readonly messages: VFileMessage[]
}

type Field = keyof Coding

interface RawCoding {
  readonly values: Readonly<Record<Field, unknown>>
  /** How each field is named in messages: a column name or a JSON path. */
  readonly names: Readonly<Record<Field, string>>
  readonly place?: Place | undefined
  /** Where each cell is, for CSV. */
  readonly places?: Readonly<Partial<Record<Field, Place>>> | undefined
}

interface Reader {
  readonly codings: Coding[]
  readonly messages: VFileMessage[]
  readonly seen: Set<string>
  readonly codebook: Codebook | undefined
  readonly place: (start: number, end: number) => Place
  readonly report: <Id extends RuleId>(id: Id, values: RuleArguments<Id>, place?: Place) => void
}

const formats = ['csv', 'json', 'qde', 'qdpx'] as const
const fields: readonly Field[] = [
  'contributionId',
  'dimension',
  'stance',
  'quote',
  'coder',
  'file',
  'part',
  'note'
]
const required: readonly Field[] = ['contributionId', 'dimension', 'stance']
// Header names (lower case, without spaces, dashes and underscores) of each field, by preference.
const columnNames: Readonly<Record<Field, readonly string[]>> = {
  contributionId: ['contribution', 'contributionid', 'id'],
  dimension: ['dimension'],
  stance: ['stance'],
  quote: ['quote'],
  coder: ['coder'],
  file: ['file'],
  part: ['part'],
  note: ['note']
}
// A review sheet (`wgec review`): the reviewed stance and the reviewer replace `stance` and
// `coder`, and rows left blank are not codings.
const reviewColumnNames: Readonly<Record<Field, readonly string[]>> = {
  ...columnNames,
  stance: ['reviewedstance'],
  coder: ['reviewer'],
  quote: [],
  // The sheet's `file` is where the document was read, not how a coding names it.
  file: [],
  part: []
}
const delimiters = [',', ';', '\t'] as const

/**
 * Read manual codings from CSV or JSON, reporting problems instead of throwing.
 *
 * JSON is an array of codings (`{contributionId, dimension, stance, quote?, coder?}`), a gold
 * file (`{contribution, positions: [{dimension, stance, quote}]}`, as in `fixtures/`), or an
 * array of gold files. A coding may name its document by `file` instead of an id, as the real gold
 * set in `fixtures/netmundial-2014/` does (`{file, part, dimension, stance, coder, evidence}`): its
 * `contributionId` is then the file name, `file` and `part` are kept (`validateCoder` matches the
 * file against the base name of each contribution's `source.path`), and its evidence places and
 * adjudication are not read. CSV has a header row naming the columns `contribution` (or
 * `contributionId`, `id`), `dimension`, `stance` and optionally `quote`, `coder`, `file` and
 * `part`, in any
 * order and case; other columns are ignored. Fields may be quoted (`""` escapes a quote, and
 * quoted fields may hold delimiters and line breaks; a quote inside a field that does not start
 * with one is kept as written); a byte order mark and CRLF line endings are accepted, and `;` or
 * tab is used as delimiter when the header row has more of them than commas. Ids, dimensions,
 * stances and coders are trimmed; an empty `quote` or `coder` is left out. Stances are not checked
 * against a codebook.
 *
 * Invalid JSON or an empty text (`invalid-codings`) and a missing column (`missing-column`) give
 * no codings; a malformed CSV row (`malformed-row`), a coding without a contribution, dimension
 * or stance (`incomplete-coding`) or with a value that is not a string (`invalid-coding`) is
 * skipped; a second coding of the same contribution on the same dimension by the same coder
 * (`duplicate-coding`) is skipped, the first is kept. CSV messages have the place of their row;
 * JSON messages name the path of the value (`[2].positions[0].stance`), and a syntax error has
 * its place when the JSON engine tells it.
 *
 * A REFI-QDA project (`.qdpx` bytes, or the XML of its `project.qde`) is read with `readQdpx`
 * and `readQde`: codings made, or corrected, in NVivo, ATLAS.ti, MAXQDA or QualCoder.
 *
 * A review sheet (`toReviewSheet`, `wgec review`), told by its `reviewed_stance` column, is read
 * with `reviewed_stance` as the stance, `reviewer` as the coder and `note` as the note; rows whose
 * `reviewed_stance` is empty are no codings.
 *
 * @param input
 *   The codings, as CSV or JSON text, QDA-XML text, or the bytes of a `.qdpx` (or of any of the
 *   others, read as UTF-8).
 * @param options
 *   Configuration (optional).
 * @returns
 *   The valid codings and the messages.
 * @throws {TypeError}
 *   When `input` is not a string or bytes, or an option is not of its type.
 * @example
 *   readCodings('contribution,dimension,stance\nwgec-2016/cuba,mechanism,intergovernmental').codings
 *   // => [{contributionId: 'wgec-2016/cuba', dimension: 'mechanism', stance: 'intergovernmental'}]
 */
export function readCodings(
  input: string | Uint8Array,
  options?: ReadCodingsOptions
): ReadCodingsResult {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError(`Cannot read \`${String(input)}\` for \`text\`, expected a string or bytes`)
  }
  const settings = checkOptions(options)
  const zip = input instanceof Uint8Array && input[0] === 0x50 && input[1] === 0x4b
  const text = typeof input === 'string' ? input : zip ? '' : new TextDecoder().decode(input)
  const format = settings.format ?? (zip ? 'qdpx' : formatOf(settings.path, text))
  if (format === 'qdpx' || format === 'qde') {
    const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
    const result =
      format === 'qdpx'
        ? readQdpx(bytes, {codebook: settings.codebook})
        : readQde(new TextDecoder().decode(bytes), {codebook: settings.codebook})
    if (settings.path !== undefined)
      for (const message of result.messages) message.file = settings.path
    return result
  }
  const bom = text.charCodeAt(0) === 0xfe_ff ? 1 : 0
  const body = text.slice(bom)
  const where = location(body)
  const reader: Reader = {
    codings: [],
    messages: [],
    seen: new Set(),
    codebook: settings.codebook,
    place(start, end) {
      return {start: pointAt(where, body, start, bom), end: pointAt(where, body, end, bom)}
    },
    report(id, values, place) {
      const message = createMessage(id, values, place)
      if (settings.path !== undefined) message.file = settings.path
      reader.messages.push(message)
    }
  }

  if (body.trim() === '') {
    reader.report('invalid-codings', {cause: 'the text is empty'})
  } else if (format === 'json') {
    readJson(body, reader)
  } else {
    readCsv(body, reader)
  }

  return {codings: reader.codings, messages: reader.messages}
}

function checkOptions(options: unknown): ReadCodingsOptions {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object') {
    throw new TypeError(`Cannot read with \`${String(options)}\` for \`options\`, expected object`)
  }
  const {format, path, codebook} = options as Record<string, unknown>
  if (codebook !== undefined && (typeof codebook !== 'object' || codebook === null)) {
    throw new TypeError(
      `Cannot read with \`${String(codebook)}\` for \`options.codebook\`, expected a codebook`
    )
  }
  if (format !== undefined && !formats.includes(format as never)) {
    throw new TypeError(
      `Cannot read \`${String(format)}\` for \`options.format\`, expected \`csv\`, \`json\`, \`qde\`, \`qdpx\``
    )
  }
  if (path !== undefined && typeof path !== 'string') {
    throw new TypeError(`Cannot read \`${String(path)}\` for \`options.path\`, expected a string`)
  }
  return options as ReadCodingsOptions
}

function formatOf(path: string | undefined, body: string): (typeof formats)[number] {
  const extension = /\.([a-z]+)$/i.exec(path ?? '')?.[1]?.toLowerCase()
  const known = formats.find((format) => format === extension)
  if (known) return known
  if (/^\uFEFF?\s*</.test(body)) return 'qde'
  return /^\s*[[{]/.test(body) ? 'json' : 'csv'
}

function pointAt(where: ReturnType<typeof location>, body: string, offset: number, bom: number) {
  const point = where.toPoint(Math.min(Math.max(offset, 0), body.length))
  // `toPoint` only fails outside the text, which the clamp above rules out.
  const {line, column} = point ?? {line: 1, column: 1}
  return {line, column, offset: offset + bom}
}

function readJson(body: string, reader: Reader): void {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const position = /at position (\d+)/.exec(reason)?.[1]
    const offset =
      position === undefined
        ? /end of JSON input/.test(reason)
          ? body.length
          : undefined
        : Number(position)
    const cause = reason.replace(/ in JSON at position \d+.*$/, '').replace(/,? "[\s\S]*$/, '')
    reader.report(
      'invalid-codings',
      {cause: `invalid JSON (${cause})`},
      offset === undefined ? undefined : reader.place(offset, offset)
    )
    return
  }

  if (Array.isArray(value)) {
    for (const [index, entry] of value.entries()) readEntry(entry, `[${index}]`, reader)
  } else if (isRecord(value) && 'positions' in value) {
    readEntry(value, '', reader)
  } else {
    const start = body.length - body.trimStart().length
    reader.report(
      'invalid-codings',
      {
        cause: `top-level ${describe(value)}, expected an array of codings or a gold file with \`positions\``
      },
      reader.place(start, body.trimEnd().length)
    )
  }
}

function readEntry(entry: unknown, path: string, reader: Reader): void {
  const prefix = path === '' ? '' : `${path}.`
  if (!isRecord(entry)) {
    reader.report('invalid-coding', {
      field: path,
      found: describe(entry),
      expected: 'a coding or a gold file'
    })
    return
  }
  if (!('positions' in entry)) {
    accept(
      {
        values: {
          contributionId: entry.contributionId ?? entry.contribution ?? entry.id ?? entry.file,
          dimension: entry.dimension,
          stance: entry.stance,
          quote: entry.quote,
          coder: entry.coder,
          file: entry.file,
          part: entry.part,
          note: entry.note
        },
        names: namesAt(prefix, idNameOf(entry))
      },
      reader
    )
    return
  }

  const {contribution, positions} = entry
  if (contribution === undefined || contribution === null || contribution === '') {
    reader.report('incomplete-coding', {field: `${prefix}contribution`})
    return
  }
  if (!Array.isArray(positions)) {
    reader.report('invalid-coding', {
      field: `${prefix}positions`,
      found: describe(positions),
      expected: 'an array'
    })
    return
  }
  for (const [index, position] of positions.entries()) {
    const at = `${prefix}positions[${index}]`
    if (!isRecord(position)) {
      reader.report('invalid-coding', {
        field: at,
        found: describe(position),
        expected: 'a position'
      })
      continue
    }
    accept(
      {
        values: {
          contributionId: contribution,
          dimension: position.dimension,
          stance: position.stance,
          quote: position.quote,
          coder: position.coder ?? entry.coder,
          file: undefined,
          part: undefined,
          note: position.note
        },
        names: {...namesAt(`${at}.`, 'contribution'), contributionId: `${prefix}contribution`}
      },
      reader
    )
  }
}

function idNameOf(entry: Record<string, unknown>): string {
  if ('contributionId' in entry) return 'contributionId'
  if (!('contribution' in entry) && !('id' in entry) && 'file' in entry) return 'file'
  return 'contribution'
}

function namesAt(prefix: string, idName: string): Record<Field, string> {
  return {
    contributionId: `${prefix}${idName}`,
    dimension: `${prefix}dimension`,
    stance: `${prefix}stance`,
    quote: `${prefix}quote`,
    coder: `${prefix}coder`,
    file: `${prefix}file`,
    part: `${prefix}part`,
    note: `${prefix}note`
  }
}

function readCsv(body: string, reader: Reader): void {
  const delimiter = delimiterOf(body)
  const [header, ...rows] = splitRecords(body, delimiter)
  // A text with content has at least one non-blank record.
  if (!header) return
  const headerPlace = reader.place(header.start, header.end)
  const names = parseRecord(body.slice(header.start, header.end), delimiter)
  if (names instanceof Error) {
    reader.report(
      'invalid-codings',
      {cause: `malformed header row (${names.message})`},
      headerPlace
    )
    return
  }

  const columns = new Map<Field, number>()
  const keys = names.map((name) =>
    name
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '')
  )
  const sheet = keys.includes('reviewedstance')
  for (const field of fields) {
    for (const name of (sheet ? reviewColumnNames : columnNames)[field]) {
      const index = keys.indexOf(name)
      if (index !== -1 && !columns.has(field)) columns.set(field, index)
    }
  }
  const missing = required.filter((field) => !columns.has(field))
  for (const field of missing) {
    reader.report(
      'missing-column',
      {
        column: columnNames[field][0] ?? field,
        expected: '`contribution`, `dimension`, `stance` and optionally `quote`, `coder`'
      },
      headerPlace
    )
  }
  if (missing.length > 0) return

  const texts = rows.map((row) => body.slice(row.start, row.end))
  const parsed = parseRecords(texts, delimiter)

  for (const [index, row] of rows.entries()) {
    const place = reader.place(row.start, row.end)
    const cells = parsed?.[index] ?? parseRecord(texts[index] ?? '', delimiter)
    if (cells instanceof Error) {
      reader.report('malformed-row', {cause: cells.message}, place)
      continue
    }
    const values = {} as Record<Field, unknown>
    const labels = {} as Record<Field, string>
    for (const field of fields) {
      const index = columns.get(field)
      values[field] = index === undefined ? undefined : restoreFormula(cells[index])
      labels[field] = index === undefined ? field : (names[index]?.trim() ?? field)
    }
    if (sheet && String(values.stance ?? '').trim() === '') continue
    const starts = fieldStarts(texts[index] ?? '', delimiter)
    const places: Partial<Record<Field, Place>> = {}
    for (const field of fields) {
      const column = columns.get(field)
      const start = column === undefined ? undefined : starts[column]
      if (start === undefined || column === undefined) continue
      const end =
        starts[column + 1] === undefined ? row.end - row.start : (starts[column + 1] ?? 1) - 1
      places[field] = reader.place(row.start + start, row.start + end)
    }
    accept({values, names: labels, place, places}, reader)
  }
}

// Offset of the start of each field of one record, quotes being opened only at the start of a
// field, as `splitRecords` reads them.
function fieldStarts(record: string, delimiter: string): number[] {
  const starts = [0]
  let quoted = false
  let fieldStart = true
  for (let index = 0; index < record.length; index++) {
    const character = record.charAt(index)
    if (quoted) {
      if (character === '"') {
        if (record.charAt(index + 1) === '"') index++
        else quoted = false
      }
    } else if (character === delimiter) {
      starts.push(index + 1)
      fieldStart = true
    } else {
      if (character === '"' && fieldStart) quoted = true
      fieldStart = false
    }
  }
  return starts
}

function delimiterOf(body: string): string {
  const line = /^\s*([^\r\n]*)/.exec(body)?.[1] ?? ''
  let best = ','
  let most = line.split(',').length
  for (const delimiter of delimiters) {
    const count = line.split(delimiter).length
    if (count > most) {
      best = delimiter
      most = count
    }
  }
  return best
}

// Start and end (before the line ending) of each non-blank record, quotes being opened only at
// the start of a field as csv-parse does, so that each record can be parsed, and fail, alone.
function splitRecords(
  body: string,
  delimiter: string
): Array<{readonly start: number; readonly end: number}> {
  const records: Array<{start: number; end: number}> = []
  let start = 0
  let quoted = false
  let fieldStart = true
  let index = 0

  while (index <= body.length) {
    const character = body.charAt(index)
    if (quoted) {
      if (character === '"') {
        if (body.charAt(index + 1) === '"') index++
        else quoted = false
      }
    } else if (index === body.length || character === '\n' || character === '\r') {
      if (body.slice(start, index).trim() !== '') records.push({start, end: index})
      if (character === '\r' && body.charAt(index + 1) === '\n') index++
      start = index + 1
      fieldStart = true
    } else if (character === '"' && fieldStart) {
      quoted = true
      fieldStart = false
    } else {
      fieldStart = character === delimiter
    }
    index++
  }

  // An unclosed quote runs to the end of the text: that last record fails to parse alone.
  if (quoted && body.slice(start).trim() !== '') records.push({start, end: body.length})
  return records
}

// All records at once, which is much faster than one by one; `undefined` when one of them is
// malformed, so that each is parsed, and reported, alone.
function parseRecords(records: readonly string[], delimiter: string): string[][] | undefined {
  try {
    const rows = parse(records.join('\n'), {
      delimiter,
      record_delimiter: '\n',
      relax_quotes: true,
      relax_column_count: true
    }) as string[][]
    return rows.length === records.length ? rows : undefined
  } catch {
    return undefined
  }
}

// `stringifyCsv` puts `'` before text a spreadsheet would run as a formula: take it off again.
function restoreFormula(value: string | undefined): string | undefined {
  return value !== undefined && /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value
}

function parseRecord(record: string, delimiter: string): string[] | Error {
  try {
    const rows = parse(record, {
      delimiter,
      relax_quotes: true,
      relax_column_count: true
    }) as string[][]
    return rows[0] ?? []
  } catch (error) {
    return new Error(causeOf(error))
  }
}

function causeOf(error: unknown): string {
  const code = isRecord(error) ? error.code : undefined
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted field is never closed'
  return (error instanceof Error ? error.message : String(error)).replace(/ at line \d+/, '')
}

function accept(raw: RawCoding, reader: Reader): void {
  const coding: Record<string, string> = {}

  for (const field of fields) {
    const value = raw.values[field]
    if (value !== undefined && value !== null && typeof value !== 'string') {
      reader.report(
        'invalid-coding',
        {field: raw.names[field], found: describe(value), expected: 'a string'},
        raw.place
      )
      return
    }
    const text = field === 'quote' ? (value ?? '') : (value ?? '').trim()
    if (text.trim() !== '') coding[field] = text
    else if (required.includes(field)) {
      reader.report('incomplete-coding', {field: raw.names[field]}, raw.place)
      return
    }
  }

  const result = coding as Coding
  if (reader.codebook && !isKnown(result, raw, reader)) return
  const key = JSON.stringify([result.coder ?? null, result.contributionId, result.dimension])
  if (reader.seen.has(key)) {
    reader.report(
      'duplicate-coding',
      {
        contributionId: result.contributionId,
        dimension: result.dimension,
        ...(result.coder === undefined ? {} : {coder: result.coder})
      },
      raw.place
    )
    return
  }
  reader.seen.add(key)
  reader.codings.push(result)
}

function isKnown(coding: Coding, raw: RawCoding, reader: Reader): boolean {
  const dimension = reader.codebook?.dimensions.find((each) => each.id === coding.dimension)
  if (!dimension) {
    reader.report(
      'unknown-dimension',
      {
        field: raw.names.dimension,
        dimension: coding.dimension,
        expected: (reader.codebook?.dimensions ?? []).map((each) => `\`${each.id}\``).join(', ')
      },
      raw.places?.dimension ?? raw.place
    )
    return false
  }
  const stances = [dimension.poles[0].id, dimension.poles[1].id, 'mixed', 'unstated']
  if (!stances.includes(coding.stance)) {
    reader.report(
      'unknown-stance',
      {
        field: raw.names.stance,
        stance: coding.stance,
        dimension: dimension.id,
        expected: stances.map((stance) => `\`${stance}\``).join(', ')
      },
      raw.places?.stance ?? raw.place
    )
    return false
  }
  return true
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'object') return 'object'
  if (typeof value === 'string') return `string \`${value}\``
  return `${typeof value} \`${String(value)}\``
}
