import type {Codebook} from '../../schema/codebook.js'
import type {Coder} from './coder.js'

/**
 * An option a coder takes, which the CLI offers as `--<name> <value>` beside `--coder`.
 * `json-file` options are read by the CLI (a path, parsed as JSON) and given to `create` parsed.
 */
export interface CoderOption {
  /** Kebab-case name: the flag is `--<name>`, and `create` finds the value under this key. */
  readonly name: string
  /** What the option is, for `--help`. */
  readonly description: string
  /** What the value is: a string, a number, or the path of a JSON file, given parsed. */
  readonly kind: 'string' | 'number' | 'json-file'
  /**
   * Whether the coder cannot be made without it.
   *
   * @default false
   */
  readonly required?: boolean | undefined
}

/**
 * A kind of coder, by id: how to make one from its options and the codebook it will code with.
 * The built-in kinds are `builtInCoders` (`rules`, `trained`); a library user passes a `Coder`
 * where one is asked for, and the CLI takes more kinds from `--plugin` modules (their `coders`),
 * each then `--coder <id>` with its options as flags.
 *
 * @example
 *   const constant: CoderFactory = {
 *     id: 'constant',
 *     description: 'says `unstated` on every dimension',
 *     create: () => ({
 *       id: 'constant',
 *       code: (contribution, codebook) =>
 *         codebook.dimensions.map((dimension) => ({
 *           contributionId: contribution.id,
 *           dimension: dimension.id,
 *           stance: 'unstated',
 *           score: 0,
 *           evidence: []
 *         }))
 *     })
 *   }
 */
export interface CoderFactory {
  /** Short, stable id, kebab-case: what `--coder` takes. */
  readonly id: string
  /** One line on what the coder does, for `--help`. */
  readonly description: string
  /**
   * The options it takes.
   *
   * @default none
   */
  readonly options?: readonly CoderOption[] | undefined
  /**
   * Make the coder. Throws (a `TypeError`) when the options or the codebook do not suit it, with a
   * message that says why.
   */
  readonly create: (
    options: Readonly<Record<string, unknown>>,
    codebook: Codebook
  ) => Coder | Promise<Coder>
}
