import {type CommonOptions, verbosityOf} from './options.js'
import {report} from './output.js'
import {chooseOutput} from './outputs.js'
import type {Registries} from './plugins.js'
import {readContributions} from './read-contributions.js'
import {writeOutput} from './write-output.js'

/** Options of `wgec parse`. */
export interface ParseCommandOptions extends CommonOptions {
  /** A format of the `contributions` outputs: `text`, `json`, or a plugin's. */
  readonly format: string
}

/** `wgec parse`: contributions as JSON, or a line per file, or in a plugin's format. */
export async function runParse(
  paths: string[],
  options: ParseCommandOptions,
  registries: Registries
): Promise<void> {
  const verbosity = verbosityOf(options)
  const output = chooseOutput(registries.outputs, 'contributions', options.format)
  const read = await readContributions(paths, verbosity, (file) => file, {
    registries
  })
  await report(read, verbosity)
  await writeOutput(
    output.render(
      read.map((file) => ({path: file.path, contribution: file.parsed, messages: file.messages})),
      {}
    )
  )
}
