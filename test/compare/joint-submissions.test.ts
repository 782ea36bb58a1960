import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {codePositions} from '../../src/code/coders/rules/code-positions.js'
import {compareContributions} from '../../src/compare/compare-contributions.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {Comparison} from '../../src/schema/comparison.js'

function coded(name: string) {
  const path = new URL(`../fixtures/shapes/${name}`, import.meta.url).pathname
  const {contribution} = parseContribution(new VFile({path, value: readFileSync(path)}))
  return {contribution, positions: codePositions(contribution), coder: 'rules'}
}

describe('a joint contribution in a comparison', () => {
  const joint = coded('joint-governments.md')
  const single = coded('government-submission.md')

  it('is one row, named by all its submitters', () => {
    const comparison = compareContributions([joint, single], {samples: 0})
    expect(comparison.rows).toHaveLength(2)
    const row = comparison.rows.find((entry) => entry.contributionId === joint.contribution.id)
    expect(row?.name).toBe('Indonesia; Egypt')
    expect(row?.submitters?.map((submitter) => submitter.country)).toEqual(['IDN', 'EGY'])
    expect(Comparison.safeParse(comparison).success).toBe(true)
  })

  it('counts once in the whole and once in each regional group of its submitters', () => {
    const comparison = compareContributions([joint, single], {by: 'regional-group', samples: 0})
    const split = comparison.splits[0]
    expect(split?.overall.count).toBe(2)
    expect(
      Object.fromEntries(split?.groups.map((group) => [group.group, group.count]) ?? [])
    ).toEqual({
      african: 1,
      'asia-pacific': 2
    })
    const row = comparison.rows.find((entry) => entry.contributionId === joint.contribution.id)
    expect(row?.byAll).toEqual(['asia-pacific', 'african'])
  })

  it('counts once in a group that all its submitters share', () => {
    const comparison = compareContributions([joint, single], {by: 'group', samples: 0})
    expect(comparison.splits[0]?.groups.map((group) => [group.group, group.count])).toEqual([
      ['government', 2]
    ])
  })
})
