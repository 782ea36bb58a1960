import type {VFileMessage} from 'vfile-message'
import type {Place} from '../schema/place.js'
import {createMessage} from './create-message.js'

/** How many messages of one rule a file keeps by default (`options.maxMessagesPerRule`). */
export const defaultMaxMessagesPerRule = 100

/**
 * Keep the first `limit` messages of each rule, in order, and put in place of the rest of a rule
 * one `more-messages` warning with their count, at the first one left out: a hostile document can
 * hold hundreds of thousands of unlinked footnotes, and a codings file as many unknown stances,
 * which would cost a reader (and a reporter) more than the document. Applied to every file's
 * messages: documents, codings (CSV, JSON, review sheets, REFI-QDA projects) and codebooks.
 *
 * @param messages
 *   Messages, in the order to keep.
 * @param limit
 *   How many messages of one rule to keep.
 * @returns
 *   The messages kept, with one summary per rule cut.
 * @example
 *   capMessages(hundredsOfUnlinkedFootnotes, 100).length // => 101
 */
export function capMessages(messages: readonly VFileMessage[], limit: number): VFileMessage[] {
  const seen = new Map<string, number>()
  const kept: VFileMessage[] = []
  const summaries = new Map<string, {index: number; place: Place | undefined; count: number}>()
  for (const message of messages) {
    const ruleId = String(message.ruleId)
    const count = (seen.get(ruleId) ?? 0) + 1
    seen.set(ruleId, count)
    if (count <= limit) {
      kept.push(message)
      continue
    }

    const summary = summaries.get(ruleId)
    if (summary) summary.count++
    else {
      summaries.set(ruleId, {index: kept.length, place: placeOf(message), count: 1})
      kept.push(message)
    }
  }

  for (const [ruleId, summary] of summaries) {
    kept[summary.index] = createMessage(
      'more-messages',
      {ruleId, count: summary.count, limit},
      summary.place
    )
  }

  return kept
}

function placeOf(message: VFileMessage): Place | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const {start, end} = place
  if (start.offset === undefined || end.offset === undefined) return undefined
  return {
    start: {line: start.line, column: start.column, offset: start.offset},
    end: {line: end.line, column: end.column, offset: end.offset}
  }
}
