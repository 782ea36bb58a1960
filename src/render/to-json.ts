import {Comparison} from '../schema/comparison.js'

/**
 * Render a comparison as JSON, after checking it against the `Comparison` schema.
 *
 * What is written is the parsed comparison, so keys the schema does not know are dropped and
 * the text always reads back with `Comparison.parse(JSON.parse(text))`.
 *
 * @param comparison
 *   The comparison to render.
 * @returns
 *   JSON indented with 2 spaces, ending in a newline.
 * @throws {TypeError}
 *   When `comparison` does not match the `Comparison` schema; the message names the path of the
 *   first issue.
 * @example
 *   JSON.parse(toJson(comparison)).rows.length // => comparison.rows.length
 *   toJson({...comparison, by: 1}) // => throws TypeError: Cannot render `comparison`, invalid at `by`: …
 */
export function toJson(comparison: Comparison): string {
  const result = Comparison.safeParse(comparison)
  if (!result.success) {
    const issue = result.error.issues[0]
    const path = issue === undefined ? '' : formatPath(issue.path)
    throw new TypeError(
      `Cannot render \`comparison\`, invalid at \`${path}\`: ${issue?.message ?? 'unknown issue'}`
    )
  }
  return `${JSON.stringify(result.data, null, 2)}\n`
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)'
  let text = ''
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`
    else text += text === '' ? String(key) : `.${String(key)}`
  }
  return text
}
