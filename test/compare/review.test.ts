import {describe, expect, it} from 'vitest'
import {ruleCoder} from '../../src/code/coders/rules/rule-coder.js'
import {compareContributions} from '../../src/compare/compare-contributions.js'
import {Comparison} from '../../src/schema/comparison.js'
import {codedFixtures} from './coded-fixtures.js'

const cuba = 'wgec-2016/cuba'
const norway = 'wgec-2016/norway'

function cellOf(comparison: Comparison, contributionId: string, dimension: string) {
  const row = comparison.rows.find((entry) => entry.contributionId === contributionId)
  const cell = row?.cells.find((entry) => entry.dimension === dimension)
  if (!row || !cell) throw new Error(`No cell ${contributionId} ${dimension}`)
  return {row, cell}
}

describe('compareContributions with reviewed codings', () => {
  const plain = compareContributions(codedFixtures)
  const reviewed = compareContributions(codedFixtures, {
    codings: [
      {contributionId: cuba, dimension: 'mechanism', stance: 'multistakeholder', coder: 'ana'},
      {contributionId: norway, dimension: 'un-role', stance: 'un-peripheral', note: 'para 3'},
      {contributionId: norway, dimension: 'mechanism', stance: 'multistakeholder', coder: 'ana'}
    ]
  })

  it('returns a comparison valid against its schema', () => {
    expect(Comparison.safeParse(reviewed).error).toBeUndefined()
  })

  it('replaces the coder’s stance and keeps the coder’s beside it', () => {
    expect(cellOf(reviewed, cuba, 'mechanism').cell).toMatchObject({
      stance: 'multistakeholder',
      score: 1,
      provenance: {kind: 'reviewed', reviewer: 'ana', note: null},
      coderStance: 'intergovernmental',
      coderScore: -1
    })
  })

  it('gives a stance that had no evidence its pole’s score and no quote', () => {
    expect(cellOf(plain, norway, 'un-role').cell.stance).toBe('unstated')
    expect(cellOf(reviewed, norway, 'un-role').cell).toMatchObject({
      stance: 'un-peripheral',
      score: 1,
      evidenceCount: 0,
      quote: null,
      place: null,
      provenance: {kind: 'reviewed', reviewer: null, note: 'para 3'},
      coderStance: 'unstated',
      coderScore: null
    })
  })

  it('gives a changed cell the quotes that support the reviewed stance, the strongest first', () => {
    const {cell} = cellOf(reviewed, cuba, 'mechanism')
    expect(cell.quotes).toHaveLength(cell.evidenceCount)
    expect(cell.quotes?.[0]?.quote ?? null).toBe(cell.quote)
    expect(cell.quotes?.[0]?.place ?? null).toEqual(cell.place)
    expect(cellOf(reviewed, norway, 'un-role').cell.quotes).toEqual([])
  })

  it('keeps the coder’s score and evidence where the review confirms the stance', () => {
    const before = cellOf(plain, norway, 'mechanism').cell
    const after = cellOf(reviewed, norway, 'mechanism').cell
    expect(after).toEqual({
      ...before,
      provenance: {kind: 'reviewed', reviewer: 'ana', note: null},
      coderStance: before.stance,
      coderScore: before.score
    })
  })

  it('marks every other cell as the coder’s', () => {
    const others = reviewed.rows
      .flatMap((row) => row.cells)
      .filter((cell) => cell.provenance?.kind !== 'reviewed')
    expect(others.length).toBe(reviewed.rows.length * reviewed.dimensions.length - 3)
    for (const cell of others) expect(cell.provenance).toEqual({kind: 'coder', coder: 'rules'})
  })

  it('counts the cells reviewed and changed, and the agreement of coder and review', () => {
    expect(reviewed.review).toMatchObject({
      reviewed: 3,
      changed: 2,
      agreement: {units: 3, percent: 1 / 3},
      unmatched: []
    })
    expect(reviewed.review?.dimensions.find((entry) => entry.dimension === 'mechanism')).toEqual({
      dimension: 'mechanism',
      units: 2,
      percent: 0.5,
      kappa: expect.any(Number),
      alpha: expect.any(Number)
    })
    expect(plain.review).toBeNull()
  })

  it('draws a changed cell at its score in every bootstrap replicate', () => {
    const before = plain.rows.find((entry) => entry.contributionId === cuba)
    expect(before?.scale.low).not.toBe(before?.scale.high)
    // Every stated cell of Cuba changed to the other pole: nothing is left to resample.
    const flipped = compareContributions(codedFixtures, {
      codings: (before?.cells ?? [])
        .filter((cell) => cell.stance !== 'unstated')
        .map((cell) => {
          const poles = plain.dimensions.find((each) => each.id === cell.dimension)?.poles
          return {contributionId: cuba, dimension: cell.dimension, stance: poles?.[1] ?? ''}
        })
    })
    const row = flipped.rows.find((entry) => entry.contributionId === cuba)
    expect(row?.scale).toEqual({mean: 1, low: 1, high: 1, dimensions: before?.scale.dimensions})
  })

  it('lists codings that match no cell', () => {
    const result = compareContributions(codedFixtures, {
      samples: 0,
      codings: [
        {contributionId: 'nobody', dimension: 'mechanism', stance: 'mixed'},
        {contributionId: cuba, dimension: 'colour', stance: 'blue'}
      ]
    })
    expect(result.review?.unmatched).toEqual([
      {contributionId: 'nobody', dimension: 'mechanism'},
      {contributionId: cuba, dimension: 'colour'}
    ])
    expect(result.review?.reviewed).toBe(0)
  })

  it('throws on a stance the dimension does not have, and on a cell coded twice', () => {
    expect(() =>
      compareContributions(codedFixtures, {
        codings: [{contributionId: cuba, dimension: 'mechanism', stance: 'sovereign-states'}]
      })
    ).toThrow(
      new TypeError(
        'Cannot apply `sovereign-states` for `options.codings[0].stance`, expected `intergovernmental`, `multistakeholder`, `mixed`, `unstated`'
      )
    )
    const twice = {contributionId: cuba, dimension: 'mechanism', stance: 'mixed'}
    expect(() => compareContributions(codedFixtures, {codings: [twice, twice]})).toThrow(
      /Cannot apply a second coding of `wgec-2016\/cuba` on `mechanism` for `options.codings\[1\]`/
    )
  })
})

