/**
 * A front matter value as a trimmed string (a number as its digits), or nothing when it is empty
 * or of another type.
 *
 * @param data
 *   The front matter, if any.
 * @param key
 *   The key.
 * @returns
 *   The value.
 */
export function stringField(
  data: Record<string, unknown> | undefined,
  key: string
): string | undefined {
  const value = data?.[key]
  if (typeof value === 'string' && value.trim()) return value.trim()
  if (typeof value === 'number') return String(value)
  return undefined
}
