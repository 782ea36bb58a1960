import process from 'node:process'
import {escapeControls} from '../messages/excerpt.js'
import {toSummaryText} from '../render/to-summary-text.js'
import {type CommonOptions, verbosityOf} from './options.js'
import {jsonMessages, report, writeJson} from './output.js'
import type {Registries} from './plugins.js'
import {readContributions} from './read-contributions.js'

/** Options of `wgec parse`. */
export interface ParseCommandOptions extends CommonOptions {
  readonly format: 'text' | 'json'
}

/** `wgec parse`: contributions as JSON, or a line per file. */
export async function runParse(
  paths: string[],
  options: ParseCommandOptions,
  registries: Registries
): Promise<void> {
  const verbosity = verbosityOf(options)
  const read = await readContributions(paths, verbosity, (file) => file, {
    registries
  })
  await report(read, verbosity)
  if (options.format === 'json') {
    writeJson(
      read.map((file) => ({
        file: file.path,
        contribution: file.parsed ?? null,
        messages: jsonMessages(file.messages)
      }))
    )
  } else {
    // Paths are shown with their control characters escaped.
    process.stdout.write(
      toSummaryText(read.map((file) => ({...file, path: escapeControls(file.path)})))
    )
  }
}
