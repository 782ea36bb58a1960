import process from 'node:process'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {checkPositions} from '../code/coders/check-positions.js'
import type {CodeContext, Coder} from '../code/coders/coder.js'
import {capMessages, defaultMaxMessagesPerRule} from '../messages/cap-messages.js'
import {createMessage} from '../messages/create-message.js'
import {escapeControls, escapeLine} from '../messages/excerpt.js'
import type {Codebook} from '../schema/codebook.js'
import type {Contribution} from '../schema/contribution.js'
import type {Position} from '../schema/position.js'

/** How much the CLI says on stderr: errors only, errors and warnings, or everything. */
export type Verbosity = 'quiet' | 'normal' | 'verbose'

/**
 * End quietly when the reader of stdout (or stderr) goes away, as `head` does: no EPIPE stack.
 * Any other error of stdout (a full disk) ends the run with one line, `wgec: cannot write
 * output: …`, and exit code 1.
 */
export function endOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE')
        process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0)
      if (stream === process.stdout)
        process.stderr.write(`wgec: cannot write output: ${escapeControls(error.message)}\n`)
      process.exit(1)
    })
  }
}

/** Whether to colour stderr: `FORCE_COLOR` (not `0`) forces it, `NO_COLOR` turns it off. */
export function useColor(): boolean {
  const force = process.env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (process.env.NO_COLOR) return false
  return process.stderr.isTTY === true
}

/** Write a warning of the CLI itself (not about a file's content) on stderr. */
export function warn(text: string, verbosity: Verbosity): void {
  if (verbosity !== 'quiet') process.stderr.write(`wgec: warning: ${escapeControls(text)}\n`)
}

/**
 * Run one file's step so that whatever it throws becomes that file's fatal `internal-error`
 * message: the other files are still parsed, coded and printed, and the exit code is 1.
 */
export function isolate<T>(messages: VFileMessage[], run: () => T): T | undefined {
  try {
    return run()
  } catch (error) {
    messages.push(internalError(error))
    return undefined
  }
}

/**
 * Code one file's contribution so that a coder that throws, rejects (a coder behind an endpoint)
 * or gives no positions of the codebook's dimensions gives that file a fatal `coder-failed`
 * message: the other files are still coded and printed, and the exit code is 1.
 */
export async function codeIsolated(
  messages: VFileMessage[],
  coder: Coder,
  contribution: Contribution,
  codebook: Codebook
): Promise<Position[] | undefined> {
  try {
    return checkPositions(
      await coder.code(contribution, codebook, coderContext(messages)),
      coder.id,
      codebook
    )
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error)
    messages.push(createMessage('coder-failed', {coder: coder.id, cause}))
    return undefined
  }
}

/**
 * What a coder is given beside a file's contribution in the CLI: the signal Ctrl-C aborts, and the
 * file's messages to report to.
 */
export function coderContext(messages: VFileMessage[]): CodeContext {
  return {
    // Ctrl-C is taken over only when a coder asks for the signal (one that sends requests).
    get signal() {
      return interruption()
    },
    report: (message: VFileMessage) => messages.push(message)
  }
}

let interrupted: AbortController | undefined

/**
 * A signal that is aborted on the first Ctrl-C (SIGINT) or SIGTERM, so that a coder behind an
 * endpoint stops its requests; what is recorded stays, and a second run resumes from it.
 */
function interruption(): AbortSignal {
  if (!interrupted) {
    const controller = new AbortController()
    interrupted = controller
    const stop = (signal: NodeJS.Signals) => {
      process.stderr.write(`wgec: ${signal}: stopping; what is recorded is kept\n`)
      controller.abort(new Error(`stopped by ${signal}`))
      process.exitCode = 130
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  }
  return interrupted.signal
}

function internalError(error: unknown): VFileMessage {
  const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return createMessage('internal-error', {cause})
}

/**
 * Report files' messages on stderr in the unified style (errors; warnings unless quiet;
 * information when verbose), and set exit code 1 when any is an error. At most
 * `maxMessagesPerRule` (100) messages of one rule are shown for a file, the rest counted in one
 * `more-messages`: `vfile-reporter` spreads a file's lines into one call (`push(...rows)`), which
 * overflows the stack past about 100,000 messages, and each line costs its width measure.
 */
export async function report(
  entries: ReadonlyArray<{readonly path: string; readonly messages: readonly VFileMessage[]}>,
  verbosity: Verbosity
): Promise<void> {
  const files = entries.map(({path, messages}) => {
    // Paths are shown on one line with their control characters escaped, as message texts are.
    const shown = new VFile({path: escapeLine(path)})
    shown.messages = capMessages(
      messages.filter((message) =>
        verbosity === 'verbose'
          ? true
          : verbosity === 'quiet'
            ? message.fatal === true
            : message.fatal !== undefined
      ),
      defaultMaxMessagesPerRule
    )
    return shown
  })
  if (files.some((file) => file.messages.length > 0)) {
    // The reporter (and its terminal-width dependencies) is loaded only when there is a message.
    const {reporter} = await import('vfile-reporter')
    const text = reporter(files, {quiet: true, color: useColor()})
    if (text) process.stderr.write(`${text}\n`)
  }
  // An exit code set before (130 after Ctrl-C) is kept.
  if (
    entries.some(({messages}) => messages.some((message) => message.fatal === true)) &&
    !process.exitCode
  )
    process.exitCode = 1
}

/** A progress bar on stderr for long runs, shown only on a terminal and never when quiet. */
export interface Progress {
  tick(): void
  done(): void
}

/**
 * Create a progress bar (cli-progress) for `total` steps, or one that shows nothing when stderr
 * is not a terminal, the run is quiet or short.
 */
export async function createProgress(
  label: string,
  total: number,
  verbosity: Verbosity
): Promise<Progress> {
  if (process.stderr.isTTY !== true || verbosity === 'quiet' || total < 20) {
    return {tick() {}, done() {}}
  }
  const {default: progress} = await import('cli-progress')
  const bar = new progress.SingleBar(
    {
      stream: process.stderr,
      format: `wgec: ${label} {bar} {value}/{total}`,
      clearOnComplete: true,
      hideCursor: true
    },
    progress.Presets.shades_classic
  )
  bar.start(total, 0)
  return {
    tick: () => bar.increment(),
    done: () => bar.stop()
  }
}
