import {quoteList} from '../messages/quote-list.js'
import type {RuleArguments, RuleId} from '../messages/rules.js'
import type {Codebook} from '../schema/codebook.js'
import type {Coding} from '../schema/coding.js'
import type {Place} from '../schema/place.js'

/** A field of a coding. */
export type Field = keyof Coding

/** A coding as written, before it is checked: its values, how each is named, and its place. */
export interface RawCoding {
  readonly values: Readonly<Record<Field, unknown>>
  /** How each field is named in messages: a column name or a JSON path. */
  readonly names: Readonly<Record<Field, string>>
  readonly place?: Place | undefined
  /** Where each cell is, for CSV. */
  readonly places?: Readonly<Partial<Record<Field, Place>>> | undefined
}

/** What the CSV and JSON readers of `readCodings` fill: the codings; and how they report. */
export interface CodingReader {
  readonly codings: Coding[]
  readonly seen: Set<string>
  readonly codebook: Codebook | undefined
  readonly place: (start: number, end: number) => Place
  readonly report: <Id extends RuleId>(id: Id, values: RuleArguments<Id>, place?: Place) => void
}

/** The fields of a coding, in the order they are checked. */
export const fields: readonly Field[] = [
  'contributionId',
  'dimension',
  'stance',
  'quote',
  'coder',
  'file',
  'part',
  'note'
]
/** The fields every coding has. */
export const required: readonly Field[] = ['contributionId', 'dimension', 'stance']

/**
 * Check one coding as written and keep it: every field a string, the required ones there, its
 * dimension and stance in the codebook when there is one, and not a second coding of the same
 * contribution and dimension by the same coder. A problem is reported, and the coding skipped.
 */
export function acceptCoding(raw: RawCoding, reader: CodingReader): void {
  const coding: Record<string, string> = {}

  for (const field of fields) {
    const value = raw.values[field]
    if (value !== undefined && value !== null && typeof value !== 'string') {
      reader.report(
        'invalid-coding',
        {field: raw.names[field], found: describeValue(value), expected: 'a string'},
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

function isKnown(coding: Coding, raw: RawCoding, reader: CodingReader): boolean {
  const dimension = reader.codebook?.dimensions.find((each) => each.id === coding.dimension)
  if (!dimension) {
    reader.report(
      'unknown-dimension',
      {
        field: raw.names.dimension,
        dimension: coding.dimension,
        expected: quoteList((reader.codebook?.dimensions ?? []).map((each) => each.id))
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
        expected: quoteList(stances)
      },
      raw.places?.stance ?? raw.place
    )
    return false
  }
  return true
}

/** Whether a value is a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** How a value is named in a message: `null`, array, object, string `x`, number `1`. */
export function describeValue(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'object') return 'object'
  if (typeof value === 'string') return `string \`${value}\``
  return `${typeof value} \`${String(value)}\``
}
