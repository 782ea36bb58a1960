import {measureAgreement} from '../code/agreement/measure-agreement.js'
import {type CommonOptions, UsageError, verbosityOf} from './options.js'
import {chooseOutput} from './outputs.js'
import type {Registries} from './plugins.js'
import {readCodingFiles} from './read-coding-files.js'
import {writeOutput} from './write-output.js'

/** Options of `wgec agree`. */
export interface AgreeCommandOptions extends CommonOptions {
  readonly a?: string[]
  readonly b?: string[]
  /** A format of the `agreement` outputs: `text`, `json`, or a plugin's. */
  readonly format: string
}

/**
 * `wgec agree`: agreement between two coders, each given as files, folders or globs of codings
 * (CSV, JSON, a filled review sheet, or a REFI-QDA `.qdpx` or `.qde`).
 */
export async function runAgree(
  positional: string[],
  options: AgreeCommandOptions,
  registries: Registries
): Promise<void> {
  const verbosity = verbosityOf(options)
  const a = options.a ?? (positional[0] === undefined ? [] : [positional[0]])
  const b = options.b ?? (positional[1] === undefined ? [] : [positional[1]])
  if (a.length === 0 || b.length === 0 || positional.length > (options.a || options.b ? 0 : 2)) {
    throw new UsageError(
      'Cannot tell the two coders apart: give `<a> <b>`, or `--a <paths...> --b <paths...>`'
    )
  }
  const output = chooseOutput(registries.outputs, 'agreement', options.format)
  const first = await readCodingFiles(a, verbosity, {coder: 'a'})
  const second = await readCodingFiles(b, verbosity, {coder: 'b'})
  if (first.length === 0 || second.length === 0) return
  const agreement = measureAgreement(first, second)
  await writeOutput(output.render(agreement, {}))
}
