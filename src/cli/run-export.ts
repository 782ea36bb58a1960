import process from 'node:process'
import type {VFileMessage} from 'vfile-message'
import {toQde} from '../exchange/to-qde.js'
import {toQdpx} from '../exchange/to-qdpx.js'
import {checkOutput, givenInputs} from './check-output.js'
import {type CommonOptions, verbosityOf} from './options.js'
import {report} from './output.js'
import type {Registries} from './plugins.js'
import {readCodebook} from './read-codebook.js'
import {readCoded} from './read-coded.js'
import {readCoder} from './read-coder.js'
import {readCodingFiles} from './read-coding-files.js'
import {writeOutput} from './write-output.js'

/** Options of `wgec export`. */
export interface ExportCommandOptions extends CommonOptions {
  readonly format: 'qdpx' | 'qde'
  readonly out: string
  readonly codebook?: string
  readonly codings?: string
  readonly coder: string
  readonly concurrency: number
}

/** `wgec export`: a REFI-QDA project of the contributions, their evidence and reviewed codings. */
export async function runExport(
  paths: string[],
  options: ExportCommandOptions,
  registries: Registries
): Promise<void> {
  const verbosity = verbosityOf(options)
  await checkOutput(options.out, givenInputs(paths, options))
  const codebook = await readCodebook(options.codebook, verbosity)
  if (!codebook) return
  const codings = options.codings
    ? await readCodingFiles([options.codings], verbosity, {codebook})
    : []
  const coder = await readCoder(options.coder, options, registries.coders, codebook)
  const kept = await readCoded(paths, codebook, verbosity, registries, coder, options.concurrency)
  // SOURCE_DATE_EPOCH (seconds) dates the project, as reproducible builds do.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH)
  const date =
    Number.isInteger(epoch) && epoch >= 315_532_800
      ? new Date(epoch * 1000).toISOString().replace(/\.\d+Z$/, 'Z')
      : undefined
  const settings = {codebook, codings, date, coder: coder.id}
  const messages: VFileMessage[] = []
  let written: string | Uint8Array
  if (options.format === 'qde') {
    const project = toQde(kept, settings)
    messages.push(...project.messages)
    written = project.qde
  } else {
    written = toQdpx(kept, {...settings, report: (message) => messages.push(message)})
  }
  await writeOutput(written, options.out)
  await report(byFile(messages, options.out), verbosity)
}

/** The messages by the file they name (a contribution's), else by the project file written. */
function byFile(
  messages: readonly VFileMessage[],
  out: string
): Array<{path: string; messages: VFileMessage[]}> {
  const files = new Map<string, VFileMessage[]>()
  for (const message of messages) {
    const path = message.file || out
    files.set(path, [...(files.get(path) ?? []), message])
  }
  return [...files].map(([path, list]) => ({path, messages: list}))
}
