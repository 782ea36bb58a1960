import type {Output, OutputKind} from './output.js'

/**
 * Find the output of a kind of value that a file name's extension names: the first of that kind
 * one of whose `extensions` ends the name, in any case. What the CLI's `--out` chooses.
 *
 * @param kind
 *   The kind of value (`'comparison'`, …).
 * @param path
 *   A file name or path.
 * @param outputs
 *   The outputs to look in, such as `builtInOutputs`; the first that fits is taken.
 * @returns
 *   The output, or `undefined` when the extension is none of theirs.
 * @example
 *   findOutputForPath('comparison', 'Table.TEX', builtInOutputs)?.format // => 'latex'
 *   findOutputForPath('comparison', 'table.txt', builtInOutputs) // => undefined
 */
export function findOutputForPath<Kind extends OutputKind>(
  kind: Kind,
  path: string,
  outputs: readonly Output[]
): Output<Kind> | undefined {
  const lower = path.toLowerCase()
  // The kind of the output found is `kind`: TypeScript cannot narrow a generic union by it.
  return outputs.find(
    (output) =>
      output.kind === kind && output.extensions.some((extension) => lower.endsWith(extension))
  ) as Output<Kind> | undefined
}
