import {VFile} from 'vfile'
import {describeValue} from './describe-value.js'

/**
 * The input of `parseContribution` as a VFile: a string or bytes become the value of a new one, a
 * VFile (or an object like one) is used as it is.
 *
 * @param input
 *   The input given.
 * @returns
 *   The file.
 * @throws {TypeError}
 *   When the input is no string, Uint8Array or VFile, or a VFile's value is neither.
 */
export function toFile(input: unknown): VFile {
  if (typeof input === 'string' || input instanceof Uint8Array) return new VFile({value: input})
  if (input instanceof VFile || isVFileLike(input)) {
    const file = input as VFile
    if (typeof file.value !== 'string' && !(file.value instanceof Uint8Array)) {
      throw new TypeError(
        `Cannot parse \`${describeValue(file.value)}\` for \`input.value\`, expected string or Uint8Array`
      )
    }

    return file
  }

  throw new TypeError(
    `Cannot parse \`${describeValue(input)}\` for \`input\`, expected string, Uint8Array or VFile`
  )
}

function isVFileLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'value' in value && 'messages' in value
}
