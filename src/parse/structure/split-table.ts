import type {ReadContext} from '../readers/read-context.js'
import type {TableSegment} from '../readers/segment.js'
import {toParagraph} from '../readers/to-paragraph.js'
import {tidyRun} from '../runs/text-run.js'
import type {UnitBuilder} from './unit-builder.js'

/**
 * Split a table of questions and answers (a form converted from Word): a row whose first cell is
 * a question opens it, the row's other cells are the answer; other rows stay a table.
 *
 * @param segment
 *   The table.
 * @param builder
 *   The document's units.
 * @param context
 *   The read context.
 */
export function splitTable(
  segment: TableSegment,
  builder: UnitBuilder,
  context: ReadContext
): void {
  let pending: number[] = []
  const flush = () => {
    const first = segment.rows[pending[0] ?? -1]
    const last = segment.rows[pending.at(-1) ?? -1]
    if (first && last) {
      builder.pushContent([
        {
          type: 'table',
          rows: pending.map((index) => segment.block.rows[index] ?? []),
          place: {start: first.place.start, end: last.place.end}
        }
      ])
    }

    pending = []
  }

  for (const [index, row] of segment.rows.entries()) {
    const [head, ...cells] = row.cells
    const found = head ? builder.recognise(head.run.text, true) : undefined
    if (!head || !found) {
      pending.push(index)
      continue
    }

    flush()
    // A cell's place is that of its text, without the pipes or tags around it (a paragraph
    // without a place given takes that of its text).
    builder.pushQuestion(
      found.id,
      head.run,
      context.locator.runPlace(tidyRun(head.run)),
      0,
      found.number
    )
    builder.pushContent(
      cells
        .filter((cell) => cell.run.text.trim() !== '')
        .map((cell) => toParagraph(context, cell.run))
    )
  }

  flush()
}
