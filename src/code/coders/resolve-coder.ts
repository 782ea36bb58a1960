import type {Coder} from './coder.js'
import {coders} from './coders.js'

/**
 * Take a coder given by id (one of `coders`) or as an object, checking its shape.
 *
 * @param coder
 *   A coder's id or a `Coder`.
 * @param name
 *   Name of the option, for the error message.
 * @returns
 *   The coder.
 * @throws {TypeError}
 *   When `coder` is no known id nor an object with an `id` and a `code` function.
 * @example
 *   resolveCoder('rules').id // => 'rules'
 */
export function resolveCoder(coder: Coder | string, name = 'options.coder'): Coder {
  if (typeof coder === 'string') {
    const found = coders.find((candidate) => candidate.id === coder)
    if (found) return found
  } else if (
    typeof coder === 'object' &&
    coder !== null &&
    typeof coder.id === 'string' &&
    typeof coder.code === 'function' &&
    (coder.createResampler === undefined || typeof coder.createResampler === 'function')
  ) {
    return coder
  }

  const value = typeof coder === 'object' && coder !== null ? 'object' : String(coder)
  throw new TypeError(
    `Cannot use \`${value}\` for \`${name}\`, expected ${coders.map((entry) => `\`${entry.id}\``).join(', ')} or a Coder`
  )
}
