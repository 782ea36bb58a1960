import type {z} from 'zod'
import {excerpt} from './excerpt.js'

/** What the regular expressions of the schemas ask for, in words. */
const patterns: ReadonlyMap<string, string> = new Map([
  [
    '/^[a-z0-9]+(?:-[a-z0-9]+)*$/',
    'an id of lower-case letters and digits joined by single dashes (`my-consultation`)'
  ],
  [
    String.raw`/^[a-z0-9-]+\/q\d+$/`,
    'a question id: an id, `/q` and the question’s number (`my-consultation/q1`)'
  ],
  [
    String.raw`/^\p{L}[\p{L} ’'()/-]{1,40}$/u`,
    "a label as written before its colon: a letter, then 1 to 40 letters, spaces or `’'()/-`"
  ]
])

/** Names of the kinds zod expects, as a sentence says them. */
const kinds: Readonly<Record<string, string>> = {
  array: 'an array',
  boolean: 'true or false',
  int: 'a whole number',
  number: 'a number',
  object: 'an object',
  string: 'a string',
  tuple: 'an array'
}

/**
 * Say what is wrong with a value in words: the one place where zod's issues become text (their
 * code and data, not zod's English), so that a message names what was expected.
 *
 * @param issue
 *   A zod issue (with `input` when parsed with `reportInput: true`).
 * @returns
 *   The text, such as `expected a whole number, got a string`.
 * @example
 *   describeIssue({code: 'invalid_type', expected: 'int', input: '1', path: [], message: ''})
 *   // => 'expected a whole number, got a string'
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = kinds[issue.expected] ?? issue.expected
      return 'input' in issue && issue.input !== undefined
        ? `expected ${expected}, got ${kindOf(issue.input)}`
        : `expected ${expected}, got nothing (it is required)`
    }
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'set'
        ? `expected at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? `expected at least ${issue.minimum} character${Number(issue.minimum) === 1 ? '' : 's'}`
          : `expected at least ${issue.minimum}`
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'set'
        ? `expected at most ${issue.maximum} items`
        : issue.origin === 'string'
          ? `expected at most ${issue.maximum} characters`
          : `expected at most ${issue.maximum}`
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue
        ? `expected ${patterns.get(String(issue.pattern)) ?? `text matching \`${String(issue.pattern)}\``}`
        : `expected ${issue.format}`
    case 'invalid_value':
      return `expected ${issue.values.map((value) => `\`${excerpt(String(value))}\``).join(', ')}`
    case 'unrecognized_keys':
      return `unexpected key ${issue.keys.map((key) => `\`${excerpt(key)}\``).join(', ')}`
    default:
      return issue.message
  }
}

/**
 * Say that an object has a key its schema does not: most often a misspelt one.
 *
 * @param expected
 *   The keys the object may have.
 * @returns
 *   The text, such as ``unknown key, expected one of `id`, `title` ``.
 */
export function describeUnknownKey(expected: readonly string[]): string {
  return `unknown key, expected one of ${expected.map((key) => `\`${key}\``).join(', ')}`
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'number') return `\`${value}\``
  return kinds[typeof value] ?? typeof value
}
