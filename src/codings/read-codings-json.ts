import {jsonSyntaxError} from '../text/json-syntax-error.js'
import {
  acceptCoding,
  type CodingReader,
  describeValue,
  type Field,
  isRecord
} from './accept-coding.js'

/**
 * Read codings from JSON text into `reader`: an array of codings or of gold files, or one gold
 * file (`{contribution, positions}`); messages name the path of each value.
 */
export function readCodingsJson(body: string, reader: CodingReader): void {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const {cause, offset} = jsonSyntaxError(reason, body.length)
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
        cause: `top-level ${describeValue(value)}, expected an array of codings or a gold file with \`positions\``
      },
      reader.place(start, body.trimEnd().length)
    )
  }
}

function readEntry(entry: unknown, path: string, reader: CodingReader): void {
  const prefix = path === '' ? '' : `${path}.`
  if (!isRecord(entry)) {
    reader.report('invalid-coding', {
      field: path,
      found: describeValue(entry),
      expected: 'a coding or a gold file'
    })
    return
  }
  if (!('positions' in entry)) {
    acceptCoding(
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
      found: describeValue(positions),
      expected: 'an array'
    })
    return
  }
  for (const [index, position] of positions.entries()) {
    const at = `${prefix}positions[${index}]`
    if (!isRecord(position)) {
      reader.report('invalid-coding', {
        field: at,
        found: describeValue(position),
        expected: 'a position'
      })
      continue
    }
    acceptCoding(
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
