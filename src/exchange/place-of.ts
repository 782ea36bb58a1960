import type {Element} from 'xast'
import type {Place} from '../schema/place.js'

/**
 * The place of an XML element in its file, as a message takes it.
 *
 * @param node
 *   An element parsed with its position.
 * @returns
 *   Its place, or `undefined` when it has none.
 * @example
 *   placeOf(fromXml('<a/>').children[0]).start // => {line: 1, column: 1, offset: 0}
 */
export function placeOf(node: Element): Place | undefined {
  const {start, end} = node.position ?? {}
  if (!start || !end) return undefined
  return {
    start: {line: start.line, column: start.column, offset: start.offset ?? 0},
    end: {line: end.line, column: end.column, offset: end.offset ?? 0}
  }
}
