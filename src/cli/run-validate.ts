import process from 'node:process'
import {validateCoder} from '../code/validation/validate-coder.js'
import {createMessage} from '../messages/create-message.js'
import {escapeControls, escapeLine} from '../messages/excerpt.js'
import {type CommonOptions, verbosityOf} from './options.js'
import {coderContext, report} from './output.js'
import {chooseOutput} from './outputs.js'
import type {Registries} from './plugins.js'
import {readCodebook} from './read-codebook.js'
import {readCoder} from './read-coder.js'
import {readCodingFiles} from './read-coding-files.js'
import {readContributions} from './read-contributions.js'
import {writeOutput} from './write-output.js'

/** Options of `wgec validate`. */
export interface ValidateCommandOptions extends CommonOptions {
  readonly codings: string
  readonly part?: string
  /** A format of the `validation` outputs: `text`, `json`, `md`, or a plugin's. */
  readonly format: string
  readonly codebook?: string
  readonly coder: string
  readonly concurrency: number
}

/** `wgec validate`: the coder against hand codings, as text, JSON, Markdown or a plugin's format. */
export async function runValidate(
  paths: string[],
  options: ValidateCommandOptions,
  registries: Registries
): Promise<void> {
  const verbosity = verbosityOf(options)
  const output = chooseOutput(registries.outputs, 'validation', options.format)
  const codebook = await readCodebook(options.codebook, verbosity)
  if (!codebook) return
  const coder = await readCoder(options.coder, options, registries.coders, codebook)
  const codings = await readCodingFiles([options.codings], verbosity, {
    coder: 'of the hand codings'
  })
  const files = await readContributions(paths, verbosity, (file) => file, {
    registries
  })
  const contributions = files.flatMap((file) => (file.parsed ? [file.parsed] : []))
  // What the coder reports on the way (a quote not found…) goes to its file's messages.
  const messagesOf = new Map(
    files.flatMap((file) => (file.parsed ? [[file.parsed, file.messages]] : []))
  )
  const validation = await validateCoder(contributions, codings, {
    coder: {
      ...coder,
      code: (contribution, codebook_) =>
        coder.code(contribution, codebook_, coderContext(messagesOf.get(contribution) ?? []))
    },
    codebook,
    part: options.part,
    concurrency: options.concurrency
  })
  // Only the documents validated: a corpus folder holds many more than the coded sample.
  const uncoded = new Set(validation.uncodedDocuments)
  await report(
    files.filter((file) => !uncoded.has(file.path)),
    verbosity
  )
  for (const {document, cause} of validation.failedDocuments ?? []) {
    // Left out of every figure: the report covers the others, and the run exits 1.
    const message = createMessage('coder-failed', {coder: coder.id, cause})
    process.stderr.write(
      `wgec: ${escapeLine(document)}: ${escapeControls(message.reason)} (coder-failed); left out of the report\n`
    )
    if (!process.exitCode) process.exitCode = 1
  }
  if (validation.documents === 0 && (validation.failedDocuments ?? []).length === 0) {
    const parts = [...new Set(codings.flatMap((coding) => coding.part ?? []))].sort()
    const known = parts.length === 0 ? '' : ` (parts: ${parts.join(', ')})`
    const part = options.part === undefined ? '' : ` in part \`${options.part}\`${known}`
    process.stderr.write(`wgec: no document given has codings${part}\n`)
    if (!process.exitCode) process.exitCode = 1
  }
  await writeOutput(output.render(validation, {}))
}
