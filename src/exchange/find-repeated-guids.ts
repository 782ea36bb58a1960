import type {VFileMessage} from 'vfile-message'
import type {Element} from 'xast'
import {createMessage} from '../messages/create-message.js'
import {placeOf} from './place-of.js'

/**
 * The elements of a QDA-XML project whose `guid` an element before them already has (compared
 * without regard to case): each is reported (`invalid-coding`, at its place) and is to be skipped
 * with all it holds, so that a repeated code, case, source or selection cannot count twice or
 * stand for another.
 *
 * @param project
 *   The `Project` element.
 * @param messages
 *   The messages to add to.
 * @returns
 *   The elements to skip.
 * @example
 *   findRepeatedGuids(project, []).size // => 0 (for a project `toQde` wrote)
 */
export function findRepeatedGuids(project: Element, messages: VFileMessage[]): Set<Element> {
  const first = new Map<string, Element>()
  const repeated = new Set<Element>()
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      const guid = child.attributes.guid
      if (typeof guid === 'string') {
        const key = guid.trim().toLowerCase()
        const before = first.get(key)
        if (before) {
          const line = before.position?.start.line
          messages.push(
            createMessage(
              'invalid-coding',
              {
                field: 'guid',
                found: `\`${guid}\``,
                expected: `a GUID no other element has (a \`${localName(before)}\` has it${line === undefined ? '' : ` on line ${line}`})`
              },
              placeOf(child)
            )
          )
          repeated.add(child)
          continue
        }
        first.set(key, child)
      }
      walk(child)
    }
  }
  walk(project)
  return repeated
}

function localName(node: Element): string {
  return node.name.slice(node.name.indexOf(':') + 1)
}
