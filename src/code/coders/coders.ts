import type {Coder} from './coder.js'
import {ruleCoder} from './rules/rule-coder.js'

/**
 * The coders the CLI knows by id (`--coder`): the rule coder, `rules`. A new coder is its own
 * file and one entry here.
 *
 * @example
 *   coders.map((coder) => coder.id) // => ['rules']
 */
export const coders: readonly Coder[] = [ruleCoder]
