import type {Coder} from './coder.js'
import {ruleCoder} from './rules/rule-coder.js'

/**
 * Take a coder given by id (`rules`: the coders that need no option) or as an object, checking
 * its shape.
 *
 * @param coder
 *   `rules` or a `Coder`.
 * @param name
 *   Name of the option, for the error message.
 * @returns
 *   The coder.
 * @throws {TypeError}
 *   When `coder` is neither `rules` nor an object with an `id` and a `code` function.
 * @example
 *   resolveCoder('rules').id // => 'rules'
 */
export function resolveCoder(coder: Coder | string, name = 'options.coder'): Coder {
  if (coder === ruleCoder.id) return ruleCoder
  if (
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
    `Cannot use \`${value}\` for \`${name}\`, expected \`${ruleCoder.id}\` or a Coder (\`createTrainedCoder(model)\` for a trained one)`
  )
}
