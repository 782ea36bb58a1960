import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'csv-parse/sync'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {Coder} from '../../src/code/coders/coder.js'
import {crossCheck} from '../../src/code/coders/cross-check.js'
import {ruleCoder} from '../../src/code/coders/rules/rule-coder.js'
import {validateCoder} from '../../src/code/validation/validate-coder.js'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import {readCodings} from '../../src/codings/read-codings.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {toValidationText} from '../../src/render/to-validation-text.js'
import {toReviewSheet} from '../../src/review/to-review-sheet.js'
import {Validation} from '../../src/schema/validation.js'

// The small case of test/fixtures/validate (tuning part: alder, birch, cedar on two dimensions),
// where the rule coder is wrong on two cells of six: alder's new-mechanism (it says
// existing-institutions, the hand coding unstated) and cedar's mechanism (it says unstated, the hand
// coding multistakeholder).
const folder = new URL('../fixtures/validate/', import.meta.url).pathname
const contributions = ['alder-forum.md', 'birch-ministry.md', 'cedar-network.md'].map(
  (name) =>
    parseContribution(
      new VFile({path: join(folder, name), value: readFileSync(join(folder, name))})
    ).contribution
)
const codings = readCodings(readFileSync(join(folder, 'codings.json'), 'utf8')).codings

/**
 * The rule coder, with its three runs disagreeing on cedar's mechanism (two of three say
 * unstated), and a second coder disagreeing with it on alder's new-mechanism.
 */
const ranked: Coder = {
  id: 'ranked',
  code: async (contribution, codebook) => {
    const positions = await ruleCoder.code(contribution, codebook)
    return positions.map((position) => {
      if (contribution.id.includes('cedar') && position.dimension === 'mechanism')
        return {
          ...position,
          runs: {stances: ['unstated', 'multistakeholder', 'unstated'], share: 2 / 3}
        }
      if (contribution.id.includes('alder') && position.dimension === 'new-mechanism')
        return {...position, check: {coder: 'second', stance: 'unstated'}}
      return {...position, check: {coder: 'second', stance: position.stance}}
    })
  }
}

describe('cells ranked for review', () => {
  it('validate gives the accuracy once a person reviews the least certain cells first', async () => {
    const report = await validateCoder(contributions, codings, {coder: ranked, part: 'tuning'})
    expect(Validation.safeParse(report).error).toBeUndefined()
    // Six cells, four right. Least certain first: alder's new-mechanism (the coders disagree: 1),
    // then cedar's mechanism (a third of the runs disagree: 1/3), then the four others.
    expect(report.review).toEqual([
      {percent: 0, cells: 0, accuracy: 4 / 6},
      {percent: 10, cells: 1, accuracy: 5 / 6},
      {percent: 20, cells: 2, accuracy: 1},
      {percent: 30, cells: 2, accuracy: 1},
      {percent: 50, cells: 3, accuracy: 1}
    ])
    expect(toValidationText(report)).toContain(
      'Accuracy once a person reviews the least certain cells (runs or coders disagreeing first): 0% (0 cells) 66.7%, 10% (1 cells) 83.3%, 20% (2 cells) 100.0%'
    )
  })

  it('gives no review figures for a coder that ranks nothing', async () => {
    const report = await validateCoder(contributions, codings, {part: 'tuning'})
    expect(report.review).toBeUndefined()
    expect(toValidationText(report)).not.toContain('least certain')
  })

  it('the review sheet marks the uncertain cells and puts them first, the least certain first', async () => {
    const coded = await Promise.all(
      contributions.map(async (contribution) => ({
        contribution,
        positions: await ranked.code(contribution, defaultCodebook),
        coder: 'ranked'
      }))
    )
    const rows = parse(toReviewSheet(coded), {columns: true}) as Array<Record<string, string>>
    expect(rows).toHaveLength(18)
    expect(
      rows
        .slice(0, 3)
        .map((row) => [
          row.contribution,
          row.dimension,
          row.uncertain,
          row.runs,
          row.share,
          row.other_stance
        ])
    ).toEqual([
      [contributions[0]?.id, 'new-mechanism', 'yes', '', '', 'unstated'],
      [
        contributions[2]?.id,
        'mechanism',
        'yes',
        'unstated | multistakeholder | unstated',
        '0.667',
        ''
      ],
      [contributions[0]?.id, 'mechanism', 'no', '', '', rows[2]?.stance]
    ])
    expect(rows.filter((row) => row.uncertain === 'yes')).toHaveLength(2)
  })

  it('crossCheck keeps the first coder’s positions and says what the second gives', async () => {
    const constant: Coder = {
      id: 'constant',
      code: (contribution, codebook) =>
        codebook.dimensions.map((dimension) => ({
          contributionId: contribution.id,
          dimension: dimension.id,
          stance: 'unstated',
          score: 0,
          evidence: []
        }))
    }
    const checked = crossCheck(ruleCoder, constant)
    const [alder] = contributions
    const positions = await checked.code(alder as never, defaultCodebook)
    const plain = await ruleCoder.code(alder as never, defaultCodebook)
    expect(positions.map(({check: _, ...rest}) => rest)).toEqual(plain)
    expect(
      positions.every(
        (position) => position.check?.coder === 'constant' && position.check.stance === 'unstated'
      )
    ).toBe(true)
    expect(checked.id).toBe('rules')
  })
})
