import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {CoderFactory} from '../code/coders/coder-factory.js'
import {builtInCoders} from '../code/coders/coders.js'
import {llmCoderFactory} from '../node/llm-coder-factory.js'
import {checkOutputs} from '../outputs/check-outputs.js'
import {type Output, type OutputKind, outputKinds} from '../outputs/output.js'
import type {Reader} from '../parse/readers/reader.js'
import {checkReaders} from '../parse/source/check-readers.js'
import type {Plugin} from '../plugin/plugin.js'
import type {ConsultationProfile} from '../schema/consultation-profile.js'
import {UsageError} from './options.js'
import {kindsOfCommand, loadBuiltInOutputs} from './outputs.js'

/** The registries of the CLI: the built-in entries and those of `--plugin` modules. */
export interface Registries {
  /** The readers of `--plugin` modules (the built-in ones are `parseContribution`'s own). */
  readonly readers: readonly Reader[]
  /** The kinds of coder: built in, then the plugins'. */
  readonly coders: readonly CoderFactory[]
  /**
   * The consultations to recognise: the profiles of `--consultations` files, then the built-in
   * ones they do not replace (by id); `undefined` without such a file (`parseContribution`'s own).
   */
  readonly consultations?: readonly ConsultationProfile[] | undefined
  /**
   * The outputs: the built-in ones of the kinds the command writes (and of the plugins' kinds),
   * then the plugins'.
   */
  readonly outputs: readonly Output[]
}

/**
 * The `--plugin` values of a command line (`--plugin x.js` and `--plugin=x.js`), read before the
 * commands are made, so that their formats and coders are among the choices.
 */
export function findPluginPaths(argv: readonly string[]): string[] {
  return findOptionValues(argv, '--plugin')
}

/** The values of an option of a command line (`--name x` and `--name=x`), before any `--`. */
export function findOptionValues(argv: readonly string[], name: string): string[] {
  const values: string[] = []
  for (const [index, argument] of argv.entries()) {
    if (argument === '--') break
    if (argument === name && argv[index + 1] !== undefined) values.push(argv[index + 1] ?? '')
    else if (argument.startsWith(`${name}=`)) values.push(argument.slice(name.length + 1))
  }
  return values
}

/**
 * Import the `--plugin` modules and add what they give to the registries, and read the
 * `--consultations` files. A module that cannot be imported, or gives a malformed reader, coder or
 * output, or a coder id, option name or format of a kind taken already, and a file of
 * consultations that cannot be read or holds an invalid profile, are usage errors. `command` (the
 * command run) tells which built-in outputs to load: all of them when it is not given.
 */
export async function loadRegistries(
  paths: readonly string[],
  consultationPaths: readonly string[] = [],
  command?: string
): Promise<Registries> {
  const readers: Reader[] = []
  const coders: CoderFactory[] = [...builtInCoders, llmCoderFactory]
  const plugins: Array<{readonly path: string; readonly plugin: Plugin}> = []
  for (const path of paths) {
    const plugin = await importPlugin(path)
    plugins.push({path, plugin})
    try {
      readers.push(...checkReaders([...readers, ...(plugin.readers ?? [])]).slice(readers.length))
    } catch (error) {
      throw new UsageError(`Cannot use plugin \`${path}\`: ${messageOf(error)}`)
    }
    for (const factory of plugin.coders ?? []) {
      const problem = findCoderProblem(factory, coders)
      if (problem) throw new UsageError(`Cannot use plugin \`${path}\`: ${problem}`)
      coders.push(factory)
    }
  }
  const consultations =
    consultationPaths.length > 0 ? await readConsultations(consultationPaths) : undefined
  return {readers, coders, consultations, outputs: await loadOutputs(plugins, command)}
}

/**
 * The profiles of `--consultations` files, then the built-in ones they do not replace. Each
 * problem of a file is named on a line of its own, with the path in the JSON.
 */
async function readConsultations(paths: readonly string[]): Promise<ConsultationProfile[]> {
  const {loadConsultations} = await import('../consultations/load-consultations.js')
  const {consultations: builtIn} = await import('../consultations/consultations.js')
  const given: ConsultationProfile[] = []
  for (const path of paths) {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      throw new UsageError(`Cannot read consultations \`${path}\`: ${messageOf(error)}`)
    }
    const {consultations, messages} = loadConsultations(text)
    const taken = consultations?.find((profile) => given.some((other) => other.id === profile.id))
    if (!consultations || taken) {
      const problems = taken
        ? [`consultation \`${taken.id}\` is given by an earlier file already`]
        : messages.map((message) => {
            const place = message.line ? `:${message.line}:${message.column}` : ''
            return `${path}${place}: ${message.reason} (${message.ruleId})`
          })
      throw new UsageError(
        `Cannot use consultations \`${path}\`:\n${problems.map((problem) => `  ${problem}`).join('\n')}`
      )
    }
    given.push(...consultations)
  }
  return [...given, ...builtIn.filter((profile) => !given.some((other) => other.id === profile.id))]
}

