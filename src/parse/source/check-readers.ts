import type {Reader} from '../readers/reader.js'
import {describeValue} from './describe-value.js'

/**
 * Check `options.readers` of `parseContribution`: an array of readers, each with a kebab-case
 * `format`, lists of `extensions` (lower case, with the dot) and `mediaTypes`, a `read` function
 * and, if any, a `sniff` function; no two with one format.
 *
 * @param readers
 *   `options.readers`.
 * @returns
 *   The readers (none when not given).
 * @throws {TypeError}
 *   When a reader is malformed, with the fixed template ``Cannot parse with … for `options.readers[i]` …``.
 */
export function checkReaders(readers: unknown): readonly Reader[] {
  if (readers === undefined) return []
  if (!Array.isArray(readers)) {
    throw new TypeError(
      `Cannot parse with \`${describeValue(readers)}\` for \`options.readers\`, expected an array of readers`
    )
  }
  const seen = new Set<string>()
  for (const [index, reader] of readers.entries()) {
    const problem = findProblem(reader, seen)
    if (problem) {
      throw new TypeError(
        `Cannot parse with \`${describeValue(reader)}\` for \`options.readers[${index}]\`, expected ${problem}`
      )
    }
    seen.add((reader as Reader).format)
  }
  return readers as Reader[]
}

function findProblem(reader: unknown, seen: ReadonlySet<string>): string | undefined {
  if (typeof reader !== 'object' || reader === null) return 'a reader object'
  const entry = reader as Record<string, unknown>
  const format = entry.format
  if (typeof format !== 'string' || !/^[a-z][a-z0-9-]*$/.test(format))
    return 'a kebab-case `format`'
  if (seen.has(format)) return `one reader of format \`${format}\`, not two`
  for (const key of ['extensions', 'mediaTypes'] as const) {
    const list = entry[key]
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string'))
      return `\`${key}\` as an array of strings`
  }
  if (!(entry.extensions as string[]).every((extension) => /^\.[a-z0-9]+$/.test(extension)))
    return '`extensions` in lower case with the dot (`.md`)'
  if (typeof entry.read !== 'function') return 'a `read` function'
  if (entry.sniff !== undefined && typeof entry.sniff !== 'function') return '`sniff` as a function'
  if (entry.binary !== undefined && typeof entry.binary !== 'boolean')
    return '`binary` as a boolean'
  return undefined
}
