import {readFile} from 'node:fs/promises'
import type {Coder} from '../code/coders/coder.js'
import type {CoderFactory} from '../code/coders/coder-factory.js'
import type {Codebook} from '../schema/codebook.js'
import {noteInput} from './check-output.js'
import {UsageError} from './options.js'

/**
 * The coder `--coder` names, made by its kind with its options (`--model` for `trained`), for the
 * codebook it will code with. An unknown id, an option of another coder, a missing required
 * option, a file that cannot be read or parsed, and a coder that refuses its options or the
 * codebook are usage errors.
 *
 * @param id
 *   `--coder`.
 * @param options_
 *   The command's options, by camel-case name as commander gives them.
 * @param coders
 *   The kinds of coder of the registry.
 * @param codebook
 *   The codebook to code with.
 */
export async function readCoder(
  id: string,
  options_: object,
  coders: readonly CoderFactory[],
  codebook: Codebook
): Promise<Coder> {
  const given = options_ as Readonly<Record<string, unknown>>
  const factory = coders.find((entry) => entry.id === id)
  if (!factory) {
    const hint = id.endsWith('.json')
      ? ` (a trained model is \`--coder trained --model ${id}\`)`
      : ''
    throw new UsageError(
      `Cannot use coder \`${id}\` for \`--coder\`, expected ${coders.map((entry) => `\`${entry.id}\``).join(', ')}${hint}`
    )
  }
  for (const other of coders) {
    if (other === factory) continue
    for (const option of other.options ?? []) {
      if (given[camelCase(option.name)] !== undefined)
        throw new UsageError(`\`--${option.name}\` applies to \`--coder ${other.id}\` only`)
    }
  }
  const options: Record<string, unknown> = {}
  for (const option of factory.options ?? []) {
    const value = given[camelCase(option.name)]
    if (value === undefined) {
      if (option.required)
        throw new UsageError(`\`--coder ${id}\` needs \`--${option.name}\` (${option.description})`)
      continue
    }
    options[option.name] = await readValue(option.name, option.kind, String(value))
  }
  let created: unknown
  try {
    created = await factory.create(options, codebook)
  } catch (error) {
    // A value is shown without the credentials a URL may carry (`http://user:secret@host`).
    const shown = Object.keys(options).map(
      (name) => ` \`--${name} ${String(given[camelCase(name)]).replace(/\/\/[^/@\s]*@/g, '//…@')}\``
    )
    throw new UsageError(
      `Cannot use coder \`${id}\`${shown.join('')}: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  const coder = created as Partial<Coder> | null
  if (
    typeof coder !== 'object' ||
    coder === null ||
    typeof coder.id !== 'string' ||
    typeof coder.code !== 'function'
  ) {
    throw new UsageError(
      `Cannot use coder \`${id}\`: its \`create\` gave no Coder (an object with an \`id\` and a \`code\` function)`
    )
  }
  return coder as Coder
}

async function readValue(name: string, kind: string, value: string): Promise<unknown> {
  if (kind === 'number') {
    const number = Number(value)
    if (value.trim() === '' || !Number.isFinite(number))
      throw new UsageError(`Cannot use \`${value}\` for \`--${name}\`, expected a number`)
    return number
  }
  if (kind !== 'json-file') return value
  noteInput(value)
  let text: string
  try {
    text = await readFile(value, 'utf8')
  } catch (error) {
    throw new UsageError(
      `Cannot read \`${value}\` for \`--${name}\`: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new UsageError(
      `Cannot read \`${value}\` for \`--${name}\`: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}

/** The key commander gives an option under: `--max-tokens` is `maxTokens`. */
function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())
}
