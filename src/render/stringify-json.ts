/**
 * Write a value as the JSON outputs do: indented with 2 spaces, ending in a newline.
 *
 * @param value
 *   Any value JSON can hold.
 * @returns
 *   The JSON text.
 * @example
 *   stringifyJson({a: [1]}) // => '{\n  "a": [\n    1\n  ]\n}\n'
 */
export function stringifyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
