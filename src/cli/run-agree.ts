import process from 'node:process'
import {measureAgreement} from '../code/measure-agreement.js'
import {readCodings} from '../code/read-codings.js'
import {toAgreementText} from '../render/to-agreement-text.js'
import type {Coding} from '../schema/coding.js'
import {loadInputs} from './inputs.js'
import {type CommonOptions, UsageError, verbosityOf} from './options.js'
import {report, type Verbosity, warn, writeJson} from './output.js'

/** Options of `wgec agree`. */
export interface AgreeCommandOptions extends CommonOptions {
  readonly a?: string[]
  readonly b?: string[]
  readonly format: 'text' | 'json'
}

/**
 * `wgec agree`: agreement between two coders, each given as files, folders or globs of codings
 * (CSV, JSON, a filled review sheet, or a REFI-QDA `.qdpx` or `.qde`).
 */
export async function runAgree(positional: string[], options: AgreeCommandOptions): Promise<void> {
  const verbosity = verbosityOf(options)
  const a = options.a ?? (positional[0] === undefined ? [] : [positional[0]])
  const b = options.b ?? (positional[1] === undefined ? [] : [positional[1]])
  if (a.length === 0 || b.length === 0 || positional.length > (options.a || options.b ? 0 : 2)) {
    throw new UsageError(
      'Cannot tell the two coders apart: give `<a> <b>`, or `--a <paths...> --b <paths...>`'
    )
  }
  const first = await readCoder('a', a, verbosity)
  const second = await readCoder('b', b, verbosity)
  if (first.length === 0 || second.length === 0) return
  const agreement = measureAgreement(first, second)
  if (options.format === 'json') writeJson(agreement)
  else process.stdout.write(toAgreementText(agreement))
}

/** Read one coder's codings (also for `wgec validate`); files that are no codings are skipped with a warning. */
export async function readCoder(
  name: string,
  paths: readonly string[],
  verbosity: Verbosity
): Promise<Coding[]> {
  const files = await loadInputs(paths, verbosity, {
    extensions: ['.csv', '.json', '.qde', '.qdpx'],
    reportSkipped: false
  })
  const codings: Coding[] = []
  const shown: Array<{path: string; messages: ReturnType<typeof readCodings>['messages']}> = []
  for (const file of files) {
    if (file.messages.some((message) => message.fatal !== undefined)) {
      shown.push({path: file.path, messages: file.messages})
      continue
    }
    // Bytes: a .qdpx is a zip archive; readCodings decodes text itself.
    const result = readCodings(file.value as string | Uint8Array, {path: file.path})
    // A codings file that does not parse is an error, reported with its place; a file that is
    // something else (a parse gold, a table without the columns) is skipped.
    const broken = result.messages.some((message) =>
      String((message as {args?: {cause?: unknown}}).args?.cause ?? '').startsWith('invalid JSON')
    )
    if (
      !broken &&
      result.codings.length === 0 &&
      result.messages.some((message) => message.fatal)
    ) {
      warn(`skipped \`${file.path}\`: not codings (${result.messages[0]?.reason ?? ''})`, verbosity)
      continue
    }
    // One by one: a codings file may hold hundreds of thousands of rows, too many to spread.
    for (const coding of result.codings) codings.push(coding)
    shown.push({path: file.path, messages: result.messages})
  }
  await report(shown, verbosity)
  if (codings.length === 0) {
    process.stderr.write(`wgec: no codings read for coder ${name} (${paths.join(', ')})\n`)
    process.exitCode = 1
  }
  return codings
}
