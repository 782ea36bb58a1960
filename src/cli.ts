#!/usr/bin/env node
import {readFile, writeFile} from 'node:fs/promises'
import process from 'node:process'
import {Command, CommanderError, Option} from 'commander'
import {stringify} from 'csv-stringify/browser/esm/sync'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import packageJson from '../package.json' with {type: 'json'}
import {codePositions} from './code/code-positions.js'
import {defaultCodebook} from './code/default-codebook.js'
import {loadCodebook} from './code/load-codebook.js'
import {measureAgreement} from './code/measure-agreement.js'
import {readCodings} from './code/read-codings.js'
import {toCodings} from './code/to-codings.js'
import {
  type CodedContribution,
  compareContributions,
  type SplitBy
} from './compare/compare-contributions.js'
import {createMessage} from './messages/create-message.js'
import {escapeControls} from './messages/excerpt.js'
import {loadFiles} from './node.js'
import {type ParseResult, parseContribution} from './parse/parse-contribution.js'
import {toCsv} from './render/to-csv.js'
import {toHtml} from './render/to-html.js'
import {toJson} from './render/to-json.js'
import {toLatex} from './render/to-latex.js'
import {toMarkdown} from './render/to-markdown.js'
import type {Agreement} from './schema/agreement.js'
import type {Codebook} from './schema/codebook.js'
import type {Coding} from './schema/coding.js'
import type {Contribution} from './schema/contribution.js'
import type {Position} from './schema/position.js'
import {toJsonSchema} from './schema/to-json-schema.js'

interface Parsed {
  file: VFile
  result: ParseResult | undefined
}

class UsageError extends Error {}

const program = new Command()
  .name('wgec')
  .description('Parse, code and compare contributions to UN Internet-governance consultations')
  .version(packageJson.version)
  .showHelpAfterError()
  .exitOverride()
  .configureOutput({writeErr: (text) => process.stderr.write(text)})

program
  .command('parse')
  .description('read contributions into typed data')
  .argument('<paths...>', 'files or folders of contributions')
  .addOption(
    new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')
  )
  .option(
    '--verbose',
    'also report informational messages (dropped page furniture, unmatched sections)'
  )
  .action(async (paths: string[], options: {format: 'text' | 'json'; verbose?: boolean}) => {
    const parsed = await parseAll(paths)
    report(parsed, options.verbose === true)
    if (options.format === 'json') {
      writeJson(
        parsed.map(({file, result}) => ({
          file: file.path,
          contribution: result?.contribution ?? null,
          messages: jsonMessages(file, result)
        }))
      )
    } else {
      process.stdout.write(summarise(parsed))
    }
  })

program
  .command('code')
  .description('code the positions contributions take, with evidence')
  .argument('<paths...>', 'files or folders of contributions')
  .option('--codebook <file>', 'a codebook (JSON) to code with instead of the default one')
  .addOption(
    new Option('--format <format>', 'output format')
      .choices(['text', 'json', 'csv'])
      .default('text')
  )
  .option('--explain', 'print the evidence of each position as `file:line:column`')
  .option('--verbose', 'also report informational messages')
  .action(
    async (
      paths: string[],
      options: {
        codebook?: string
        format: 'text' | 'json' | 'csv'
        explain?: boolean
        verbose?: boolean
      }
    ) => {
      const codebook = await readCodebook(options.codebook)
      if (!codebook) return
      const parsed = await parseAll(paths)
      const coded = parsed.map(({file, result}) => ({
        file,
        result,
        positions: result
          ? isolate(file, () => codePositions(result.contribution, {codebook}))
          : undefined
      }))
      report(parsed, options.verbose === true)
      if (options.format === 'json') {
        writeJson(
          coded.map(({file, result, positions}) => ({
            file: file.path,
            contribution: result?.contribution ?? null,
            positions: positions ?? null,
            messages: jsonMessages(file, result)
          }))
        )
      } else if (options.format === 'csv') {
        const codings = coded.flatMap(({positions}) => (positions ? toCodings(positions) : []))
        process.stdout.write(codingsCsv(codings))
      } else {
        process.stdout.write(
          coded
            .map(({file, result, positions}) =>
              result && positions
                ? describePositions(
                    file.path,
                    result.contribution,
                    positions,
                    options.explain === true
                  )
                : `${escapeControls(file.path)}: not read\n`
            )
            .join('\n')
        )
      }
    }
  )

