import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {codePositions} from '../../src/code/coders/rules/code-positions.js'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {fixtureDocuments, readFixture, readGold} from '../helpers.js'

interface Gold {
  contribution: string
  positions: Array<{dimension: string; stance: string; quote: string | null}>
}

interface Tally {
  right: number
  total: number
}

/**
 * Score the coder against the hand-written gold of a set of fixtures. The development set is what
 * the default codebook was written against; the held-out set was written by someone who never saw
 * the coder, and is the honest figure.
 */
function score(names: readonly string[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>(
    [...defaultCodebook.dimensions.map((dimension) => dimension.id), 'all'].map((id) => [
      id,
      {right: 0, total: 0}
    ])
  )
  for (const name of names) {
    const gold = readGold<Gold>(name, 'positions')
    const positions = codePositions(parseContribution(readFixture(name)).contribution)
    for (const entry of gold.positions) {
      const right =
        positions.find((position) => position.dimension === entry.dimension)?.stance ===
        entry.stance
      for (const key of [entry.dimension, 'all']) {
        const tally = tallies.get(key)
        if (!tally) continue
        tally.total++
        if (right) tally.right++
      }
    }
  }

  return tallies
}

const documents = fixtureDocuments()
const development = score(documents.filter((name) => !name.startsWith('holdout-')))
const heldOut = score(documents.filter((name) => name.startsWith('holdout-')))

function table(): string {
  const cell = (tally: Tally | undefined) =>
    tally ? `${tally.right}/${tally.total} (${Math.round((100 * tally.right) / tally.total)}%)` : ''
  const rows = [...development.keys()].map(
    (key) =>
      `| ${key === 'all' ? '**all dimensions**' : `\`${key}\``} | ${cell(development.get(key))} | ${cell(heldOut.get(key))} |`
  )
  return ['| dimension | development set | held-out set |', '|---|---|---|', ...rows].join('\n')
}

describe('coder accuracy against the gold codings', () => {
  it('codes at least 80% of the held-out stances right, and at least 50% on each dimension', () => {
    const all = heldOut.get('all')
    expect(all && all.right / all.total).toBeGreaterThanOrEqual(0.8)
    for (const [key, tally] of heldOut)
      expect(tally.right / tally.total, key).toBeGreaterThanOrEqual(0.5)
  })

  it('codes at least 90% of the development stances right', () => {
    const all = development.get('all')
    expect(all && all.right / all.total).toBeGreaterThanOrEqual(0.9)
  })

  it('reports the current figures in docs/methodology.md', () => {
    const methodology = readFileSync(new URL('../../docs/methodology.md', import.meta.url), 'utf8')
    expect(methodology).toContain(table())
  })
})
