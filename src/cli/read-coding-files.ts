import process from 'node:process'
import {readCodings} from '../codings/read-codings.js'
import {escapeLine} from '../messages/excerpt.js'
import type {Codebook} from '../schema/codebook.js'
import type {Coding} from '../schema/coding.js'
import {loadInputs} from './inputs.js'
import {report, type Verbosity, warn} from './output.js'

/** Configuration for `readCodingFiles`. */
export interface ReadCodingFilesOptions {
  /** Codebook to check dimensions and stances against (`--codings` of `compare`, `export`). */
  readonly codebook?: Codebook | undefined
  /**
   * Name of the coder the files hold (`agree`, `validate`): files that are no codings are then
   * skipped with a warning, and reading none is an error.
   */
  readonly coder?: string | undefined
}

/**
 * Read codings from files, folders or globs: codings CSV or JSON, a filled review sheet, or a
 * REFI-QDA `.qdpx` or `.qde`; their problems are reported.
 */
export async function readCodingFiles(
  paths: readonly string[],
  verbosity: Verbosity,
  options: ReadCodingFilesOptions = {}
): Promise<Coding[]> {
  const files = await loadInputs(paths, verbosity, {
    extensions: ['.csv', '.json', '.qde', '.qdpx'],
    reportSkipped: false
  })
  const codings: Coding[] = []
  const shown: Array<{path: string; messages: ReturnType<typeof readCodings>['messages']}> = []
  for (const file of files) {
    if (file.messages.some((message) => message.fatal !== undefined)) {
      shown.push({path: file.path, messages: [...file.messages]})
      continue
    }
    // Bytes: a .qdpx is a zip archive; readCodings decodes text itself.
    const result = readCodings(file.value as string | Uint8Array, {
      path: file.path,
      codebook: options.codebook
    })
    if (options.coder !== undefined && isNoCodings(result)) {
      const shownPath = escapeLine(file.path)
      warn(`skipped \`${shownPath}\`: not codings (${result.messages[0]?.reason ?? ''})`, verbosity)
      continue
    }
    // One by one: a codings file may hold hundreds of thousands of rows, too many to spread.
    for (const coding of result.codings) codings.push(coding)
    shown.push({path: file.path, messages: result.messages})
  }
  await report(shown, verbosity)
  if (options.coder !== undefined && codings.length === 0) {
    const shownPaths = paths.map((path) => escapeLine(path)).join(', ')
    process.stderr.write(`wgec: no codings read for coder ${options.coder} (${shownPaths})\n`)
    process.exitCode = 1
  }
  return codings
}

// A codings file that does not parse is an error, reported with its place; a file that is
// something else (a parse gold, a table without the columns) is no codings.
function isNoCodings(result: ReturnType<typeof readCodings>): boolean {
  const broken = result.messages.some((message) =>
    String((message as {args?: {cause?: unknown}}).args?.cause ?? '').startsWith('invalid JSON')
  )
  return !broken && result.codings.length === 0 && result.messages.some((message) => message.fatal)
}
