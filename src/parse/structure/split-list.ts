import type {ReadContext} from '../readers/read-context.js'
import type {ItemSegment, ListSegment} from '../readers/segment.js'
import {toParagraph} from '../readers/to-paragraph.js'
import {questionHead} from './question-head.js'
import type {UnitBuilder} from './unit-builder.js'

/**
 * Split a list whose items are questions (`1. What are …?` with the answer in the item or after
 * it): each such item opens a question, the items between stay lists.
 *
 * @param segment
 *   The list.
 * @param builder
 *   The document's units.
 * @param context
 *   The read context.
 */
export function splitList(segment: ListSegment, builder: UnitBuilder, context: ReadContext): void {
  let pending: ItemSegment[] = []
  let split = false
  const flush = () => {
    if (pending.length === 0) return
    const first = pending[0]
    const last = pending.at(-1)
    if (!split && pending.length === segment.items.length) {
      builder.pushContent([segment.block], segment)
    } else if (first && last) {
      builder.pushContent([
        {
          type: 'list',
          ordered: segment.block.ordered,
          items: pending.map((item) => item.block),
          place: {start: first.block.place.start, end: last.block.place.end}
        }
      ])
    }

    pending = []
  }

  for (const item of segment.items) {
    const head = item.first ? questionHead(item.first) : undefined
    const text = head?.text ?? item.first?.text
    const found = text === undefined ? undefined : builder.recognise(text, true, item.number)
    if (found && item.first && item.firstPlace) {
      flush()
      split = true
      // The question's place ends with it: an answer on the item's next line is not in it.
      const place = head?.rest
        ? {start: item.firstPlace.start, end: head.place(context)}
        : item.firstPlace
      builder.pushQuestion(found.id, head?.run ?? item.first, place, 0, found.number)
      if (head?.rest) builder.pushContent([toParagraph(context, head.rest)])
      builder.pushContent(item.rest)
      continue
    }

    pending.push(item)
  }

  flush()
}
