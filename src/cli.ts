#!/usr/bin/env node
import process from 'node:process'
import {Command, CommanderError, Option} from 'commander'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import packageJson from '../package.json' with {type: 'json'}
import {loadFiles} from './node.js'
import {type ParseResult, parseContribution} from './parse/parse-contribution.js'
import type {Contribution} from './schema/contribution.js'
import {toJsonSchema} from './schema/to-json-schema.js'

interface Parsed {
  file: VFile
  result: ParseResult | undefined
}

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
          messages: messagesOf(file, result).map((message) => toJsonMessage(message))
        }))
      )
    } else {
      process.stdout.write(summarise(parsed))
    }
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
  } else {
    process.stderr.write(`wgec: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  }
}

async function parseAll(paths: readonly string[]): Promise<Parsed[]> {
  const files = await loadFiles(paths)
  return files.map((file) => {
    if (file.messages.some((message) => message.fatal)) return {file, result: undefined}
    return {file, result: parseContribution(file)}
  })
}

function messagesOf(file: VFile, result: ParseResult | undefined): VFileMessage[] {
  return [...file.messages, ...(result?.messages ?? [])]
}

/** Report diagnostics on stderr in the unified style, and set the exit code. */
function report(parsed: readonly Parsed[], verbose: boolean) {
  const files = parsed.map(({file, result}) => {
    const shown = new VFile({path: file.path})
    shown.messages = messagesOf(file, result).filter(
      (message) => verbose || message.fatal !== undefined
    )
    return shown
  })
  const text = reporter(files, {
    quiet: true,
    color: process.stderr.isTTY === true && !process.env.NO_COLOR
  })
  if (text) process.stderr.write(`${text}\n`)
  if (
    parsed.some(({file, result}) =>
      messagesOf(file, result).some((message) => message.fatal === true)
    )
  ) {
    process.exitCode = 1
  }
}

function toJsonMessage(message: VFileMessage) {
  return {
    ruleId: message.ruleId ?? null,
    reason: message.reason,
    line: message.line ?? null,
    column: message.column ?? null,
    fatal: message.fatal ?? null
  }
}

function writeJson(value: unknown) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}

function summarise(parsed: readonly Parsed[]): string {
  const lines = parsed.map(({file, result}) => {
    if (!result) return `${file.path}: not read`
    return `${file.path}: ${describeContribution(result.contribution)}`
  })
  const read = parsed.filter(({result}) => result).length
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
