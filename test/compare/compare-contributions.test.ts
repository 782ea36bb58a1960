import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clusterBlocs} from '../../src/compare/cluster-blocs.js'
import {compareContributions} from '../../src/compare/compare-contributions.js'
import {Comparison} from '../../src/schema/comparison.js'
import {codedFixtures} from './coded-fixtures.js'

const comparison = compareContributions(codedFixtures)

function row(contributionId: string) {
  const found = comparison.rows.find((entry) => entry.contributionId === contributionId)
  if (!found) throw new Error(`No row ${contributionId}`)
  return found
}

describe('compareContributions on the fixture corpus', () => {
  it('returns a comparison valid against its schema', () => {
    expect(Comparison.safeParse(comparison).error).toBeUndefined()
  })

  it('places Cuba on the state-centric side of the scale', () => {
    expect(row('wgec-2016/cuba').scale).toMatchObject({mean: -1})
    expect(
      comparison.citations.find((side) => side.side === 'state-centric')?.submitters
    ).toBeGreaterThan(0)
  })

  it('places the business and technical-community contributions on the multistakeholder side', () => {
    const rows = comparison.rows.filter(
      (entry) => entry.group === 'private-sector' || entry.group === 'technical-community'
    )
    expect(rows.length).toBeGreaterThanOrEqual(4)
    for (const entry of rows) expect(entry.scale.mean, entry.name).toBeGreaterThan(1 / 3)
  })

  it('orders rows from the most state-centric to the most multistakeholder, unstated last', () => {
    const means = comparison.rows.map((entry) => entry.scale.mean ?? 2)
    expect(means).toEqual([...means].sort((a, b) => a - b))
    const kept = compareContributions(codedFixtures, {keepNonContributions: true, samples: 0})
    expect(kept.rows.at(-1)?.contributionId).toBe('unknown/not-a-contribution')
  })

  it('has a quote with a place in every cell that states a stance', () => {
    for (const entry of comparison.rows) {
      for (const cell of entry.cells) {
        if (cell.stance === 'unstated') continue
        expect(cell.quote, `${entry.name} / ${cell.dimension}`).toEqual(expect.any(String))
        expect(cell.place).not.toBeNull()
        expect(cell.evidenceCount).toBeGreaterThan(0)
      }
    }
  })

  it('keeps each interval around its mean', () => {
    for (const entry of comparison.rows) {
      if (entry.scale.mean === null) continue
      expect(entry.scale.low).toBeLessThanOrEqual(entry.scale.mean)
      expect(entry.scale.high).toBeGreaterThanOrEqual(entry.scale.mean)
    }
  })

  it('splits stances by stakeholder group, with counts that add up', () => {
    const mechanism = comparison.splits.find((entry) => entry.dimension === 'mechanism')
    const total = (stances: Record<string, number>) =>
      Object.values(stances).reduce((sum, count) => sum + count, 0)
    expect(mechanism?.overall.count).toBe(comparison.rows.length)
    expect(total(mechanism?.overall.stances ?? {})).toBe(comparison.rows.length)
    expect(
      mechanism?.groups.find((group) => group.group === 'private-sector')?.stances
    ).toMatchObject({multistakeholder: 3})
  })

  it('puts Cuba and Norway in different blocs', () => {
    const blocOf = (key: string) => comparison.blocs.find((bloc) => bloc.members.includes(key))?.id
    expect(blocOf('wgec-2016/cuba')).toBeDefined()
    expect(blocOf('wgec-2016/cuba')).not.toBe(blocOf('wgec-2016/norway'))
  })

  it('lists which Tunis Agenda paragraphs each side relies on', () => {
    const stateCentric = comparison.citations.find((side) => side.side === 'state-centric')
    expect(stateCentric?.instruments.map((entry) => entry.instrument)).toEqual(['tunis-agenda'])
    expect(stateCentric?.instruments[0]?.paragraphs.map((entry) => entry.paragraph)).toContain(
      '35(a)'
    )
  })

  it('lists the questions each submitter answered', () => {
    expect(row('wgec-2016/cuba').questions).toEqual(['wgec-2016/q1', 'wgec-2016/q2'])
  })
})

