/**
 * Read the message of a `JSON.parse` syntax error: its cause without the engine's quote of the
 * text, and the offset it points at (the end of the text when the input ended early), when the
 * engine tells one.
 *
 * @param reason
 *   The error's message.
 * @param length
 *   Length of the text that was parsed.
 * @returns
 *   The cause, and the offset or `undefined`.
 * @example
 *   jsonSyntaxError('Unexpected token } in JSON at position 7', 9)
 *   // => {cause: 'Unexpected token }', offset: 7}
 */
export function jsonSyntaxError(
  reason: string,
  length: number
): {cause: string; offset: number | undefined} {
  const position = /at position (\d+)/.exec(reason)?.[1]
  const offset =
    position === undefined
      ? /end of JSON input/.test(reason)
        ? length
        : undefined
      : Number(position)
  const cause = reason.replace(/ in JSON at position \d+.*$/, '').replace(/,? "[\s\S]*$/, '')
  return {cause, offset}
}
