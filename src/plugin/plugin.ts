import type {CoderFactory} from '../code/coders/coder-factory.js'
import type {Reader} from '../parse/readers/reader.js'

/**
 * What a `--plugin` module gives the CLI: readers of formats of its own, kinds of coder, or both;
 * as named exports or as the properties of its default export. The library takes the same
 * values directly: `parseContribution(input, {readers})`, and a coder where one is asked for.
 *
 * @example
 *   // my-plugin.js, used as `wgec code corpus --plugin my-plugin.js --coder constant`
 *   export const readers = [formReader]
 *   export const coders = [constantCoderFactory]
 */
export interface Plugin {
  /** Readers, asked before the built-in ones. */
  readonly readers?: readonly Reader[] | undefined
  /** Kinds of coder, offered by `--coder` beside `rules` and `trained`. */
  readonly coders?: readonly CoderFactory[] | undefined
}
