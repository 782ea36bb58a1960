import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {Coder} from '../../src/code/coders/coder.js'
import {ruleCoder} from '../../src/code/coders/rules/rule-coder.js'
import {validateCoder} from '../../src/code/validation/validate-coder.js'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import {readCodings} from '../../src/codings/read-codings.js'
import {toCodings} from '../../src/codings/to-codings.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {toValidationMarkdown} from '../../src/render/to-validation-markdown.js'
import {toValidationText} from '../../src/render/to-validation-text.js'
import type {Coding} from '../../src/schema/coding.js'
import type {Contribution} from '../../src/schema/contribution.js'
import {Validation} from '../../src/schema/validation.js'
import {fixtureDocuments, readFixture} from '../helpers.js'

const names = ['alder-forum.md', 'birch-ministry.md', 'cedar-network.md', 'dogwood-lab.md']
const folder = new URL('../fixtures/validate/', import.meta.url).pathname
const contributions = names.map(
  (name) =>
    parseContribution(
      new VFile({path: join(folder, name), value: readFileSync(join(folder, name))})
    ).contribution
)
const codings = readCodings(readFileSync(join(folder, 'codings.json'), 'utf8')).codings

/** A coder that answers after a tick, stating `mixed` on mechanism only, with no evidence. */
const slowMixed: Coder = {
  id: 'slow-mixed',
  version: '0.1.0',
  code: async (contribution: Contribution, codebook) => {
    await new Promise((resolve) => setTimeout(resolve, 1))
    return codebook.dimensions.map((dimension) => ({
      contributionId: contribution.id,
      dimension: dimension.id,
      stance: dimension.id === 'mechanism' ? 'mixed' : 'unstated',
      score: 0,
      evidence: []
    }))
  }
}

