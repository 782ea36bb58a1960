import {zipSync} from 'fflate'
import type {VFileMessage} from 'vfile-message'
import type {CodedContribution} from '../schema/coded-contribution.js'
import {type ToQdeOptions, toQde} from './to-qde.js'

/** Configuration for `toQdpx`: as for `toQde`, and where its messages go. */
export interface ToQdpxOptions extends ToQdeOptions {
  /**
   * Called with each message `toQde` gives (`invalid-xml-characters`: characters XML 1.0 cannot
   * carry, replaced with U+FFFD), as a coder's `report` is.
   *
   * @default undefined (the messages are dropped)
   */
  readonly report?: ((message: VFileMessage) => void) | undefined
}

/**
 * Write a REFI-QDA project file (`.qdpx`): a zip with `project.qde` and the sources' plain texts
 * in `Sources/`, as `toQde` makes them, every entry dated `options.date` (default 1980-01-01,
 * the earliest date a zip can hold), so that the same input gives the same bytes. Characters XML
 * cannot carry are replaced in `project.qde` as `toQde` does, each such message given to
 * `options.report`.
 *
 * @param coded
 *   Contributions as parsed (with their blocks) and their positions.
 * @param options
 *   Configuration, as for `toQde` (the codebook at least), and `report`.
 * @returns
 *   The bytes of the `.qdpx` file.
 * @throws {TypeError}
 *   As `toQde`.
 * @example
 *   toQdpx(coded, {codebook}).slice(0, 2) // => Uint8Array [0x50, 0x4b] ('PK')
 */
export function toQdpx(coded: readonly CodedContribution[], options: ToQdpxOptions): Uint8Array {
  const project = toQde(coded, options)
  if (typeof options?.report === 'function')
    for (const message of project.messages) options.report(message)
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