program
  .command('compare')
  .description('compare contributions: submitters by dimensions, split by group')
  .argument('<paths...>', 'files or folders of contributions')
  .addOption(
    new Option('--by <attribute>', 'attribute to split by')
      .choices(['group', 'regional-group', 'consultation'])
      .default('group')
  )
  .addOption(
    new Option('--format <format>', 'output format')
      .choices(['md', 'csv', 'json', 'latex', 'html'])
      .default('md')
  )
  .addOption(
    new Option(
      '--shape <shape>',
      'CSV shape: one row per submitter and dimension, or per submitter'
    )
      .choices(['long', 'wide'])
      .default('long')
  )
  .option('--out <file>', 'write to a file instead of stdout')
  .option('--codebook <file>', 'a codebook (JSON) to code with instead of the default one')
  .option('--seed <number>', 'seed of the bootstrap', '1')
  .option('--samples <number>', 'bootstrap replicates for the scale interval', '500')
  .option('--verbose', 'also report informational messages')
  .action(
    async (
      paths: string[],
      options: {
        by: 'group' | 'regional-group' | 'consultation'
        format: 'md' | 'csv' | 'json' | 'latex' | 'html'
        shape: 'long' | 'wide'
        out?: string
        codebook?: string
        seed: string
        samples: string
        verbose?: boolean
      }
    ) => {
      const seed = Number(options.seed)
      const samples = Number(options.samples)
      if (!Number.isInteger(seed) || !Number.isInteger(samples) || samples < 0) {
        throw new UsageError(
          `Cannot use \`${options.seed}\`/\`${options.samples}\` for \`--seed\`/\`--samples\`, expected whole numbers`
        )
      }

      if (options.out === '') {
        throw new UsageError('Cannot write to `` for `--out`, expected a file path')
      }

      const codebook = await readCodebook(options.codebook)
      if (!codebook) return
      const files = await loadFiles(paths)
      const progress = createProgress(files.length)
      const parsed: Parsed[] = []
      const coded: CodedContribution[] = []
      for (const file of files) {
        progress.tick(file.path)
        if (file.messages.some((message) => message.fatal !== undefined)) {
          parsed.push({file, result: undefined})
          continue
        }

        const result = isolate(file, () => parseContribution(file))
        if (!result) {
          parsed.push({file, result: undefined})
          continue
        }

        const contribution = slim(result.contribution)
        parsed.push({file, result: {...result, contribution}})
        if (result.messages.some((message) => message.fatal)) continue
        const positions = isolate(file, () => codePositions(result.contribution, {codebook}))
        if (positions) coded.push({contribution, positions})
      }

      progress.done()
      report(parsed, options.verbose === true)
      const comparison = compareContributions(coded, {
        by: options.by as SplitBy,
        codebook,
        seed,
        samples
      })
      const output =
        options.format === 'md'
          ? toMarkdown(comparison)
          : options.format === 'csv'
            ? toCsv(comparison, {shape: options.shape})
            : options.format === 'json'
              ? toJson(comparison)
              : options.format === 'latex'
                ? toLatex(comparison)
                : toHtml(comparison)
      if (options.out !== undefined) await writeFile(options.out, output)
      else process.stdout.write(output)
    }
  )

program
  .command('codebook')
  .description('print the default codebook (JSON), to read or to start your own from')
  .action(() => {
    writeJson(defaultCodebook)
  })

program
  .command('agree')
  .description(
    'measure agreement between two coders (percent, Cohen’s kappa, Krippendorff’s alpha)'
  )
  .argument('<a>', 'codings of the first coder: a CSV or JSON file, or a folder of them')
  .argument('<b>', 'codings of the second coder')
  .addOption(
    new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')
  )
  .action(async (a: string, b: string, options: {format: 'text' | 'json'}) => {
    const first = await readCodingFiles(a)
    const second = await readCodingFiles(b)
    const agreement = measureAgreement(first, second)
    if (options.format === 'json') writeJson(agreement)
    else process.stdout.write(describeAgreement(agreement))
  })

program
  .command('schema')
  .description('print the JSON Schema of a contribution')
  .action(() => {
    writeJson(toJsonSchema())
  })

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2
  } else if (error instanceof UsageError) {
    process.stderr.write(`wgec: ${escapeControls(error.message)}\n`)
    process.exitCode = 2
  } else {
    process.stderr.write(
      `wgec: ${escapeControls(error instanceof Error ? error.message : String(error))}\n`
    )
    process.exitCode = 1
  }
}

