import {describe, expect, it} from 'vitest'
import {codeContributions} from '../../src/code/code-contributions.js'
import type {Coder} from '../../src/code/coders/coder.js'
import {ruleCoder} from '../../src/code/coders/rules/rule-coder.js'
import {mapConcurrently} from '../../src/code/map-concurrently.js'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import {compareContributions} from '../../src/compare/compare-contributions.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {referenceCodebook} from '../../src/provenance/reference-codebook.js'
import {toReviewSheet} from '../../src/review/to-review-sheet.js'
import {CodedSet} from '../../src/schema/coded-contribution.js'
import {fixtureDocuments, readFixture} from '../helpers.js'

const contributions = fixtureDocuments()
  .slice(0, 6)
  .map((name) => parseContribution(readFixture(name)).contribution)

/** A coder that answers after a delay that shrinks with the document, counting calls pending. */
function slowCoder(): Coder & {most: number} {
  let pending = 0
  const coder = {
    id: 'slow',
    most: 0,
    code: async (...args: Parameters<Coder['code']>) => {
      pending += 1
      coder.most = Math.max(coder.most, pending)
      await new Promise((resolve) => setTimeout(resolve, 10 - (args[0].id.length % 7)))
      pending -= 1
      return ruleCoder.code(...args)
    }
  }
  return coder
}

describe('codeContributions', () => {
  it('gives a coded set that names its codebook and coder, in the contributions’ order', async () => {
    const set = await codeContributions(contributions, {coder: 'rules', codebook: defaultCodebook})
    expect(CodedSet.parse(set)).toEqual(set)
    expect(set.codebook).toEqual(referenceCodebook(defaultCodebook))
    expect(set.codebook.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(set.coder).toEqual({id: 'rules'})
    expect(set.contributions.map((entry) => entry.contribution.id)).toEqual(
      contributions.map((contribution) => contribution.id)
    )
    const [first] = contributions
    if (!first) throw new Error('the fixtures have contributions')
    expect(set.contributions[0]?.positions).toEqual(ruleCoder.code(first, defaultCodebook))
    expect(set.contributions.every((entry) => entry.coder === 'rules')).toBe(true)
  })

  it('codes at most `concurrency` at once with a coder that answers later, same set', async () => {
    const slow = slowCoder()
    const done: number[] = []
    const set = await codeContributions(contributions, {
      coder: slow,
      codebook: defaultCodebook,
      concurrency: 3,
      onCoded: (count) => done.push(count)
    })
    expect(slow.most).toBe(3)
    expect(done).toEqual([1, 2, 3, 4, 5, 6])
    const one = await codeContributions(contributions, {
      coder: slowCoder(),
      codebook: defaultCodebook
    })
    expect(set.contributions.map((entry) => entry.positions)).toEqual(
      one.contributions.map((entry) => entry.positions)
    )
  })

  it('rejects when the coder rejects, and on misuse', async () => {
    const failing: Coder = {id: 'failing', code: async () => Promise.reject(new Error('503'))}
    await expect(
      codeContributions(contributions, {coder: failing, codebook: defaultCodebook})
    ).rejects.toThrow('503')
    await expect(
      codeContributions(contributions, {coder: 'rules', codebook: defaultCodebook, concurrency: 0})
    ).rejects.toThrow('Cannot map with `0` for `concurrency`')
    await expect(codeContributions(contributions, {coder: 'rules'} as never)).rejects.toThrow(
      'for `options.codebook`, expected a codebook'
    )
    const empty: Coder = {id: 'empty', code: () => []}
    await expect(
      codeContributions(contributions, {coder: empty, codebook: defaultCodebook})
    ).rejects.toThrow('expected a position on every dimension of the codebook, none on `mechanism`')
  })
})

describe('mapConcurrently', () => {
  it('takes items from an async iterable only as calls free up', async () => {
    const taken: number[] = []
    async function* items() {
      for (let index = 0; index < 5; index++) {
        taken.push(index)
        yield index
      }
    }
    const seen: number[][] = []
    const result = await mapConcurrently(
      items(),
      async (item) => {
        seen.push([...taken])
        await new Promise((resolve) => setTimeout(resolve, 1))
        return item * 2
      },
      2
    )
    expect(result).toEqual([0, 2, 4, 6, 8])
    // The first call starts with at most two items taken.
    expect(seen[0]?.length).toBeLessThanOrEqual(2)
  })

  it('closes a generator after a rejection, and refuses what is no iterable', async () => {
    let closed = false
    function* items() {
      try {
        for (let index = 0; ; index++) yield index
      } finally {
        closed = true
      }
    }
    await expect(
      mapConcurrently(
        items(),
        async (item) => {
          if (item === 3) throw new Error('three')
          return item
        },
        2
      )
    ).rejects.toThrow('three')
    expect(closed).toBe(true)
    await expect(mapConcurrently(null as never, async () => 1, 1)).rejects.toThrow(
      'Cannot map `null` for `items`'
    )
  })
})

describe('a codebook mismatch', () => {
  it('is an error in compare and review, not a silent misnaming', async () => {
    const set = await codeContributions(contributions, {coder: 'rules', codebook: defaultCodebook})
    const renamed = {
      ...defaultCodebook,
      dimensions: defaultCodebook.dimensions.map((dimension) =>
        dimension.id === 'mechanism' ? {...dimension, id: 'who-decides'} : dimension
      )
    }
    expect(() => compareContributions(set.contributions, {codebook: renamed})).toThrow(
      'with codebook `enhanced-cooperation` 1.5.0, expected positions coded with it: it has no dimension `mechanism`'
    )
    expect(() => toReviewSheet(set.contributions, {codebook: renamed})).toThrow('Cannot review')
    expect(() => compareContributions(set.contributions, {samples: 0})).not.toThrow()
  })
})
