import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Coder} from '../../src/code/coders/coder.js'
import {validateCoder} from '../../src/code/validation/validate-coder.js'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import type {Coding} from '../../src/schema/coding.js'
import type {Contribution} from '../../src/schema/contribution.js'

const stances = ['intergovernmental', 'multistakeholder', 'mixed', 'unstated'] as const
const stance = fc.constantFrom(...stances)
// Pairs of (hand, coder) stances on `mechanism`, one pair per synthetic document.
const cells = fc.array(fc.tuple(stance, stance), {minLength: 1, maxLength: 30})

function contributionOf(index: number): Contribution {
  return {id: `doc/${index}`, source: {path: `corpus/${index}.md`}} as unknown as Contribution
}

/** A coder that gives, on `mechanism`, the stance the test chose for the document. */
function scriptedCoder(coded: readonly string[]): Coder {
  return {
    id: 'scripted',
    code: (contribution, codebook) =>
      codebook.dimensions.map((dimension) => ({
        contributionId: contribution.id,
        dimension: dimension.id,
        stance:
          dimension.id === 'mechanism'
            ? (coded[Number(contribution.id.split('/')[1])] ?? 'unstated')
            : 'unstated',
        score: 0,
        evidence: []
      }))
  }
}

describe('validateCoder (properties)', () => {
  it('reports figures that agree with each other: confusion, agreement, invented, missed', async () => {
    await fc.assert(
      fc.asyncProperty(cells, async (pairs) => {
        const contributions = pairs.map((_, index) => contributionOf(index))
        const codings: Coding[] = pairs.map(([hand], index) => ({
          contributionId: `doc/${index}`,
          file: `${index}.md`,
          dimension: 'mechanism',
          stance: hand
        }))
        const report = await validateCoder(contributions, codings, {
          coder: scriptedCoder(pairs.map(([, coded]) => coded)),
          codebook: defaultCodebook
        })
        const mechanism = report.dimensions[0]
        if (!mechanism) throw new Error('No mechanism entry')
        const {stances: order, counts} = mechanism.confusion
        const total = counts.flat().reduce((sum, value) => sum + value, 0)
        const diagonal = counts.reduce((sum, row, index) => sum + (row[index] ?? 0), 0)
        const unstated = order.indexOf('unstated')
        const unstatedRow = counts[unstated] ?? []
        const column = counts.map((row) => row[unstated] ?? 0)

        expect(total).toBe(pairs.length)
        expect(mechanism.units).toBe(pairs.length)
        expect(mechanism.percent).toBeCloseTo(diagonal / pairs.length, 12)
        expect(report.disagreements).toHaveLength(pairs.length - diagonal)
        expect(mechanism.invented.count).toBe(
          unstatedRow.reduce((sum, value) => sum + value, 0) - (unstatedRow[unstated] ?? 0)
        )
        expect(mechanism.missed.count).toBe(
          column.reduce((sum, value) => sum + value, 0) - (column[unstated] ?? 0)
        )
        expect(mechanism.invented.of + mechanism.missed.of).toBe(pairs.length)
        expect(report.overall).toMatchObject({
          units: mechanism.units,
          percent: mechanism.percent,
          invented: mechanism.invented,
          missed: mechanism.missed
        })
      }),
      {numRuns: 50}
    )
  })
})
