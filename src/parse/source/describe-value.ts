/**
 * Name the kind of a value for a misuse message: `null`, `Uint8Array`, else its `typeof`.
 *
 * @param value
 *   Any value.
 * @returns
 *   Its kind.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (value instanceof Uint8Array) return 'Uint8Array'
  return typeof value
}