describe('validateCoder', () => {
  it('reports the rule coder on the tuning part, valid against its schema', async () => {
    const report = await validateCoder(contributions, codings, {part: 'tuning'})
    expect(Validation.safeParse(report).error).toBeUndefined()
    expect(report.overall).toMatchObject({units: 6, kappa: 0.6})
    expect(report.missingDocuments).toEqual(['elm-council.md'])
  })

  it('validates an asynchronous coder and names it with its version', async () => {
    const report = await validateCoder(contributions, codings, {coder: slowMixed, part: 'tuning'})
    expect(report.coder).toEqual({id: 'slow-mixed', version: '0.1.0'})
    // mechanism: every coded cell is mixed, no hand cell is: 0/3; all stated, none missed.
    expect(report.dimensions[0]).toMatchObject({units: 3, percent: 0, missed: {count: 0, of: 3}})
    // new-mechanism: the coder says unstated: agrees on the 2 unstated cells, misses new-body.
    expect(report.dimensions[1]).toMatchObject({percent: 2 / 3, missed: {count: 1, of: 1}})
    expect(report.disagreements.filter((entry) => entry.coded === 'mixed')).toHaveLength(3)
  })

  it('gives full agreement, nothing invented or missed, against the coder’s own codings', async () => {
    const fixtures = fixtureDocuments().map(
      (name) => parseContribution(readFixture(name)).contribution
    )
    const own = fixtures.flatMap((contribution) =>
      toCodings(ruleCoder.code(contribution, defaultCodebook) as never)
    )
    const report = await validateCoder(fixtures, own)
    expect(report.overall).toMatchObject({
      units: fixtures.length * 6,
      percent: 1,
      invented: {count: 0},
      missed: {count: 0}
    })
    expect(report.disagreements).toEqual([])
    for (const dimension of report.dimensions) {
      const {counts} = dimension.confusion
      const diagonal = counts.reduce((sum, row, index) => sum + (row[index] ?? 0), 0)
      expect(diagonal, dimension.dimension).toBe(dimension.units)
    }
  })

  it('matches codings without a file by contribution id', async () => {
    const byId: Coding[] = [
      {contributionId: 'unknown/dogwood-lab', dimension: 'mechanism', stance: 'multistakeholder'},
      {contributionId: 'nobody/here', dimension: 'mechanism', stance: 'unstated'}
    ]
    const report = await validateCoder(contributions, byId)
    expect(report.documents).toBe(1)
    expect(report.overall).toMatchObject({units: 1, percent: 1})
    expect(report.missingDocuments).toEqual(['nobody/here'])
    expect(report.uncodedDocuments).toHaveLength(3)
  })

  it('leaves out codings on dimensions the codebook does not have', async () => {
    const report = await validateCoder(contributions, [
      {contributionId: 'unknown/dogwood-lab', dimension: 'tone', stance: 'warm'}
    ])
    expect(report.documents).toBe(0)
    expect(report.overall.units).toBe(0)
  })

  it('throws for bad arguments and for a coder that gives no valid positions', async () => {
    await expect(validateCoder('x' as never, codings)).rejects.toThrow(
      'Cannot validate `string` for `contributions`'
    )
    await expect(validateCoder(contributions, {} as never)).rejects.toThrow(
      'Cannot validate `object` for `codings`'
    )
    await expect(validateCoder(contributions, codings, {part: 3 as never})).rejects.toThrow(
      'Cannot validate `3` for `options.part`, expected a string'
    )
  })

  it('leaves out, and names, the documents a coder fails on or gives no valid positions for', async () => {
    const broken: Coder = {id: 'broken', code: () => [{stance: 'x'}] as never}
    const report = await validateCoder(contributions, codings, {coder: broken, part: 'tuning'})
    expect(report.documents).toBe(0)
    expect(report.overall.units).toBe(0)
    expect(report.failedDocuments?.length).toBeGreaterThan(0)
    expect(report.failedDocuments?.[0]?.cause).toContain(
      'Cannot take what coder `broken` gave, expected a position (dimension, stance, score, evidence) at 0'
    )
    let calls = 0
    const once: Coder = {
      id: 'once',
      code: async (contribution, codebook) => {
        calls += 1
        if (calls === 1) throw new Error('503')
        return ruleCoder.code(contribution, codebook)
      }
    }
    const rules = await validateCoder(contributions, codings, {part: 'tuning'})
    const partial = await validateCoder(contributions, codings, {coder: once, part: 'tuning'})
    expect(partial.failedDocuments).toEqual([{document: expect.any(String), cause: '503'}])
    expect(partial.documents).toBe(rules.documents - 1)
    expect(rules.failedDocuments).toBeUndefined()
  })
})

describe('toValidationText and toValidationMarkdown', () => {
  it('render the same summary row and the codebook', async () => {
    const report = await validateCoder(contributions, codings, {
      part: 'tuning',
      codebook: defaultCodebook
    })
    expect(toValidationText(report)).toContain(
      'overall              6  0.600   3/4 (75.0%)   3/4 (75.0%)  1/2 (50.0%)  4/6 (66.7%)         33.3%  0.621'
    )
    const markdown = toValidationMarkdown(report, {title: 'Small case', depth: 2, details: false})
    expect(markdown.split('\n')[0]).toBe('## Small case')
    expect(markdown).toContain('| overall         |     6 | 0.600 |  3/4 (75.0%) |')
    expect(markdown).not.toContain('Confusion')
    expect(toValidationMarkdown(report, {title: null}).startsWith('Coder rules')).toBe(true)
  })

  it('says so when there is no disagreement', async () => {
    const report = await validateCoder(contributions, [
      {contributionId: 'unknown/dogwood-lab', dimension: 'mechanism', stance: 'multistakeholder'}
    ])
    expect(toValidationMarkdown(report)).toContain('## Disagreements (0)\n\nNone.')
    expect(toValidationText(report)).toContain('Disagreements (0)')
  })

  it('throws for options of the wrong type', async () => {
    const report = await validateCoder(contributions, [])
    expect(() => toValidationMarkdown(report, {title: 1 as never})).toThrow(TypeError)
    expect(() => toValidationMarkdown(report, {depth: 7 as never})).toThrow(TypeError)
    expect(() => toValidationMarkdown(report, {details: 'yes' as never})).toThrow(TypeError)
  })
})
