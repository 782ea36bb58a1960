import type {VFileMessage} from 'vfile-message'
import type {Place} from '../schema/place.js'
import {createMessage} from './create-message.js'
import type {RuleArguments, RuleId} from './rules.js'

/** Messages reported one by one under a cap, as `createMessageCap` makes them. */
export interface MessageCap {
  /** Report a message: it is created only while its rule has fewer than the cap. */
  readonly report: <Id extends RuleId>(id: Id, values: RuleArguments<Id>, place?: Place) => void
  /** The messages kept, in order, each rule cut with one `more-messages` at its first left out. */
  readonly messages: () => VFileMessage[]
}

/**
 * Collect messages under a cap of `limit` per rule, as `capMessages` does, but without creating
 * the messages left out: a message costs a stack trace (it is an `Error`), and a reader may
 * report hundreds of thousands of them (200,000 rows of an unknown stance).
 *
 * @param limit
 *   How many messages of one rule to keep.
 * @returns
 *   The cap: `report` a message, then take the `messages` kept.
 * @example
 *   const cap = createMessageCap(1)
 *   cap.report('empty-document', {})
 *   cap.report('empty-document', {})
 *   cap.messages().map((message) => message.ruleId) // => ['empty-document', 'more-messages']
 */
export function createMessageCap(limit: number): MessageCap {
  const counts = new Map<string, number>()
  const kept: Array<VFileMessage | undefined> = []
  const summaries = new Map<string, {index: number; place: Place | undefined; count: number}>()
  return {
    report(id, values, place) {
      const count = (counts.get(id) ?? 0) + 1
      counts.set(id, count)
      if (count <= limit) {
        kept.push(createMessage(id, values, place))
        return
      }
      const summary = summaries.get(id)
      if (summary) summary.count++
      else {
        summaries.set(id, {index: kept.length, place, count: 1})
        kept.push(undefined)
      }
    },
    messages() {
      const messages = [...kept]
      for (const [ruleId, {index, place, count}] of summaries) {
        messages[index] = createMessage('more-messages', {ruleId, count, limit}, place)
      }
      return messages.filter((message) => message !== undefined)
    }
  }
}
