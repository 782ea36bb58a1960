import type {VFileMessage} from 'vfile-message'
import type {Element} from 'xast'
import {createMessage} from '../messages/create-message.js'
import {placeOf} from './place-of.js'

/**
 * The start and end of a `PlainTextSelection`, in Unicode code points: each an integer (as
 * `xsd:integer` writes one, without a sign but `+`) from 0 to the length of the source's text when
 * it is known, the start before the end. A selection that is not is reported (`invalid-coding`,
 * at its place) and is to be skipped: its codes would otherwise weigh into a stance.
 *
 * @param selection
 *   The `PlainTextSelection` element.
 * @param length
 *   The length of its source's text in code points, when known.
 * @param messages
 *   The messages to add to.
 * @returns
 *   The start and end, or `undefined` when the selection is to be skipped.
 * @example
 *   checkSelection(x('PlainTextSelection', {startPosition: 'abc', endPosition: '4'}), 10, [])
 *   // => undefined
 */
export function checkSelection(
  selection: Element,
  length: number | undefined,
  messages: VFileMessage[]
): {start: number; end: number} | undefined {
  const expected =
    length === undefined
      ? 'an integer from 0'
      : `an integer from 0 to ${length}, the length of the source's text in characters`
  const report = (field: string, found: string, because = expected) => {
    messages.push(
      createMessage('invalid-coding', {field, found, expected: because}, placeOf(selection))
    )
    return undefined
  }
  const read = (field: 'startPosition' | 'endPosition') => {
    const raw = selection.attributes[field]
    if (typeof raw !== 'string') return report(field, 'no value')
    const value = /^\s*\+?\d{1,16}\s*$/.test(raw) ? Number(raw) : Number.NaN
    if (!Number.isSafeInteger(value) || (length !== undefined && value > length)) {
      return report(field, `\`${raw}\``)
    }
    return value
  }
  const start = read('startPosition')
  if (start === undefined) return undefined
  const end = read('endPosition')
  if (end === undefined) return undefined
  if (start >= end) {
    return report('endPosition', `\`${end}\``, `a position after \`startPosition\` (${start})`)
  }
  return {start, end}
}
