#!/usr/bin/env node
import process from 'node:process'
import {Command, CommanderError, Option} from 'commander'
import packageJson from '../package.json' with {type: 'json'}
import {decimalNumber, maxSamples, UsageError, wholeNumber} from './cli/options.js'
import {endOnClosedPipe} from './cli/output.js'
import {findCommandName, listFormats} from './cli/outputs.js'
import {findOptionValues, findPluginPaths, loadRegistries, type Registries} from './cli/plugins.js'
import {escapeControls} from './messages/excerpt.js'

// argv -> core -> print. Each command's module is imported when it runs, so that a command
// loads only what it needs (see docs/performance.md, cold start).

endOnClosedPipe()

/**
 * The registries, with the `--plugin` modules' entries and the `--consultations` files' profiles:
 * read before the commands are made.
 */
let registries: Registries
try {
  const argv = process.argv.slice(2)
  registries = await loadRegistries(
    findPluginPaths(argv),
    findOptionValues(argv, '--consultations'),
    findCommandName(argv)
  )
} catch (error) {
  process.stderr.write(
    `wgec: ${escapeControls(error instanceof Error ? error.message : String(error))}\n`
  )
  process.exit(2)
}

const program = new Command()
  .name('wgec')
  .description('Parse, code and compare contributions to UN Internet-governance consultations')
  .version(packageJson.version)
  .showHelpAfterError()
  .exitOverride()
  .configureOutput({writeErr: (text) => process.stderr.write(text)})

/** Options every command that reads files has: how much to say on stderr. */
function withVerbosity(command: Command): Command {
  return command
    .addOption(new Option('--verbose', 'also report informational messages').conflicts('quiet'))
    .addOption(new Option('-q, --quiet', 'report errors only: no warnings, no progress'))
}

const paths = ['<paths...>', 'files, folders or globs of contributions; `-` reads stdin'] as const

/**
 * `--plugin` and `--consultations`, on every command that reads contributions: modules that add
 * readers, coders or outputs, and files of consultation profiles.
 */
function withPlugins(command: Command): Command {
  return command
    .option(
      '--plugin <module>',
      'an ES module whose `readers`, `coders` and `outputs` join the built-in ones (repeatable)',
      (value: string, previous: string[] = []) => [...previous, value]
    )
    .option(
      '--consultations <file>',
      'consultation profiles (JSON: one or an array) that join the built-in ones, replacing those of the same id (repeatable)',
      (value: string, previous: string[] = []) => [...previous, value]
    )
}

/**
 * `--coder` and the options of every kind of coder (`--model` for `trained`), and `--concurrency`:
 * on every command that codes.
 */
function withCoder(command: Command): Command {
  command
    .addOption(
      new Option(
        '--coder <id>',
        `the coder: ${registries.coders.map((factory) => `\`${factory.id}\` (${factory.description})`).join('; ')}`
      ).default('rules')
    )
    .addOption(
      new Option(
        '--concurrency <number>',
        'contributions coded at once (for a coder that answers later)'
      )
        .argParser(wholeNumber(1, 256))
        .default(4)
    )
  for (const factory of registries.coders) {
    for (const option of factory.options ?? []) {
      command.option(
        `--${option.name} <${option.kind === 'json-file' ? 'file' : 'value'}>`,
        `\`--coder ${factory.id}\`: ${option.description}`
      )
    }
  }
  return command
}

withPlugins(
  withVerbosity(
    program
      .command('parse')
      .description('read contributions into typed data')
      .argument(...paths)
      .addOption(
        new Option('--format <format>', 'output format')
          .choices(listFormats(registries.outputs, 'contributions'))
          .default('text')
      )
  )
).action(async (inputs, options) => {
  await (await import('./cli/run-parse.js')).runParse(inputs, options, registries)
})

