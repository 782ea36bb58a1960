import type {VFileMessage} from 'vfile-message'
import {mapConcurrently} from '../code/map-concurrently.js'
import type {LoadFilesOptions} from '../node.js'
import {parseContribution} from '../parse/parse-contribution.js'
import type {Contribution} from '../schema/contribution.js'
import {loadInputs} from './inputs.js'
import {createProgress, isolate, type Verbosity} from './output.js'
import type {Registries} from './plugins.js'

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

/** How `readContributions` reads. */
export interface ReadContributionsOptions extends LoadFilesOptions {
  /**
   * The CLI's registries: the readers of `--plugin` modules are asked before the built-in ones,
   * and the consultations of `--consultations` files are recognised.
   */
  readonly registries?: Registries
  /**
   * Files whose `each` may be pending at once (a coder that answers later codes several at once);
   * results keep the files' order.
   *
   * @default 1
   */
  readonly concurrency?: number
}

/**
 * Load the contributions named on the command line and parse them one at a time (with a progress
 * bar on a terminal), and keep what `each` returns (or resolves to) for each file, in the files'
 * order, so that a large corpus need not be held in memory whole.
 */
export async function readContributions<Kept>(
  paths: readonly string[],
  verbosity: Verbosity,
  each: (file: ReadFile) => Kept | Promise<Kept>,
  options: ReadContributionsOptions = {}
): Promise<Kept[]> {
  const readers = options.registries?.readers ?? []
  const consultations = options.registries?.consultations
  const files = await loadInputs(paths, verbosity, {...options, readers})
  const progress = await createProgress('reading', files.length, verbosity)
  const kept = await mapConcurrently(
    files,
    (file) => {
      progress.tick()
      const path = file.path
      if (file.messages.some((message) => message.fatal !== undefined)) {
        return each({
          path,
          messages: [...file.messages],
          contribution: undefined,
          parsed: undefined
        })
      }
      const loading = [...file.messages]
      // Parsing adds its messages to the file too: take them from the result, once.
      const result = isolate(loading, () => parseContribution(file, {readers, consultations}))
      if (!result)
        return each({path, messages: loading, contribution: undefined, parsed: undefined})
      const failed = result.messages.some((message) => message.fatal === true)
      return each({
        path,
        messages: [...loading, ...result.messages],
        contribution: failed ? undefined : result.contribution,
        parsed: result.contribution
      })
    },
    options.concurrency ?? 1
  )
  progress.done()
  return kept
}
