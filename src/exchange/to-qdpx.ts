import {zipSync} from 'fflate'
import type {CodedContribution} from '../schema/coded-contribution.js'
import {type ToQdeOptions, toQde} from './to-qde.js'

/**
 * Write a REFI-QDA project file (`.qdpx`): a zip with `project.qde` and the sources' plain texts
 * in `Sources/`, as `toQde` makes them, every entry dated `options.date` (default 1980-01-01,
 * the earliest date a zip can hold), so that the same input gives the same bytes.
 *
 * @param coded
 *   Contributions as parsed (with their blocks) and their positions.
 * @param options
 *   Configuration, as for `toQde`: the codebook at least.
 * @returns
 *   The bytes of the `.qdpx` file.
 * @throws {TypeError}
 *   As `toQde`.
 * @example
 *   toQdpx(coded, {codebook}).slice(0, 2) // => Uint8Array [0x50, 0x4b] ('PK')
 */
export function toQdpx(coded: readonly CodedContribution[], options: ToQdeOptions): Uint8Array {
  const project = toQde(coded, options)
  const utc = new Date(options.date ?? '1980-01-01T00:00:00Z')
  // Zip times have no time zone and fflate writes local time: give it the UTC fields as local.
  const mtime = new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds()
  )
  const encoder = new TextEncoder()
  const entries: Record<string, [Uint8Array, {mtime: Date}]> = {
    'project.qde': [encoder.encode(project.qde), {mtime}]
  }
  for (const source of project.sources)
    entries[source.path] = [encoder.encode(source.text), {mtime}]
  return zipSync(entries, {level: 6})
}