describe('compareContributions splits', () => {
  it('splits by UN regional group, putting non-governments apart', () => {
    const byRegion = compareContributions(codedFixtures, {by: 'regional-group', samples: 0})
    expect(row('wgec-2016/cuba').by).toBe('government')
    expect(byRegion.rows.find((entry) => entry.contributionId === 'wgec-2016/cuba')?.by).toBe(
      'grulac'
    )
    expect(byRegion.splits[0]?.groups.map((group) => group.group)).toEqual([
      'african',
      'asia-pacific',
      'eastern-european',
      'grulac',
      'non-government',
      'weog'
    ])
  })

  it('splits by any attribute a function gives', () => {
    const byLanguage = compareContributions(codedFixtures, {
      by: (contribution) => contribution.language,
      byName: 'language',
      samples: 0
    })
    expect(byLanguage.by).toBe('language')
    expect(byLanguage.splits[0]?.groups.map((group) => group.group)).toEqual(['en', 'es', 'fr'])
  })

  it('splits by values that are names of object properties as by any other', () => {
    const names = ['constructor', '__proto__', 'toString']
    const odd = compareContributions(codedFixtures, {
      by: (contribution) => names[contribution.id.length % names.length] ?? '',
      samples: 0
    })
    const groups = odd.splits[0]?.groups ?? []
    expect(groups.map((group) => group.group)).toEqual([...names].sort())
    expect(groups.reduce((total, group) => total + group.count, 0)).toBe(comparison.rows.length)
  })

  it('measures a group in full agreement as not divided, and an even three-way split as fully divided', () => {
    const mechanism = comparison.splits.find((entry) => entry.dimension === 'mechanism')
    expect(mechanism?.groups.find((group) => group.group === 'private-sector')?.divergence).toBe(0)
    const threeWay = compareContributions(
      codedFixtures.filter((entry) =>
        ['wgec-2016/cuba', 'wgec-2016/norway', 'wgec-2016/horizon-numerique'].includes(
          entry.contribution.id
        )
      ),
      {samples: 0}
    )
    expect(threeWay.splits[0]?.overall.divergence).toBe(1)
  })

  it('throws a TypeError for an unknown split', () => {
    expect(() => compareContributions(codedFixtures, {by: 'country' as 'group'})).toThrow(TypeError)
  })
})

describe('clusterBlocs', () => {
  it('merges the most similar groups first and stops below the threshold', () => {
    const matrix = [
      [1, 0.9, 0.1, 0.1],
      [0.9, 1, 0.1, 0.2],
      [0.1, 0.1, 1, 0.8],
      [0.1, 0.2, 0.8, 1]
    ]
    expect(clusterBlocs(['a', 'b', 'c', 'd'], matrix, 0.5).map((bloc) => bloc.members)).toEqual([
      ['a', 'b'],
      ['c', 'd']
    ])
    expect(clusterBlocs(['a', 'b', 'c', 'd'], matrix, 0.95).map((bloc) => bloc.members)).toEqual([
      ['a'],
      ['b'],
      ['c'],
      ['d']
    ])
  })
})

describe('compareContributions properties', () => {
  const runs = Number(process.env.FAST_CHECK_RUNS ?? 25)
  const subsets = fc.subarray(codedFixtures, {minLength: 1})

  it('gives the same result for a corpus and the same corpus reversed', () => {
    fc.assert(
      fc.property(subsets, (subset) => {
        const forward = compareContributions(subset, {samples: 50})
        const backward = compareContributions([...subset].reverse(), {samples: 50})
        expect(JSON.stringify(backward)).toBe(JSON.stringify(forward))
      }),
      {numRuns: runs, seed: 7}
    )
  })

  it('gives a duplicated submitter full agreement with its twin', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ...codedFixtures.filter((entry) =>
            entry.positions.some((position) => position.stance !== 'unstated')
          )
        ),
        (entry) => {
          // The same id from another document (another SHA-256): a second row, not a duplicate.
          const other = {
            ...entry,
            contribution: {
              ...entry.contribution,
              source: {...entry.contribution.source, sha256: 'f'.repeat(64), path: 'other.md'}
            }
          }
          const result = compareContributions([...codedFixtures, other], {samples: 0})
          const keys = result.agreement.keys
          const first = keys.indexOf(entry.contribution.id)
          const twin = keys.indexOf(`${entry.contribution.id}~2`)
          expect(twin).toBeGreaterThan(-1)
          expect(result.agreement.matrix[first]?.[twin]).toBe(1)
        }
      ),
      {numRuns: runs, seed: 7}
    )
  })

  it('gives every submitter full agreement with itself when comparing a corpus with itself', () => {
    const result = compareContributions(codedFixtures, {samples: 0})
    result.agreement.matrix.forEach((values, index) => {
      const stated = result.rows[index]?.cells.some((cell) => cell.stance !== 'unstated')
      expect(values[index]).toBe(stated ? 1 : null)
    })
  })

  it('draws the same bootstrap interval with the same seed', () => {
    const a = compareContributions(codedFixtures, {seed: 3})
    const b = compareContributions(codedFixtures, {seed: 3})
    expect(a.rows.map((entry) => entry.scale)).toEqual(b.rows.map((entry) => entry.scale))
  })
})