async function parseAll(paths: readonly string[]): Promise<Parsed[]> {
  const files = await loadFiles(paths)
  return files.map((file) => {
    if (file.messages.some((message) => message.fatal !== undefined))
      return {file, result: undefined}
    return {file, result: isolate(file, () => parseContribution(file))}
  })
}

/**
 * Run one file's step so that whatever it throws becomes that file's fatal `internal-error`
 * message: the other files are still parsed, coded and printed, and the exit code is 1.
 */
function isolate<T>(file: VFile, run: () => T): T | undefined {
  try {
    return run()
  } catch (error) {
    const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    file.messages.push(createMessage('internal-error', {cause}))
    return undefined
  }
}

/** Read a codebook file; report its problems and set exit code 1 when it is invalid. */
async function readCodebook(path: string | undefined): Promise<Codebook | undefined> {
  if (!path) return defaultCodebook
  const file = new VFile({path: escapeControls(path)})
  try {
    file.value = await readFile(path, 'utf8')
  } catch (error) {
    throw new UsageError(
      `Cannot read codebook \`${path}\`: ${error instanceof Error ? error.message : String(error)}`
    )
  }

  const {codebook, messages} = loadCodebook(String(file.value))
  file.messages = messages
  if (!codebook) {
    process.stderr.write(`${reporter([file], {color: useColor()})}\n`)
    process.exitCode = 1
  }

  return codebook
}

async function readCodingFiles(path: string): Promise<Coding[]> {
  const files = await loadFiles([path], {extensions: ['.csv', '.json'], reportSkipped: false})
  const codings: Coding[] = []
  const shown: VFile[] = []
  for (const file of files) {
    if (file.messages.some((message) => message.fatal !== undefined)) {
      const refused = new VFile({path: escapeControls(file.path)})
      refused.messages = file.messages
      shown.push(refused)
      continue
    }

    const result = readCodings(new TextDecoder().decode(file.value as Uint8Array), {
      path: file.path
    })
    // One by one: a codings file may hold hundreds of thousands of rows, too many to spread.
    for (const coding of result.codings) codings.push(coding)
    const reported = new VFile({path: escapeControls(file.path)})
    reported.messages = result.messages
    shown.push(reported)
  }

  const text = reporter(shown, {quiet: true, color: useColor()})
  if (text) process.stderr.write(`${text}\n`)
  // Errors fail the run; warnings (a skipped row) do not.
  if (shown.some((file) => file.messages.some((message) => message.fatal === true)))
    process.exitCode = 1
  return codings
}

/** Progress on stderr when it is a terminal: long runs say how far they are; pipes stay quiet. */
function createProgress(total: number) {
  const shown = process.stderr.isTTY === true && total > 1
  let count = 0
  return {
    tick(path: string) {
      count++
      if (shown)
        process.stderr.write(
          `\r\u001B[2Kwgec: ${count}/${total} ${escapeControls(path.slice(-60))}`
        )
    },
    done() {
      if (shown) process.stderr.write('\r\u001B[2K')
    }
  }
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

function messagesOf(file: VFile, result: ParseResult | undefined): VFileMessage[] {
  return [...file.messages, ...(result?.messages ?? [])]
}

/** Report diagnostics on stderr in the unified style, and set the exit code. */
function report(parsed: readonly Parsed[], verbose: boolean) {
  const files = parsed.map(({file, result}) => {
    // Paths are shown with their control characters escaped, as message texts are.
    const shown = new VFile({path: escapeControls(file.path)})
    shown.messages = messagesOf(file, result).filter(
      (message) => verbose || message.fatal !== undefined
    )
    return shown
  })
  const text = reporter(files, {quiet: true, color: useColor()})
  if (text) process.stderr.write(`${text}\n`)
  if (
    parsed.some(({file, result}) =>
      messagesOf(file, result).some((message) => message.fatal === true)
    )
  ) {
    process.exitCode = 1
  }
}

function useColor(): boolean {
  return process.stderr.isTTY === true && !process.env.NO_COLOR
}

function jsonMessages(file: VFile, result: ParseResult | undefined) {
  return messagesOf(file, result).map((message) => ({
    ruleId: message.ruleId ?? null,
    reason: message.reason,
    line: message.line ?? null,
    column: message.column ?? null,
    fatal: message.fatal ?? null
  }))
}

function writeJson(value: unknown) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}

