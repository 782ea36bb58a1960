import {toEvidenceRows} from '../code/validation/to-evidence-rows.js'
import {findOutput} from '../outputs/find-output.js'
import type {Output} from '../outputs/output.js'
import {type CommonOptions, verbosityOf} from './options.js'
import {codeIsolated, report} from './output.js'
import {chooseOutput} from './outputs.js'
import type {Registries} from './plugins.js'
import {readCodebook} from './read-codebook.js'
import {readCoder} from './read-coder.js'
import {readContributions} from './read-contributions.js'
import {writeOutput} from './write-output.js'

/** Options of `wgec code`. */
export interface CodeCommandOptions extends CommonOptions {
  readonly coder: string
  readonly concurrency: number
  readonly codebook?: string
  /** A format of the `codings` or `evidence-rows` outputs: `text`, `json`, `csv`, or a plugin's. */
  readonly format: string
  readonly level?: 'cell' | 'evidence'
  readonly explain?: boolean
}

/**
 * `wgec code`: the positions of each contribution, as text, JSON or codings CSV; with
 * `--level evidence`, the evidence records in a format that has them (JSON, CSV), else the cells.
 */
export async function runCode(
  paths: string[],
  options: CodeCommandOptions,
  registries: Registries
): Promise<void> {
  const verbosity = verbosityOf(options)
  const output = chooseCodeOutput(options, registries.outputs)
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
        positions: parsed ? await codeIsolated(file.messages, coder, parsed, codebook) : undefined
      }
    },
    {registries, concurrency: options.concurrency}
  )
  await report(coded, verbosity)
  if (output.kind === 'evidence-rows') {
    const rows = toEvidenceRows(
      coded.flatMap((file) =>
        file.contribution && file.positions
          ? [{contribution: file.contribution, positions: file.positions, coder: coder.id}]
          : []
      )
    )
    await writeOutput(output.render(rows, {}))
  } else {
    const files = coded.map((file) => ({
      path: file.path,
      contribution: file.parsed,
      positions: file.positions,
      messages: file.messages
    }))
    await writeOutput(output.render(files, {explain: options.explain}))
  }
}

/**
 * The output `--format` and `--level` name: at `--level evidence`, the evidence records in a
 * format that has them; else (and in text, which has none) the cells.
 */
function chooseCodeOutput(
  options: CodeCommandOptions,
  outputs: readonly Output[]
): Output<'codings' | 'evidence-rows'> {
  const evidence =
    options.level === 'evidence' ? findOutput('evidence-rows', options.format, outputs) : undefined
  return (
    evidence ??
    chooseOutput(
      outputs,
      'codings',
      options.format,
      options.level === 'evidence' ? '' : ' at `--level cell`'
    )
  )
}
