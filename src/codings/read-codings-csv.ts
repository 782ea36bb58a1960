import {parse} from 'csv-parse/browser/esm/sync'
import type {Place} from '../schema/place.js'
import {
  acceptCoding,
  type CodingReader,
  type Field,
  fields,
  isRecord,
  required
} from './accept-coding.js'

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
 * Read codings from CSV text into `reader`: a header row naming the columns, then one coding a
 * row; a review sheet (a `reviewed_stance` column) has its own names. Messages have the place of
 * their row, or of their cell.
 */
export function readCodingsCsv(body: string, reader: CodingReader): void {
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
    acceptCoding({values, names: labels, place, places}, reader)
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
    // Bytes: csv-parse's browser build turns a string into bytes three times slower itself.
    const rows = parse(new TextEncoder().encode(records.join('\n')), {
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
