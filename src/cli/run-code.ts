import process from 'node:process'
import {toEvidenceRows} from '../code/validation/to-evidence-rows.js'
import {toCodings} from '../codings/to-codings.js'
import {escapeControls} from '../messages/excerpt.js'
import {toCodingsCsv} from '../render/to-codings-csv.js'
import {toEvidenceCsv} from '../render/to-evidence-csv.js'
import {toPositionsText} from '../render/to-positions-text.js'
import {type CommonOptions, verbosityOf} from './options.js'
import {isolateAsync, jsonMessages, report, writeJson} from './output.js'
import type {Registries} from './plugins.js'
import {readCodebook} from './read-codebook.js'
import {readCoder} from './read-coder.js'
import {readContributions} from './read-contributions.js'

/** Options of `wgec code`. */
export interface CodeCommandOptions extends CommonOptions {
  readonly coder: string
  readonly concurrency: number
  readonly codebook?: string
  readonly format: 'text' | 'json' | 'csv'
  readonly level?: 'cell' | 'evidence'
  readonly explain?: boolean
}

/** `wgec code`: the positions of each contribution, as text, JSON or codings CSV. */
export async function runCode(
  paths: string[],
  options: CodeCommandOptions,
  registries: Registries
): Promise<void> {
  const verbosity = verbosityOf(options)
  const codebook = await readCodebook(options.codebook, verbosity)
  if (!codebook) return
  const coder = await readCoder(options.coder, options, registries.coders, codebook)
  const coded = await readContributions(
    paths,
    verbosity,
    async (file) => {
      const {parsed} = file
      return {
        ...file,
        positions: parsed
          ? await isolateAsync(file.messages, () => coder.code(parsed, codebook))
          : undefined
      }
    },
    {registries, concurrency: options.concurrency}
  )
  await report(coded, verbosity)
  const evidence = () =>
    toEvidenceRows(
      coded.flatMap((file) =>
        file.contribution && file.positions
          ? [{contribution: file.contribution, positions: file.positions, coder: coder.id}]
          : []
      )
    )
  if (options.level === 'evidence' && options.format === 'json') {
    writeJson(evidence())
  } else if (options.level === 'evidence' && options.format === 'csv') {
    process.stdout.write(toEvidenceCsv(evidence()))
  } else if (options.format === 'json') {
    writeJson(
      coded.map((file) => ({
        file: file.path,
        contribution: file.parsed ?? null,
        positions: file.positions ?? null,
        messages: jsonMessages(file.messages)
      }))
    )
  } else if (options.format === 'csv') {
    process.stdout.write(
      toCodingsCsv(coded.flatMap((file) => (file.positions ? toCodings(file.positions) : [])))
    )
  } else {
    process.stdout.write(
      toPositionsText(
        // Paths are shown with their control characters escaped.
        coded.map((file) => ({
          ...file,
          path: escapeControls(file.path),
          contribution: file.parsed
        })),
        {explain: options.explain}
      )
    )
  }
}
