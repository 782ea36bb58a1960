import {uniqueBy} from 'remeda'
import type {Citation} from '../../schema/citation.js'
import type {Instrument} from '../../schema/consultation-profile.js'
import type {Place} from '../../schema/place.js'
import type {Reference} from '../../schema/reference.js'
import type {Locator} from '../runs/locate.js'
import type {TextRun} from '../runs/text-run.js'
import {findCitations} from './find-citations.js'
import {findReferences} from './find-references.js'

/**
 * The citations of instruments' paragraphs and the references to UN documents in runs of text,
 * each once (by what it cites and where), in source order.
 *
 * @param runs
 *   Tidied runs.
 * @param locator
 *   The source's locator.
 * @param language
 *   The document's language.
 * @param instruments
 *   The instruments whose paragraphs are cited, from the consultation's profile (the first is the
 *   one a citation that names none is of).
 * @returns
 *   The citations and the references.
 */
export function findCited(
  runs: readonly TextRun[],
  locator: Locator,
  language: string,
  instruments: readonly Instrument[]
): {citations: Citation[]; references: Reference[]} {
  const citations = inSourceOrder(
    uniqueBy(
      runs.flatMap((run) => findCitations(run, locator, language, instruments)),
      (citation: Citation) =>
        `${citation.instrument} ${citation.paragraph}@${citation.place.start.offset}`
    )
  )
  const references = inSourceOrder(
    uniqueBy(
      runs.flatMap((run) => findReferences(run, locator)),
      (reference: Reference) => `${reference.symbol}@${reference.place.start.offset}`
    )
  )
  return {citations, references}
}

/** Sort by place in the source; the sort is stable, so a range keeps its order. */
function inSourceOrder<T extends {place: Place}>(values: T[]): T[] {
  return values.sort((a, b) => a.place.start.offset - b.place.start.offset)
}