describe('compareContributions provenance', () => {
  it('records the version, coder, codebook, bootstrap, inputs and codings', () => {
    const mine = {...ruleCoder, id: 'mine'}
    const result = compareContributions(codedFixtures, {seed: 4, samples: 20, coder: mine})
    expect(result.provenance).toMatchObject({
      wgec: expect.stringMatching(/^\d+\.\d+\.\d+/),
      coder: 'mine',
      codebook: {id: 'enhanced-cooperation', sha256: expect.stringMatching(/^[0-9a-f]{64}$/)},
      seed: 4,
      samples: 20,
      codings: null
    })
    expect(result.provenance?.inputs).toHaveLength(codedFixtures.length)
    expect(result.provenance?.inputs.map((input) => input.sha256).sort()).toEqual(
      codedFixtures.map((entry) => entry.contribution.source.sha256).sort()
    )
  })

  it('does not depend on the order of the inputs', () => {
    const forward = compareContributions(codedFixtures, {samples: 0})
    const backward = compareContributions([...codedFixtures].reverse(), {samples: 0})
    expect(backward.provenance).toEqual(forward.provenance)
  })

  it('changes the codebook hash with the codebook', async () => {
    const {defaultCodebook} = await import('../../src/codebooks/default-codebook.js')
    const other = {...defaultCodebook, version: '9.9.9'}
    const a = compareContributions(codedFixtures, {samples: 0})
    const b = compareContributions(codedFixtures, {samples: 0, codebook: other})
    expect(a.provenance?.codebook.sha256).not.toBe(b.provenance?.codebook.sha256)
  })
})

describe('compareContributions: one document, one row', () => {
  const norwayEntry = codedFixtures.find((entry) => entry.contribution.id === norway)
  if (!norwayEntry) throw new Error('No Norway fixture')
  const copy = {
    ...norwayEntry,
    contribution: {
      ...norwayEntry.contribution,
      source: {...norwayEntry.contribution.source, path: 'elsewhere/wgec-2016-norway.md'}
    }
  }

  it('compares the same document given twice once, naming both paths', () => {
    const result = compareContributions([...codedFixtures, copy], {samples: 0})
    expect(result.rows.filter((row) => row.contributionId === norway)).toHaveLength(1)
    expect(result.excluded?.filter((entry) => entry.reason === 'duplicate-document')).toEqual([
      {
        contributionId: norway,
        path: 'elsewhere/wgec-2016-norway.md',
        sha256: norwayEntry.contribution.source.sha256,
        reason: 'duplicate-document',
        duplicateOf: norwayEntry.contribution.source.path
      }
    ])
  })

  it('keeps the same copy whatever the order of the input', () => {
    const a = compareContributions([...codedFixtures, copy], {samples: 0})
    const b = compareContributions([copy, ...codedFixtures], {samples: 0})
    expect(b.rows).toEqual(a.rows)
    expect(b.excluded).toEqual(a.excluded)
  })

  it('leaves out a document that is no contribution, and keeps it when asked', () => {
    const left = compareContributions(codedFixtures, {samples: 0})
    expect(left.rows.map((row) => row.contributionId)).not.toContain('unknown/not-a-contribution')
    expect(left.excluded).toEqual([
      expect.objectContaining({
        contributionId: 'unknown/not-a-contribution',
        reason: 'not-a-contribution',
        duplicateOf: null
      })
    ])
    const kept = compareContributions(codedFixtures, {samples: 0, keepNonContributions: true})
    expect(kept.rows.map((row) => row.contributionId)).toContain('unknown/not-a-contribution')
    expect(kept.excluded).toEqual([])
  })

  it('keeps an open letter, which has a submitter and stances but no questions', () => {
    const result = compareContributions(codedFixtures, {samples: 0})
    expect(result.rows.some((row) => row.path?.endsWith('open-letter-coalition.md'))).toBe(true)
  })
})
