import {findOutput} from '../outputs/find-output.js'
import type {Output, OutputKind} from '../outputs/output.js'
import {UsageError} from './options.js'

/** The kinds of output each command writes, which its `--format` offers (none for some). */
export const commandOutputKinds: Readonly<Record<string, readonly OutputKind[]>> = {
  parse: ['contributions'],
  code: ['codings', 'evidence-rows'],
  compare: ['comparison'],
  review: [],
  export: [],
  agree: ['agreement'],
  validate: ['validation'],
  train: [],
  codebook: [],
  schema: []
}

/**
 * The command a command line runs (`help <command>` included), when it names one: the first
 * argument that is no option, as `wgec` itself takes no option with a value.
 */
export function findCommandName(argv: readonly string[]): string | undefined {
  const [first, second] = argv.filter((argument) => !argument.startsWith('-'))
  return first === 'help' ? second : first
}

/**
 * The kinds of output to load for a command: its own, or all of them when the command is not
 * known (`wgec --help`).
 */
export function kindsOfCommand(command: string | undefined): readonly OutputKind[] {
  return command !== undefined && Object.hasOwn(commandOutputKinds, command)
    ? (commandOutputKinds[command] ?? [])
    : Object.values(commandOutputKinds).flat()
}

/**
 * The built-in outputs of these kinds, in the order of `builtInOutputs`. Each kind's renderers
 * are imported only when asked for, so that a command loads the writers it may use and no
 * others (see docs/performance.md, cold start).
 */
export async function loadBuiltInOutputs(kinds: Iterable<OutputKind>): Promise<Output[]> {
  const wanted = new Set(kinds)
  const loaded: Output[] = []
  for (const [kind, load] of loaders) {
    if (wanted.has(kind)) loaded.push(...(await load()))
  }
  return loaded
}

// In the order of `outputKinds` (and so of `builtInOutputs`).
const loaders: ReadonlyArray<readonly [OutputKind, () => Promise<readonly Output[]>]> = [
  [
    'contributions',
    async () => (await import('../outputs/contributions-outputs.js')).contributionsOutputs
  ],
  ['codings', async () => (await import('../outputs/codings-outputs.js')).codingsOutputs],
  [
    'evidence-rows',
    async () => (await import('../outputs/evidence-rows-outputs.js')).evidenceRowsOutputs
  ],
  ['comparison', async () => (await import('../outputs/comparison-outputs.js')).comparisonOutputs],
  ['validation', async () => (await import('../outputs/validation-outputs.js')).validationOutputs],
  ['agreement', async () => (await import('../outputs/agreement-outputs.js')).agreementOutputs]
]

/** The formats of these kinds of output, each once, in registry order: a `--format`'s choices. */
export function listFormats(outputs: readonly Output[], ...kinds: OutputKind[]): string[] {
  return [
    ...new Set(
      outputs.filter((output) => kinds.includes(output.kind)).map((output) => output.format)
    )
  ]
}

/**
 * The output of a kind in the format `--format` names, from the registry; a usage error when it
 * has none (a plugin's format of another kind of the same command).
 */
export function chooseOutput<Kind extends OutputKind>(
  outputs: readonly Output[],
  kind: Kind,
  format: string,
  context = ''
): Output<Kind> {
  const output = findOutput(kind, format, outputs)
  if (output) return output
  const formats = listFormats(outputs, kind).map((name) => `\`${name}\``)
  throw new UsageError(
    `Cannot write \`${format}\` for \`--format\`${context}, expected ${formats.join(', ') || 'none'}`
  )
}
