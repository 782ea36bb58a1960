import type {VFileMessage} from 'vfile-message'
import {isMap, isScalar, parseDocument} from 'yaml'
import {createMessage} from '../../../messages/create-message.js'
import type {Block} from '../../../schema/block.js'
import {isControl} from '../../runs/text-run.js'
import type {ReadResult} from '../segment.js'

/** What the front matter of a document says, or the block that keeps it when it cannot be read. */
export interface FrontMatter {
  data: Record<string, unknown> | undefined
  /** The front matter as a code block, for the preamble, when it was not read. */
  invalid: Block | undefined
}

/**
 * Largest front matter read, in characters: web republications carry a few lines of it, and the
 * YAML parser's cost grows faster than its size on thousands of keys.
 */
export const maxFrontMatter = 65_536

/**
 * Read the YAML front matter of a document: a mapping, with the core schema, at most 100 aliases,
 * and no control characters in its strings. Front matter that does not parse, is no mapping,
 * repeats a key or is larger than `maxFrontMatter` characters is kept as a code block with a
 * message; YAML warnings become messages too, never text on the console. Linear in its size: keys
 * are checked for repeats once, in a set, instead of by the YAML parser against each other.
 *
 * @param read
 *   The document as read.
 * @param messages
 *   The messages to add to.
 * @returns
 *   Its data, or the block that keeps it.
 */
export function readFrontMatter(read: ReadResult, messages: VFileMessage[]): FrontMatter {
  if (!read.frontMatter) return {data: undefined, invalid: undefined}
  const {value, place} = read.frontMatter
  const kept: Block = {type: 'code', text: value, place}
  if (value.length > maxFrontMatter) {
    messages.push(
      createMessage('front-matter-too-large', {size: value.length, maxSize: maxFrontMatter}, place)
    )
    return {data: undefined, invalid: kept}
  }

  const invalid = (cause: string): FrontMatter => {
    messages.push(createMessage('invalid-front-matter', {cause}, place))
    return {data: undefined, invalid: kept}
  }

  const document = parseDocument(value.replace(/\r\n?/g, '\n'), {
    schema: 'core',
    uniqueKeys: false,
    logLevel: 'silent'
  })
  const [error] = document.errors
  if (error) return invalid(error.message.split('\n')[0] ?? 'invalid YAML')
  for (const warning of document.warnings) {
    messages.push(
      createMessage('front-matter-warning', {cause: warning.message.split('\n')[0] ?? ''}, place)
    )
  }

  const contents = document.contents
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return {data: undefined, invalid: undefined}
  }

  if (!isMap(contents)) return invalid('expected a mapping')
  const keys = new Set<unknown>()
  for (const item of contents.items) {
    const key = isScalar(item.key) ? item.key.value : item.key
    if (keys.has(key)) return invalid(`Map keys must be unique: \`${String(key)}\` is repeated`)
    keys.add(key)
  }

  let data: unknown
  try {
    data = document.toJS({maxAliasCount: 100})
  } catch (error) {
    return invalid(error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'invalid YAML')
  }

  return {
    data: withoutControls(JSON.parse(JSON.stringify(data))) as Record<string, unknown>,
    invalid: undefined
  }
}

/** Front matter values without control characters, as the text read has none. */
function withoutControls(value: unknown): unknown {
  if (typeof value === 'string') {
    let kept = ''
    for (const character of value) if (!isControl(character.charCodeAt(0))) kept += character
    return kept
  }

  if (Array.isArray(value)) return value.map((entry) => withoutControls(entry))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, withoutControls(entry)])
    )
  }

  return value
}
