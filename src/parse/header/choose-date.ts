import type {VFileMessage} from 'vfile-message'
import {createMessage} from '../../messages/create-message.js'
import type {Place} from '../../schema/place.js'
import type {SignatureLines} from '../signature/read-signature.js'
import {findDate} from '../words/find-date.js'
import {stringField} from '../words/string-field.js'
import type {HeaderFields} from './read-header.js'

/**
 * The date of a contribution: the signature's, else the front matter's, a date line of the
 * header, a `Date:` field, a form's `Timestamp` (month first). A date that is not in the calendar
 * is reported (`invalid-date`) and the next is tried; none gives `no-date-found`.
 *
 * @param data
 *   The front matter, if any.
 * @param header
 *   The header read.
 * @param signature
 *   The signature read, if any.
 * @param messages
 *   The messages to add to.
 * @param place
 *   The place those messages are given.
 * @returns
 *   The date in ISO 8601 (`2016-12-12`, `2016-12`), or `null`.
 */
export function chooseDate(
  data: Record<string, unknown> | undefined,
  header: HeaderFields,
  signature: SignatureLines | undefined,
  messages: VFileMessage[],
  place: Place
): string | null {
  const candidates: Array<{iso: string | undefined; text: string} | undefined> = [
    signature?.date,
    dateFrom(stringField(data, 'date')),
    header.date,
    dateFrom(header.fields.date),
    dateFrom(header.fields.timestamp, 'mdy')
  ]
  for (const candidate of candidates) {
    if (!candidate) continue
    if (candidate.iso) return candidate.iso
    messages.push(createMessage('invalid-date', {text: candidate.text}, place))
  }

  messages.push(createMessage('no-date-found', {}, place))
  return null
}

function dateFrom(text: string | undefined, order: 'mdy' | 'dmy' = 'dmy') {
  if (!text) return undefined
  const found = findDate(text, order)
  return found
    ? {iso: found.iso, text: text.slice(found.index, found.index + found.length)}
    : undefined
}
