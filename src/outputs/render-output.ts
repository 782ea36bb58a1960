import {checkOutputs} from './check-outputs.js'
import {findOutput} from './find-output.js'
import {type Output, type OutputKind, type OutputKinds, outputKinds} from './output.js'
import {builtInOutputs} from './outputs.js'

/** Configuration for `renderOutput`: the options of the kind's outputs, and where to find them. */
export type RenderOutputOptions<Kind extends OutputKind> = OutputKinds[Kind]['options'] & {
  /**
   * The outputs to choose from: give `[...builtInOutputs, ...yours]` to add formats.
   *
   * @default builtInOutputs
   */
  readonly outputs?: readonly Output[] | undefined
}

/**
 * Render a value in a format: find the output of that kind and format and call its `render`.
 *
 * @param kind
 *   The kind of value (`'comparison'`, `'codings'`, `'evidence-rows'`, `'validation'`,
 *   `'agreement'`, `'contributions'`).
 * @param format
 *   The format's name (`'csv'`).
 * @param value
 *   The value, of the kind's type (a `Comparison` for `'comparison'`).
 * @param options
 *   The options the output is given (`shape`, `title`, …) and `outputs` (optional).
 * @returns
 *   What the output writes: text, or bytes for a binary format.
 * @throws {TypeError}
 *   When `kind` is no kind of output, `options.outputs` is malformed (see `checkOutputs`), or
 *   no output of the kind has the format: ``Cannot render `xlsx` for `format`, expected `md`, …``.
 * @example
 *   renderOutput('comparison', 'csv', comparison, {shape: 'wide'}) // => toCsv(comparison, {shape: 'wide'})
 *   renderOutput('comparison', 'bin', comparison, {outputs: [...builtInOutputs, binary]}) // => Uint8Array […]
 */
export function renderOutput<Kind extends OutputKind>(
  kind: Kind,
  format: string,
  value: OutputKinds[Kind]['value'],
  options?: RenderOutputOptions<Kind>
): string | Uint8Array {
  if (!(outputKinds as readonly string[]).includes(kind)) {
    throw new TypeError(
      `Cannot render \`${String(kind)}\` for \`kind\`, expected ${list(outputKinds)}`
    )
  }
  const {outputs = builtInOutputs, ...settings} = options ?? {}
  const output = findOutput(kind, format, checkOutputs(outputs))
  if (!output) {
    const formats = outputs.filter((entry) => entry.kind === kind).map((entry) => entry.format)
    throw new TypeError(`Cannot render \`${format}\` for \`format\`, expected ${list(formats)}`)
  }
  // `output` is of one kind of `Kind`, which TypeScript does not relate to `value` by itself.
  const render = output.render as (
    value: OutputKinds[Kind]['value'],
    options: OutputKinds[Kind]['options']
  ) => string | Uint8Array
  return render(value, settings as OutputKinds[Kind]['options'])
}

function list(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.map((name) => `\`${name}\``).join(', ')
}