/** The built-in outputs the command needs, then the plugins' outputs, checked. */
async function loadOutputs(
  plugins: ReadonlyArray<{readonly path: string; readonly plugin: Plugin}>,
  command: string | undefined
): Promise<Output[]> {
  // A plugin's format is checked against the built-in ones of its kind, whatever the command.
  const kinds = new Set<OutputKind>(kindsOfCommand(command))
  for (const {plugin} of plugins) {
    for (const output of plugin.outputs ?? []) {
      const kind: unknown = (output as {kind?: unknown} | null)?.kind
      if ((outputKinds as readonly unknown[]).includes(kind)) kinds.add(kind as OutputKind)
    }
  }
  const outputs = await loadBuiltInOutputs(kinds)
  for (const {path, plugin} of plugins) {
    try {
      outputs.push(...checkOutputs(plugin.outputs ?? [], outputs))
    } catch (error) {
      throw new UsageError(`Cannot use plugin \`${path}\`: ${messageOf(error)}`)
    }
  }
  return outputs
}

async function importPlugin(path: string): Promise<Plugin> {
  let module: Record<string, unknown>
  try {
    module = await import(pathToFileURL(resolve(path)).href)
  } catch (error) {
    throw new UsageError(`Cannot load plugin \`${path}\`: ${messageOf(error)}`)
  }
  // Named exports, and the properties of a default export, which win where both give one.
  const exported =
    typeof module.default === 'object' && module.default !== null
      ? {...module, ...(module.default as Record<string, unknown>)}
      : module
  const plugin = {readers: exported.readers, coders: exported.coders, outputs: exported.outputs}
  for (const key of ['readers', 'coders', 'outputs'] as const) {
    if (plugin[key] !== undefined && !Array.isArray(plugin[key])) {
      throw new UsageError(`Cannot use plugin \`${path}\`: expected \`${key}\` as an array`)
    }
  }
  if (plugin.readers === undefined && plugin.coders === undefined && plugin.outputs === undefined) {
    throw new UsageError(
      `Cannot use plugin \`${path}\`: it exports no \`readers\` nor \`coders\` nor \`outputs\``
    )
  }
  return plugin as Plugin
}

/** Why a plugin's coder cannot join the registry, if it cannot. */
function findCoderProblem(factory: unknown, known: readonly CoderFactory[]): string | undefined {
  if (typeof factory !== 'object' || factory === null) return 'expected each coder as an object'
  const entry = factory as Partial<CoderFactory>
  if (typeof entry.id !== 'string' || !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(entry.id))
    return 'expected each coder with a kebab-case `id`'
  if (known.some((other) => other.id === entry.id)) return `coder \`${entry.id}\` is there already`
  if (typeof entry.description !== 'string')
    return `expected coder \`${entry.id}\` with a \`description\``
  if (typeof entry.create !== 'function')
    return `expected coder \`${entry.id}\` with a \`create\` function`
  if (entry.options !== undefined && !Array.isArray(entry.options))
    return `expected the options of coder \`${entry.id}\` as an array`
  const taken = new Set(
    known.flatMap((other) => (other.options ?? []).map((option) => option.name))
  )
  for (const option of entry.options ?? []) {
    const name = option?.name ?? ''
    if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(name))
      return `expected the options of coder \`${entry.id}\` with kebab-case names`
    // Commander reads `--no-x` as the negation of `--x`: such an option would lose its value.
    if (name.startsWith('no-'))
      return `option \`--${name}\` of coder \`${entry.id}\` starts with \`no-\`, which negates a flag`
    if (taken.has(name) || reserved.has(name))
      return `option \`--${name}\` of coder \`${entry.id}\` is taken`
    if (!['string', 'number', 'json-file'].includes(option.kind))
      return `expected option \`--${name}\` of coder \`${entry.id}\` of kind string, number or json-file`
    taken.add(name)
  }
  return undefined
}

/** Flags of the commands themselves, which no coder option may take. */
const reserved = new Set([
  'by',
  'caption',
  'codebook',
  'codings',
  'coder',
  'concurrency',
  'consultations',
  'explain',
  'features',
  'format',
  'help',
  'id',
  'keep-non-contributions',
  'label',
  'level',
  'meta',
  'out',
  'part',
  'penalty',
  'plugin',
  'quiet',
  'samples',
  'seed',
  'shape',
  'threshold',
  'title',
  'verbose',
  'version'
])

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
