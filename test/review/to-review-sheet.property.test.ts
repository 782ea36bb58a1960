import {parse} from 'csv-parse/browser/esm/sync'
import {stringify} from 'csv-stringify/browser/esm/sync'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import {readCodings} from '../../src/codings/read-codings.js'
import {toReviewSheet} from '../../src/review/to-review-sheet.js'
import {codedFixtures} from '../compare/coded-fixtures.js'

const sheet = toReviewSheet(codedFixtures)
const [header = [], ...rows] = parse(sheet) as string[][]
const at = (name: string) => header.indexOf(name)

describe('toReviewSheet round trip', () => {
  it('reads back exactly the cells filled in, with any reviewer and note', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({max: rows.length - 1}), {maxLength: 12}),
        fc.string(),
        fc.string(),
        (indexes, reviewer, note) => {
          const filled = rows.map((row) => [...row])
          const expected = indexes.map((index) => {
            const row = filled[index] ?? []
            const stances = (row[at('stances')] ?? '').split(' | ')
            const stance = stances[index % stances.length] ?? 'unstated'
            row[at('reviewed_stance')] = stance
            row[at('reviewer')] = reviewer
            row[at('note')] = note
            return {
              contributionId: row[at('contribution')] ?? '',
              dimension: row[at('dimension')] ?? '',
              stance,
              ...(reviewer.trim() === '' ? {} : {coder: reviewer.trim()}),
              ...(note.trim() === '' ? {} : {note: note.trim()})
            }
          })
          const text = stringify([header, ...filled])
          const {codings, messages} = readCodings(text, {codebook: defaultCodebook})
          expect(messages).toEqual([])
          const order = (list: Array<{contributionId?: string; dimension?: string}>) =>
            [...list].sort((a, b) =>
              `${a.contributionId} ${a.dimension}` < `${b.contributionId} ${b.dimension}` ? -1 : 1
            )
          expect(order(codings)).toEqual(order(expected))
        }
      ),
      {numRuns: 40, seed: 11}
    )
  })
})
