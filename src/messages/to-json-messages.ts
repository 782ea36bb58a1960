import type {VFileMessage} from 'vfile-message'

/** A message as JSON output carries it: data, with its place and the documentation URL. */
export interface JsonMessage {
  readonly ruleId: string | null
  readonly reason: string
  readonly line: number | null
  readonly column: number | null
  /** `true` an error, `false` a warning, `null` information. */
  readonly fatal: boolean | null
  /** The values the reason is written from. */
  readonly args?: unknown
  /** The rule's entry in `docs/diagnostics.md`. */
  readonly url?: string
}

/**
 * Turn messages into the data JSON output carries: `{ruleId, reason, line, column, fatal, args,
 * url}`, `args` and `url` only when the message has them.
 *
 * @param messages
 *   A file's messages.
 * @returns
 *   One plain object per message, in order.
 * @example
 *   toJsonMessages([new VFileMessage('No date', {place: {line: 3, column: 1}, ruleId: 'missing-date'})])
 *   // => [{ruleId: 'missing-date', reason: 'No date', line: 3, column: 1, fatal: null}]
 */
export function toJsonMessages(messages: readonly VFileMessage[]): JsonMessage[] {
  return messages.map((message) => ({
    ruleId: message.ruleId ?? null,
    reason: message.reason,
    line: message.line ?? null,
    column: message.column ?? null,
    fatal: message.fatal ?? null,
    ...('args' in message ? {args: message.args} : {}),
    ...(message.url ? {url: message.url} : {})
  }))
}
