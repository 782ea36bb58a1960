import type {Citation} from '../schema/citation.js'
import type {Row} from '../schema/comparison.js'
import {compareParagraphs} from './compare-paragraphs.js'

/**
 * Group a contribution's citations by instrument: each instrument once (sorted by id), with the
 * paragraphs cited of it, each once, in paragraph order.
 *
 * @param citations
 *   The contribution's citations.
 * @returns
 *   The paragraphs cited, by instrument.
 * @example
 *   groupCitations(cuba.citations) // => [{instrument: 'tunis-agenda', paragraphs: ['35(a)', '68', '69', '70', '71']}]
 */
export function groupCitations(citations: readonly Citation[]): Row['citations'] {
  const byInstrument = new Map<string, Set<string>>()
  for (const citation of citations) {
    const paragraphs = byInstrument.get(citation.instrument) ?? new Set<string>()
    paragraphs.add(citation.paragraph)
    byInstrument.set(citation.instrument, paragraphs)
  }

  return [...byInstrument]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([instrument, paragraphs]) => ({
      instrument,
      paragraphs: [...paragraphs].sort(compareParagraphs)
    }))
}
