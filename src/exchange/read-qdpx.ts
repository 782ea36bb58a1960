import {unzipSync} from 'fflate'
import {createMessage} from '../messages/create-message.js'
import {countCodePoints} from './count-code-points.js'
import {type ReadQdeOptions, type ReadQdeResult, readQde} from './read-qde.js'

/** Configuration for `readQdpx`. */
export interface ReadQdpxOptions extends ReadQdeOptions {
  /**
   * Largest `project.qde` to unpack, in bytes, as its zip entry declares it: a larger one is
   * refused before it is inflated.
   *
   * @default 268_435_456 (256 MiB)
   */
  readonly maxSize?: number | undefined
}

/**
 * Read the codings of a REFI-QDA project file (`.qdpx`): the zip's `project.qde` (at its root, or
 * the only `.qde` in it), read with `readQde`. A file that is no zip, or a zip without a `.qde`,
 * gives no codings and an `invalid-codings` message; so does a `.qde` larger than
 * `options.maxSize`. The plain texts in `Sources/` (together at most `options.maxSize`; those past
 * it are not read) give the lengths selections are checked against (`options.sourceLength`).
 *
 * @param bytes
 *   The bytes of the `.qdpx` file.
 * @param options
 *   Configuration (optional), as for `readQde`.
 * @returns
 *   The codings and the messages.
 * @example
 *   readQdpx(toQdpx(coded, {codebook}), {codebook, weigh: weighEvidence}).codings.length // => 6 * coded.length
 */
export function readQdpx(bytes: Uint8Array, options: ReadQdpxOptions): ReadQdeResult {
  const maxSize = options?.maxSize ?? 268_435_456
  const oversized: Array<{name: string; size: number}> = []
  let texts = 0
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes, {
      filter(file) {
        if (/^Sources\/[^/]+\.txt$/.test(file.name)) {
          texts += file.originalSize
          return texts <= maxSize
        }
        if (!/\.qde$/i.test(file.name)) return false
        if (file.originalSize <= maxSize) return true
        oversized.push({name: file.name, size: file.originalSize})
        return false
      }
    })
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error)
    return {
      codings: [],
      messages: [createMessage('invalid-codings', {cause: `not a zip (${cause})`})]
    }
  }
  const [tooLarge] = oversized
  if (tooLarge) {
    return {
      codings: [],
      messages: [
        createMessage('invalid-codings', {
          cause: `\`${tooLarge.name}\` is ${tooLarge.size} bytes, expected at most ${maxSize} (\`options.maxSize\`)`
        })
      ]
    }
  }
  const names = Object.keys(entries)
    .filter((each) => /\.qde$/i.test(each))
    .sort()
  const name = names.includes('project.qde')
    ? 'project.qde'
    : names.length === 1
      ? names[0]
      : undefined
  const entry = name === undefined ? undefined : entries[name]
  if (!entry) {
    return {
      codings: [],
      messages: [
        createMessage('invalid-codings', {
          cause: `no \`project.qde\` in the project file (${names.length === 0 ? 'no .qde at all' : names.join(', ')})`
        })
      ]
    }
  }
  const sourceLength = (path: string) => {
    const text = path.startsWith('internal://')
      ? entries[`Sources/${path.slice('internal://'.length)}`]
      : undefined
    return text ? countCodePoints(new TextDecoder().decode(text)) : undefined
  }
  return readQde(new TextDecoder().decode(entry), {...options, sourceLength})
}
