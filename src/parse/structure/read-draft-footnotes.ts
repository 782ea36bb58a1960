import type {DraftFootnote} from '../readers/draft.js'
import {tidyRun} from '../runs/text-run.js'
import type {Unit} from './unit.js'

/**
 * The footnotes of a document, from its footnote units, with their tidied runs; the markers that
 * refer to them are linked after the walk over the finished contribution (`linkFootnotes`).
 *
 * @param units
 *   The document's units.
 * @returns
 *   The footnotes, in document order.
 */
export function readDraftFootnotes(units: readonly Unit[]): DraftFootnote[] {
  return units.flatMap((unit) => {
    if (unit.type !== 'footnote') return []
    const run = tidyRun(unit.segment.run)
    return [{label: unit.segment.label, text: run.text, place: unit.segment.place, run}]
  })
}
