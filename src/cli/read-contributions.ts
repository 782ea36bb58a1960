import type {VFileMessage} from 'vfile-message'
import type {LoadFilesOptions} from '../node.js'
import {parseContribution} from '../parse/parse-contribution.js'
import type {Contribution} from '../schema/contribution.js'
import {loadInputs} from './inputs.js'
import {createProgress, isolate, type Verbosity} from './output.js'

/** A file the CLI was given, once loaded and parsed. */
export interface ReadFile {
  readonly path: string
  /** Loading and parsing messages together (a step that threw adds its `internal-error`). */
  readonly messages: VFileMessage[]
  /** The contribution when the file was read: loaded and parsed without an error. */
  readonly contribution: Contribution | undefined
  /** The contribution even when parsing reported an error (`undefined` when not loaded). */
  readonly parsed: Contribution | undefined
}

/**
 * Load and parse the contributions named on the command line one at a time (with a progress bar
 * on a terminal), and keep what `each` returns (or resolves to) for each file, so that a large
 * corpus need not be held in memory whole.
 */
export async function readContributions<Kept>(
  paths: readonly string[],
  verbosity: Verbosity,
  each: (file: ReadFile) => Kept | Promise<Kept>,
  options?: LoadFilesOptions
): Promise<Kept[]> {
  const files = await loadInputs(paths, verbosity, options)
  const progress = await createProgress('reading', files.length, verbosity)
  const kept: Kept[] = []
  for (const file of files) {
    progress.tick()
    const path = file.path
    if (file.messages.some((message) => message.fatal !== undefined)) {
      kept.push(
        await each({path, messages: [...file.messages], contribution: undefined, parsed: undefined})
      )
      continue
    }
    const loading = [...file.messages]
    // Parsing adds its messages to the file too: take them from the result, once.
    const result = isolate(loading, () => parseContribution(file))
    if (!result) {
      kept.push(await each({path, messages: loading, contribution: undefined, parsed: undefined}))
      continue
    }
    const failed = result.messages.some((message) => message.fatal === true)
    kept.push(
      await each({
        path,
        messages: [...loading, ...result.messages],
        contribution: failed ? undefined : result.contribution,
        parsed: result.contribution
      })
    )
  }
  progress.done()
  return kept
}
