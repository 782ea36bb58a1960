import type {VFileMessage} from 'vfile-message'
import type {Element, ElementContent} from 'xast'
import {createMessage} from '../messages/create-message.js'
import {escapeCodePoints} from '../messages/escape-code-points.js'

interface Replaced {
  readonly element: Element
  readonly count: number
  readonly first: string | undefined
}

/**
 * A character XML 1.0 cannot carry, not even as a character reference: C0 controls but tab, line
 * feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
const invalid = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/**
 * Replace every character that XML 1.0 cannot carry, not even as a character reference (C0
 * controls but tab, line feed and carriage return, lone surrogates, U+FFFE, U+FFFF), in elements'
 * attributes and text by U+FFFD, one code point for one, so that the XML written from them is
 * well-formed; when any was, add one `invalid-xml-characters` warning for them all.
 *
 * @param elements
 *   xast elements (not changed).
 * @param messages
 *   The messages to add to.
 * @param file
 *   The file the message is on (the contribution's path), if any.
 * @returns
 *   The elements, each the same one when nothing in it was replaced.
 * @example
 *   replaceXmlCharacters([x('Description', 'a\uFFFEb')], messages)[0] // => x('Description', 'a\uFFFDb')
 */
export function replaceXmlCharacters(
  elements: readonly Element[],
  messages: VFileMessage[],
  file?: string
): Element[] {
  let count = 0
  let first: string | undefined
  const replaced = elements.map((element) => {
    const result = replaceIn(element)
    count += result.count
    first ??= result.first
    return result.element
  })
  if (count > 0) {
    const message = createMessage('invalid-xml-characters', {
      count,
      first: `\`${escapeCodePoints(first ?? '')}\``
    })
    if (file !== undefined) message.file = file
    messages.push(message)
  }
  return replaced
}

/** The element with the characters replaced, how many and the first. */
function replaceIn(element: Element): Replaced {
  let count = 0
  let first: string | undefined
  const replace = (value: string): string =>
    value.replace(invalid, (character) => {
      count++
      first ??= character
      return '\uFFFD'
    })
  const walk = (node: Element): Element => {
    const attributes = Object.fromEntries(
      Object.entries(node.attributes).map(([key, value]) => [
        key,
        typeof value === 'string' ? replace(value) : value
      ])
    )
    const children = node.children.map((child): ElementContent => {
      if (child.type === 'element') return walk(child)
      if (child.type === 'text' || child.type === 'cdata' || child.type === 'comment')
        return {...child, value: replace(child.value)}
      return child
    })
    return {...node, attributes, children}
  }
  const replaced = walk(element)
  return count === 0 ? {element, count, first} : {element: replaced, count, first}
}
