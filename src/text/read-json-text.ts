import {location} from 'vfile-location'
import type {Place} from '../schema/place.js'
import {jsonSyntaxError} from './json-syntax-error.js'

/** What `readJsonText` gives: the parsed value, or why the text is no JSON and where. */
export type JsonText =
  | {readonly value: unknown; readonly error?: undefined}
  | {readonly value?: undefined; readonly error: {readonly cause: string; readonly place?: Place}}

/**
 * Parse a JSON file's text as codebooks and consultation profiles are read: past a byte order
 * mark (editors on Windows write one), and a syntax error told as `invalid JSON (cause)` at its
 * place when the JSON engine gives an offset. A value that is no string is taken as parsed.
 *
 * @param input
 *   JSON text, or a parsed value.
 * @returns
 *   The value, or the error.
 * @example
 *   readJsonText('{"a": }').error?.cause // => 'invalid JSON (Unexpected token \'}\')'
 */
export function readJsonText(input: unknown): JsonText {
  if (typeof input !== 'string') return {value: input}
  try {
    return {value: JSON.parse(input.charCodeAt(0) === 0xfe_ff ? input.slice(1) : input)}
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const {cause, offset} = jsonSyntaxError(reason, input.length)
    const text = `invalid JSON (${cause})`
    if (offset === undefined) return {error: {cause: text}}
    const point = location(input).toPoint(Math.min(offset, input.length)) ?? {line: 1, column: 1}
    const start = {line: point.line, column: point.column, offset}
    return {error: {cause: text, place: {start, end: start}}}
  }
}

/**
 * Write a path into a JSON value as a reader of the file finds it: `dimensions[2].poles[0].id`,
 * `(root)` for the value itself.
 *
 * @param path
 *   The keys and indexes, as zod gives them.
 * @returns
 *   The path.
 * @example
 *   formatJsonPath(['dimensions', 2, 'id']) // => 'dimensions[2].id'
 */
export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  let result = ''
  for (const key of path) {
    result += typeof key === 'number' ? `[${key}]` : result ? `.${String(key)}` : String(key)
  }
  return result || '(root)'
}
