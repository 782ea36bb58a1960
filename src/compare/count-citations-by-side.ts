import {countBy} from 'remeda'
import type {Comparison, Row} from '../schema/comparison.js'
import {compareParagraphs} from './compare-paragraphs.js'

/**
 * Count the paragraphs each side of the scale cites, instrument by instrument: state-centric
 * (mean below -1/3), middle, and multistakeholder (above 1/3), with how many submitters of the
 * side cite each paragraph. Submitters with no place on the scale belong to no side.
 *
 * @param rows
 *   The comparison's rows.
 * @returns
 *   One entry per side, its instruments sorted by id, the paragraphs of each from the most cited
 *   to the least (then by number).
 * @example
 *   countCitationsBySide(rows)[0]?.instruments[0]?.paragraphs[0] // => {paragraph: '35', submitters: 4}
 */
export function countCitationsBySide(rows: readonly Row[]): Comparison['citations'] {
  const sides = ['state-centric', 'middle', 'multistakeholder'] as const
  return sides.map((side) => {
    const members = rows.filter(
      (row) => row.scale.mean !== null && findSide(row.scale.mean) === side
    )
    const cited = members.flatMap((row) => row.citations)
    const instruments = [...new Set(cited.map((entry) => entry.instrument))].sort()
    return {
      side,
      submitters: members.length,
      instruments: instruments.map((instrument) => {
        const counts = countBy(
          cited
            .filter((entry) => entry.instrument === instrument)
            .flatMap((entry) => entry.paragraphs),
          (paragraph) => paragraph
        )
        return {
          instrument,
          paragraphs: Object.entries(counts)
            .map(([paragraph, submitters]) => ({paragraph, submitters}))
            .sort(
              (a, b) => b.submitters - a.submitters || compareParagraphs(a.paragraph, b.paragraph)
            )
        }
      })
    }
  })
}

function findSide(mean: number): 'state-centric' | 'middle' | 'multistakeholder' {
  return mean < -1 / 3 ? 'state-centric' : mean > 1 / 3 ? 'multistakeholder' : 'middle'
}
