import type {VFileMessage} from 'vfile-message'
import {createMessage} from '../../messages/create-message.js'
import {escapeCodePoints} from '../../messages/escape-code-points.js'
import type {Place} from '../../schema/place.js'

/** Unicode format characters: zero-width space and joiners, BOM, soft hyphen, bidi controls. */
const format = /\p{Cf}/gu

/**
 * A name without Unicode format characters (`\p{Cf}`: zero-width space, joiner and non-joiner, a
 * byte order mark, a soft hyphen, U+202E and the other bidirectional controls), which hide or
 * reorder what a name shows (`Cu\u200Bba` is no country; `\u202EabuC\u202C` shows as `Cuba`).
 * When any is removed, a `format-characters` warning shows them escaped (`\u{200B}`). The body
 * text is not read through this: there they may be part of how a word is written.
 *
 * @param name
 *   A name as read (a submitter's, an author's, a country field).
 * @param field
 *   What the name is, for the message (`submitter name`).
 * @param messages
 *   The messages to add to.
 * @param place
 *   The place of the message.
 * @returns
 *   The name without format characters, trimmed when any was removed.
 * @example
 *   removeFormatCharacters('Cu\u200Bba', 'submitter name', [], place) // => 'Cuba'
 */
export function removeFormatCharacters(
  name: string,
  field: string,
  messages: VFileMessage[],
  place: Place
): string {
  const found = name.match(format)
  if (!found) return name
  const cleaned = name.replace(format, '').trim()
  const distinct = [...new Set(found)]
  const removed =
    distinct
      .slice(0, 8)
      .map((character) => `\`${escapeCodePoints(character)}\``)
      .join(', ') + (distinct.length > 8 ? ', …' : '')
  messages.push(
    createMessage('format-characters', {field, name: cleaned, count: found.length, removed}, place)
  )
  return cleaned
}
