import {type Output, outputKinds} from './output.js'

const kebabCase = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/
const extension = /^\.[a-z0-9]+$/
const mediaType = /^[a-z]+\/[a-z0-9][a-z0-9.+-]*$/

/**
 * Check outputs before they join a registry: an array of outputs, each with a kebab-case
 * `format`, a known `kind`, `extensions` in lower case with the dot, a `type/subtype`
 * `mediaType` and a `render` function; no format twice for one kind, among them or with `known`.
 *
 * @param outputs
 *   The outputs to check (a plugin's, or `renderOutput`'s `options.outputs`).
 * @param known
 *   Outputs in the registry already, whose formats are taken (default: none).
 * @returns
 *   The outputs.
 * @throws {TypeError}
 *   When an output is malformed or its format taken, with the fixed template
 *   ``Cannot render with `…` for `outputs[i]`, expected …``.
 * @example
 *   checkOutputs([{format: 'x', kind: 'table', extensions: [], mediaType: 'text/plain', render}])
 *   // => throws TypeError: Cannot render with `x` for `outputs[0]`, expected a `kind` of `contributions`, …
 */
export function checkOutputs(outputs: unknown, known: readonly Output[] = []): readonly Output[] {
  if (!Array.isArray(outputs)) {
    throw new TypeError(
      `Cannot render with \`${describe(outputs)}\` for \`outputs\`, expected an array of outputs`
    )
  }
  const taken = new Set(known.map((output) => `${output.kind} ${output.format}`))
  for (const [index, output] of outputs.entries()) {
    const problem = findProblem(output, taken)
    if (problem) {
      throw new TypeError(
        `Cannot render with \`${describe(output)}\` for \`outputs[${index}]\`, expected ${problem}`
      )
    }
    taken.add(`${(output as Output).kind} ${(output as Output).format}`)
  }
  return outputs as Output[]
}

function findProblem(output: unknown, taken: ReadonlySet<string>): string | undefined {
  if (typeof output !== 'object' || output === null) return 'an output object'
  const entry = output as Record<string, unknown>
  const {format, kind} = entry
  if (typeof format !== 'string' || !kebabCase.test(format)) return 'a kebab-case `format`'
  if (typeof kind !== 'string' || !(outputKinds as readonly string[]).includes(kind))
    return `a \`kind\` of ${outputKinds.map((name) => `\`${name}\``).join(', ')}`
  const {extensions} = entry
  if (
    !Array.isArray(extensions) ||
    !extensions.every((item) => typeof item === 'string' && extension.test(item))
  )
    return '`extensions` as an array of extensions in lower case with the dot (`.csv`)'
  if (typeof entry.mediaType !== 'string' || !mediaType.test(entry.mediaType))
    return 'a `mediaType` such as `text/csv`'
  if (typeof entry.render !== 'function') return 'a `render` function'
  if (taken.has(`${kind} ${format}`))
    return `one output of format \`${format}\` for \`${kind}\`, not two`
  return undefined
}

/** Name a value for a misuse message: an output by its format, else the kind of value. */
function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'object' && typeof (value as {format?: unknown}).format === 'string')
    return (value as {format: string}).format
  return typeof value
}
