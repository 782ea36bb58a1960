import type {CoderFactory} from '../code/coders/coder-factory.js'
import type {Output} from '../outputs/output.js'
import type {Reader} from '../parse/readers/reader.js'

/**
 * What a `--plugin` module gives the CLI: readers of formats of its own, kinds of coder, output
 * formats, or any of them; as named exports or as the properties of its default export. The
 * library takes the same values directly: `parseContribution(input, {readers})`, a coder where
 * one is asked for, and `renderOutput(kind, format, value, {outputs})`.
 *
 * @example
 *   // my-plugin.js, used as `wgec compare corpus --plugin my-plugin.js --coder constant --out t.bin`
 *   export const readers = [formReader]
 *   export const coders = [constantCoderFactory]
 *   export const outputs = [binaryTableOutput]
 */
export interface Plugin {
  /** Readers, asked before the built-in ones. */
  readonly readers?: readonly Reader[] | undefined
  /** Kinds of coder, offered by `--coder` beside `rules` and `trained`. */
  readonly coders?: readonly CoderFactory[] | undefined
  /** Output formats, offered by `--format` (and `--out`'s extension) of the commands of their kind. */
  readonly outputs?: readonly Output[] | undefined
}