withCoder(
  withPlugins(
    withVerbosity(
      program
        .command('code')
        .description('code the positions contributions take, with evidence')
        .argument(...paths)
        .option('--codebook <file>', 'a codebook (JSON) to code with instead of the default one')
        .addOption(
          new Option('--format <format>', 'output format')
            .choices(listFormats(registries.outputs, 'codings', 'evidence-rows'))
            .default('text')
        )
        .addOption(
          new Option(
            '--level <level>',
            'what a row is: a cell (contribution and dimension) or an evidence item'
          )
            .choices(['cell', 'evidence'])
            .default('cell')
        )
        .option('--explain', 'print the evidence of each position as `file:line:column`')
    )
  )
).action(async (inputs, options) => {
  await (await import('./cli/run-code.js')).runCode(inputs, options, registries)
})

withCoder(
  withPlugins(
    withVerbosity(
      program
        .command('compare')
        .description('compare contributions: submitters by dimensions, split by group')
        .argument(...paths)
        .addOption(
          new Option('--by <attribute>', 'attribute to split by (adds the split table to LaTeX)')
            .choices(['group', 'regional-group', 'consultation'])
            .default('group')
        )
        .addOption(
          new Option(
            '--format <format>',
            'output format (default: from the extension of --out, else md)'
          )
            .choices(listFormats(registries.outputs, 'comparison'))
            .default('md')
        )
        .addOption(
          new Option(
            '--shape <shape>',
            'CSV shape: a row per submitter and dimension, or per submitter'
          )
            .choices(['long', 'wide'])
            .default('long')
        )
        .option('--out <file>', 'write to a file instead of stdout')
        .option('--codebook <file>', 'a codebook (JSON) to code with instead of the default one')
        .option(
          '--codings <file>',
          'reviewed codings (a filled review sheet, codings CSV or JSON, or a REFI-QDA .qdpx/.qde) that replace the coder’s stances'
        )
        .option(
          '--keep-non-contributions',
          'keep documents that are no contribution (no question, no submitter, no stance)'
        )
        .option('--meta', 'CSV: start with `# ` comment lines that say how the table was made')
        .option('--title <text>', 'title of the Markdown or HTML report')
        .option('--caption <text>', 'caption of the LaTeX table')
        .option('--label <key>', 'label of the LaTeX table, for \\ref')
        .addOption(
          new Option('--seed <number>', 'seed of the bootstrap')
            .argParser(wholeNumber(0, 2 ** 32 - 1))
            .default(1)
        )
        .addOption(
          new Option(
            '--samples <number>',
            `bootstrap replicates for the scale interval (1 to ${maxSamples})`
          )
            .argParser(wholeNumber(1, maxSamples))
            .default(500)
        )
    )
  )
).action(async (inputs, options, command) => {
  await (await import('./cli/run-compare.js')).runCompare(inputs, options, command, registries)
})

withCoder(
  withPlugins(
    withVerbosity(
      program
        .command('review')
        .description('write a review sheet (CSV) to correct the coder’s stances in a spreadsheet')
        .argument(...paths)
        .option('--out <file>', 'write to a file instead of stdout')
        .option('--codebook <file>', 'a codebook (JSON) to code with instead of the default one')
    )
  )
).action(async (inputs, options) => {
  await (await import('./cli/run-review.js')).runReview(inputs, options, registries)
})

withCoder(
  withPlugins(
    withVerbosity(
      program
        .command('export')
        .description('write a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA and QualCoder')
        .argument(...paths)
        .addOption(
          new Option('--format <format>', 'project format').choices(['qdpx', 'qde']).default('qdpx')
        )
        .requiredOption('--out <file>', 'the project file to write')
        .option('--codebook <file>', 'a codebook (JSON) to code with instead of the default one')
        .option('--codings <file>', 'reviewed codings to write as the cases’ stances')
    )
  )
).action(async (inputs, options) => {
  await (await import('./cli/run-export.js')).runExport(inputs, options, registries)
})

withPlugins(
  withVerbosity(
    program
      .command('agree')
      .description(
        'measure agreement between two coders (percent, Cohen’s kappa, Krippendorff’s alpha)'
      )
      .argument(
        '[coders...]',
        'codings of coder a, then of coder b: CSV, JSON, .qdpx or .qde files, or folders'
      )
      .option('--a <paths...>', 'codings of the first coder: files, folders or globs')
      .option('--b <paths...>', 'codings of the second coder')
      .addOption(
        new Option('--format <format>', 'output format')
          .choices(listFormats(registries.outputs, 'agreement'))
          .default('text')
      )
  )
).action(async (coders, options) => {
  await (await import('./cli/run-agree.js')).runAgree(coders, options, registries)
})

