import type {Output, OutputKind} from './output.js'

/**
 * Find the output of a kind of value in a format.
 *
 * @param kind
 *   The kind of value (`'comparison'`, `'codings'`, …).
 * @param format
 *   The format's name (`'csv'`).
 * @param outputs
 *   The outputs to look in, such as `builtInOutputs`.
 * @returns
 *   The output, or `undefined` when there is none of that format for that kind.
 * @example
 *   findOutput('comparison', 'latex', builtInOutputs)?.extensions // => ['.tex', '.latex']
 *   findOutput('agreement', 'latex', builtInOutputs) // => undefined
 */
export function findOutput<Kind extends OutputKind>(
  kind: Kind,
  format: string,
  outputs: readonly Output[]
): Output<Kind> | undefined {
  // The kind of the output found is `kind`: TypeScript cannot narrow a generic union by it.
  return outputs.find((output) => output.kind === kind && output.format === format) as
    | Output<Kind>
    | undefined
}
