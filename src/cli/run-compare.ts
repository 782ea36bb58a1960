import type {Command} from 'commander'
import {compareContributions} from '../compare/compare-contributions.js'
import {findOutputForPath} from '../outputs/find-output-for-path.js'
import type {Output} from '../outputs/output.js'
import type {CodedContribution} from '../schema/coded-contribution.js'
import type {Contribution} from '../schema/contribution.js'
import {checkOutput, givenInputs} from './check-output.js'
import {type CommonOptions, UsageError, verbosityOf} from './options.js'
import {codeIsolated, createProgress, report, warn} from './output.js'
import {chooseOutput} from './outputs.js'
import type {Registries} from './plugins.js'
import {readCodebook} from './read-codebook.js'
import {readCoder} from './read-coder.js'
import {readCodingFiles} from './read-coding-files.js'
import {readContributions} from './read-contributions.js'
import {reportExcluded} from './report-excluded.js'
import {writeOutput} from './write-output.js'

/** Options of `wgec compare`. */
export interface CompareCommandOptions extends CommonOptions {
  readonly coder: string
  readonly concurrency: number
  readonly by: 'group' | 'regional-group' | 'consultation'
  /** A format of the `comparison` outputs: `md`, `csv`, `json`, `latex`, `html`, or a plugin's. */
  readonly format: string
  readonly shape: 'long' | 'wide'
  readonly out?: string
  readonly codebook?: string
  readonly codings?: string
  readonly keepNonContributions?: boolean
  readonly meta?: boolean
  readonly seed: number
  readonly samples: number
  readonly title?: string
  readonly caption?: string
  readonly label?: string
}

/** `wgec compare`: the comparison, in the format asked for or told by `--out`'s extension. */
export async function runCompare(
  paths: string[],
  options: CompareCommandOptions,
  command: Command,
  registries: Registries
): Promise<void> {
  const verbosity = verbosityOf(options)
  if (options.out === '')
    throw new UsageError('Cannot write to `` for `--out`, expected a file path')
  if (options.out !== undefined) await checkOutput(options.out, givenInputs(paths, options))
  const given = (name: string) => command.getOptionValueSource(name) === 'cli'
  const format = formatFor(options, given('format'), registries.outputs, verbosity)
  const output = chooseOutput(registries.outputs, 'comparison', format)
  if ((given('caption') || given('label')) && format !== 'latex')
    warn('`--caption` and `--label` apply to `--format latex` only', verbosity)
  if (given('shape') && format !== 'csv')
    warn('`--shape` applies to `--format csv` only', verbosity)
  if (options.meta && format !== 'csv') warn('`--meta` applies to `--format csv` only', verbosity)

  const codebook = await readCodebook(options.codebook, verbosity)
  if (!codebook) return
  const coder = await readCoder(options.coder, options, registries.coders, codebook)
  const codings = options.codings
    ? await readCodingFiles([options.codings], verbosity, {codebook})
    : undefined
  const read = await readContributions(
    paths,
    verbosity,
    async (file) => {
      const {contribution} = file
      const positions = contribution
        ? await codeIsolated(file.messages, coder, contribution, codebook)
        : undefined
      return {
        path: file.path,
        messages: file.messages,
        coded:
          contribution && positions
            ? {contribution: slim(contribution), positions, coder: coder.id}
            : undefined
      }
    },
    {registries, concurrency: options.concurrency}
  )
  await report(read, verbosity)

  const coded = read.flatMap((file): CodedContribution[] => (file.coded ? [file.coded] : []))
  const progress = await createProgress('bootstrap', coded.length, verbosity)
  const comparison = compareContributions(coded, {
    by: options.by,
    codebook,
    coder,
    codings,
    keepNonContributions: options.keepNonContributions === true,
    seed: options.seed,
    samples: options.samples,
    onProgress: () => progress.tick()
  })
  progress.done()
  await reportExcluded(comparison.excluded ?? [], verbosity)
  const rendered = output.render(comparison, {
    title: options.title,
    shape: options.shape,
    meta: options.meta === true,
    caption: options.caption,
    label: options.label,
    splits: given('by')
  })
  await writeOutput(rendered, options.out)
}

/** `--format` when given (with a warning if `--out` has another format's extension), else `--out`'s. */
function formatFor(
  options: CompareCommandOptions,
  given: boolean,
  outputs: readonly Output[],
  verbosity: ReturnType<typeof verbosityOf>
): string {
  const fromPath =
    options.out === undefined
      ? undefined
      : findOutputForPath('comparison', options.out, outputs)?.format
  if (given) {
    if (fromPath !== undefined && fromPath !== options.format)
      warn(`writing ${options.format} to \`${options.out}\`, a ${fromPath} file name`, verbosity)
    return options.format
  }
  if (options.out !== undefined && fromPath === undefined)
    warn(
      `cannot tell a format from \`${options.out}\`: writing ${options.format} (use \`--format\`)`,
      verbosity
    )
  return fromPath ?? options.format
}

/** What comparison keeps of a contribution: no blocks, so that large corpora fit in memory. */
function slim(contribution: Contribution): Contribution {
  return {
    ...contribution,
    header: {...contribution.header, blocks: []},
    preamble: [],
    signature: [],
    answers: contribution.answers.map((answer) => ({...answer, blocks: []}))
  }
}