withCoder(
  withPlugins(
    withVerbosity(
      program
        .command('validate')
        .description('validate the coder against hand codings (agreement, kappa, alpha, confusion)')
        .argument(...paths)
        .requiredOption('--codings <file|dir>', 'the hand codings: a CSV or JSON file, or a folder')
        .option('--part <part>', 'validate on the codings of this part only (`tuning`, `test`)')
        .addOption(
          new Option('--format <format>', 'output format')
            .choices(listFormats(registries.outputs, 'validation'))
            .default('text')
        )
        .option('--codebook <file>', 'a codebook (JSON) to code with instead of the default one')
    )
  )
).action(async (inputs, options) => {
  await (await import('./cli/run-validate.js')).runValidate(inputs, options, registries)
})

withPlugins(
  withVerbosity(
    program
      .command('train')
      .description('train a coder on hand codings; write its model (JSON) for `--coder`')
      .argument(...paths)
      .requiredOption('--codings <file|dir>', 'the hand codings: a CSV or JSON file, or a folder')
      .option('--part <part>', 'train on the codings of this part only (`tuning`)')
      .option('--out <file>', 'write the model to a file instead of stdout')
      .option('--codebook <file>', 'a codebook (JSON) whose dimensions the codings use')
      .option('--id <id>', 'the coder’s id, as reports print it (default: `trained`)')
      .addOption(
        new Option(
          '--features <number>',
          'words and word pairs read per dimension (default: 100)'
        ).argParser(wholeNumber(1, 100_000))
      )
      .addOption(
        new Option('--penalty <number>', 'L2 penalty on the weights (default: 0.01)').argParser(
          decimalNumber(0, 100)
        )
      )
      .addOption(
        new Option(
          '--threshold <number>',
          'least probability of a pole or mixed to state it (default: 0.7)'
        ).argParser(decimalNumber(0, 1))
      )
  )
).action(async (inputs, options) => {
  await (await import('./cli/run-train.js')).runTrain(inputs, options, registries)
})

withPlugins(
  withVerbosity(
    program
      .command('requests')
      .description(
        "write the `llm` coder's requests as a batch file (OpenAI Batch API, vLLM run-batch), to answer offline and `--replay`"
      )
      .argument(...paths)
      .requiredOption('--llm-model <name>', 'the model’s name, as the batch engine knows it')
      .addOption(
        new Option('--runs <number>', 'runs per document, with seeds 1 to N')
          .argParser(wholeNumber(1, 100))
          .default(1)
      )
      .addOption(
        new Option('--temperature <number>', 'sampling temperature')
          .argParser(decimalNumber(0, 2))
          .default(0)
      )
      .addOption(
        new Option(
          '--max-input-tokens <number>',
          'largest estimated input before a document is cut by answers'
        )
          .argParser(wholeNumber(256, 10_000_000))
          .default(24_000)
      )
      .addOption(
        new Option('--response-format <format>', 'how the JSON answer is asked for')
          .choices(['json-schema', 'json-object', 'text'])
          .default('json-schema')
      )
      .option(
        '--codebook <file>',
        'a codebook (JSON) with `instructions` instead of the default one'
      )
      .option('--url <path>', 'the `url` of each line', '/v1/chat/completions')
      .option('--out <file>', 'write the requests to a file instead of stdout')
  )
).action(async (inputs, options) => {
  await (await import('./cli/run-requests.js')).runRequests(inputs, options, registries)
})

program
  .command('codebook')
  .description('print the default codebook (JSON), to read or to start your own from')
  .action(async () => {
    const {defaultCodebook} = await import('./codebooks/default-codebook.js')
    await (await import('./cli/write-output.js')).writeJson(defaultCodebook)
  })

program
  .command('schema')
  .description('print the JSON Schema of a contribution')
  .action(async () => {
    const {toJsonSchema} = await import('./schema/to-json-schema.js')
    await (await import('./cli/write-output.js')).writeJson(toJsonSchema())
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