function codingsCsv(codings: readonly Coding[]): string {
  return stringify(
    codings.map((coding) => [
      coding.contributionId,
      coding.dimension,
      coding.stance,
      coding.quote ?? '',
      coding.coder ?? ''
    ]),
    {header: true, columns: ['contribution', 'dimension', 'stance', 'quote', 'coder']}
  )
}

function summarise(parsed: readonly Parsed[]): string {
  // A file is read when it gave a contribution: not when loading or parsing it failed.
  const isRead = ({result}: Parsed) =>
    result !== undefined && !result.messages.some((message) => message.fatal === true)
  const lines = parsed.map((entry) =>
    entry.result && isRead(entry)
      ? `${escapeControls(entry.file.path)}: ${describeContribution(entry.result.contribution)}`
      : `${escapeControls(entry.file.path)}: not read`
  )
  const read = parsed.filter((entry) => isRead(entry)).length
  lines.push('', `${read} of ${parsed.length} files read`)
  return `${lines.join('\n')}\n`
}

function describeContribution(contribution: Contribution): string {
  const {submitter} = contribution
  const where = [submitter.group, submitter.country, submitter.regionalGroup]
    .filter(Boolean)
    .join(', ')
  const questions = contribution.answers
    .map((answer) => answer.questionId?.split('/')[1] ?? '?')
    .join(' ')
  return [
    contribution.id,
    `${submitter.name ?? '(no submitter)'} (${where})`,
    contribution.language,
    contribution.date ?? 'no date',
    questions ? `answers ${questions}` : 'no answers',
    `${contribution.citations.length} citations`
  ].join(' · ')
}

function describePositions(
  path: string,
  contribution: Contribution,
  positions: readonly Position[],
  explain: boolean
): string {
  const width = Math.max(...positions.map((position) => position.dimension.length))
  const shownPath = escapeControls(path)
  const lines = [`${shownPath}: ${contribution.id}`]
  for (const position of positions) {
    const counted = position.evidence.filter((evidence) => evidence.pole !== null).length
    lines.push(
      `  ${position.dimension.padEnd(width)}  ${position.stance} (score ${position.score.toFixed(2)}, ${counted} of ${position.evidence.length} quotes counted)`
    )
    if (!explain) continue
    for (const evidence of position.evidence) {
      const flags = [
        evidence.negated && 'negated',
        evidence.hedged && 'hedged',
        evidence.attributed && 'attributed'
      ].filter(Boolean)
      lines.push(
        `    ${shownPath}:${evidence.place.start.line}:${evidence.place.start.column}  ${evidence.indicator} → ${evidence.pole ?? 'nothing'} (weight ${evidence.weight}${flags.length > 0 ? `; ${flags.join(', ')}` : ''})`,
        `      “${evidence.quote}”`
      )
    }
  }

  return `${lines.join('\n')}\n`
}

function describeAgreement(agreement: Agreement): string {
  const format = (value: number | null) => (value === null ? '—' : value.toFixed(3))
  const rows = [
    ...agreement.dimensions.map((entry) => [entry.dimension, entry]),
    ['overall', agreement.overall]
  ] as Array<[string, Agreement['overall']]>
  const width = Math.max(9, ...rows.map(([name]) => name.length))
  const lines = [`${'dimension'.padEnd(width)}  units  percent  kappa   alpha`]
  for (const [name, scores] of rows) {
    lines.push(
      `${name.padEnd(width)}  ${String(scores.units).padStart(5)}  ${format(scores.percent).padStart(7)}  ${format(scores.kappa).padStart(6)}  ${format(scores.alpha).padStart(6)}`
    )
  }

  if (agreement.disagreements.length > 0) {
    lines.push('', 'Disagreements:')
    for (const entry of agreement.disagreements) {
      lines.push(`  ${entry.contributionId}  ${entry.dimension}: a=${entry.a}, b=${entry.b}`)
    }
  }

  if (agreement.unmatched.length > 0)
    lines.push('', `${agreement.unmatched.length} codings made by one coder only`)
  return `${lines.join('\n')}\n`
}
