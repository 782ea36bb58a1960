import type {VFileMessage} from 'vfile-message'

/**
 * Messages in source order (a message without a place first), then by rule.
 *
 * @param messages
 *   The messages.
 * @returns
 *   A sorted copy.
 */
export function sortMessages(messages: readonly VFileMessage[]): VFileMessage[] {
  return [...messages].sort(
    (a, b) =>
      (a.place && 'start' in a.place ? (a.place.start.offset ?? 0) : (a.place?.offset ?? -1)) -
        (b.place && 'start' in b.place ? (b.place.start.offset ?? 0) : (b.place?.offset ?? -1)) ||
      String(a.ruleId).localeCompare(String(b.ruleId))
  )
}
