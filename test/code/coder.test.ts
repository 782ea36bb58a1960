import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import type {Coder} from '../../src/code/coders/coder.js'
import {builtInCoders} from '../../src/code/coders/coders.js'
import {resolveCoder} from '../../src/code/coders/resolve-coder.js'
import {codePositions} from '../../src/code/coders/rules/code-positions.js'
import {ruleCoder} from '../../src/code/coders/rules/rule-coder.js'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import {compareContributions} from '../../src/compare/compare-contributions.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import type {Contribution} from '../../src/schema/contribution.js'
import {Evidence, Position, RuleEvidence} from '../../src/schema/position.js'
import {coders as pluginCoders} from '../fixtures/plugins/form-plugin.js'
import {readFixture} from '../helpers.js'

const cuba = parseContribution(readFixture('wgec-2016-cuba.md')).contribution
const norway = parseContribution(readFixture('wgec-2016-norway.md')).contribution

/** A coder that states one stance and score on `mechanism`, with no evidence. */
function fixedCoder(stance: string, score: number): Coder {
  return {
    id: 'fixed',
    code: (contribution: Contribution, codebook) =>
      codebook.dimensions.map((dimension) => ({
        contributionId: contribution.id,
        dimension: dimension.id,
        stance: dimension.id === 'mechanism' ? stance : 'unstated',
        score: dimension.id === 'mechanism' ? score : 0,
        evidence: []
      }))
  }
}

describe('the Coder seam', () => {
  it('registers the rule coder under `rules` and the trained coder under `trained`', async () => {
    expect(builtInCoders.map((factory) => factory.id)).toEqual(['rules', 'trained'])
    expect(resolveCoder('rules')).toBe(ruleCoder)
    const rules = builtInCoders.find((factory) => factory.id === 'rules')
    expect(await rules?.create({}, defaultCodebook)).toBe(ruleCoder)
  })

  it('makes a trained coder from its `model` option, and refuses one without it', async () => {
    const trained = builtInCoders.find((factory) => factory.id === 'trained')
    expect(trained?.options?.map((option) => [option.name, option.kind, option.required])).toEqual([
      ['model', 'json-file', true]
    ])
    expect(() => trained?.create({}, defaultCodebook)).toThrow('expected a trained model')
  })

  it('codes with the rule coder exactly as codePositions does', () => {
    expect(ruleCoder.code(cuba, defaultCodebook)).toEqual(
      codePositions(cuba, {codebook: defaultCodebook})
    )
  })

  it('takes a coder object with an id and a code function', () => {
    const coder = fixedCoder('multistakeholder', 0.8)
    expect(resolveCoder(coder)).toBe(coder)
  })

  it('throws for an unknown id or an object that is no coder', () => {
    expect(() => resolveCoder('llm')).toThrow(
      'Cannot use `llm` for `options.coder`, expected `rules` or a Coder'
    )
    expect(() => resolveCoder({id: 'x'} as unknown as Coder)).toThrow(
      'Cannot use `object` for `options.coder`'
    )
    expect(() => compareContributions([], {coder: 'nope'})).toThrow(TypeError)
  })
})

describe('evidence fields of the rule coder', () => {
  const core = {
    quote: 'A quote.',
    place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 9, offset: 8}},
    questionId: null,
    pole: 'multistakeholder',
    weight: 1
  }

  it('accepts evidence without the rule group, and rule evidence needs all of it', () => {
    expect(Evidence.safeParse(core).success).toBe(true)
    expect(RuleEvidence.safeParse(core).success).toBe(false)
    const rule = {...core, indicator: 'x', negated: false, hedged: false, attributed: false}
    expect(RuleEvidence.safeParse(rule).success).toBe(true)
  })

  it('leaves the group out of the JSON Schema’s required fields', () => {
    const schema = z.toJSONSchema(Position) as unknown as {
      properties: {evidence: {items: {required: string[]; properties: Record<string, unknown>}}}
    }
    const items = schema.properties.evidence.items
    expect(items.required.sort()).toEqual(['place', 'pole', 'questionId', 'quote', 'weight'])
    expect(Object.keys(items.properties)).toContain('negated')
  })

  it('gives every rule-coder evidence item the whole group', () => {
    for (const position of ruleCoder.code(cuba, defaultCodebook) as Position[]) {
      for (const item of position.evidence) expect(RuleEvidence.safeParse(item).success).toBe(true)
    }
  })
})

describe('compareContributions with positions of another coder', () => {
  it('gives a position without evidence the interval of its own score, not one towards 0', () => {
    const coder = fixedCoder('multistakeholder', 0.8)
    const positions = coder.code(norway, defaultCodebook) as Position[]
    const comparison = compareContributions([{contribution: norway, positions, coder: 'rules'}], {
      coder
    })
    expect(comparison.rows[0]?.scale).toEqual({mean: 0.8, low: 0.8, high: 0.8, dimensions: 1})
  })

  it('gives the same interval with the rule coder, whose resampler has nothing to draw', () => {
    const positions = fixedCoder('intergovernmental', -0.6).code(
      norway,
      defaultCodebook
    ) as Position[]
    const comparison = compareContributions([{contribution: norway, positions, coder: 'rules'}])
    expect(comparison.rows[0]?.scale).toEqual({mean: -0.6, low: -0.6, high: -0.6, dimensions: 1})
  })

  it('draws replicates with the coder’s own resampler', () => {
    const evidence = ruleCoder.code(cuba, defaultCodebook) as Position[]
    let calls = 0
    const coder: Coder = {
      id: 'counting',
      code: () => evidence,
      createResampler: () => () => {
        calls++
        return 0.5
      }
    }
    const comparison = compareContributions(
      [{contribution: cuba, positions: evidence, coder: 'rules'}],
      {
        coder,
        samples: 10
      }
    )
    const stated = evidence.filter((position) => position.stance !== 'unstated').length
    expect(calls).toBe(10 * stated)
    expect(comparison.rows[0]?.scale).toMatchObject({high: 0.5})
  })

  it('takes a coder that a kind of coder from outside makes, with its options', async () => {
    const [constant] = pluginCoders
    const coder = await constant?.create({stance: 'intergovernmental'}, defaultCodebook)
    if (!coder) throw new Error('the plugin has a coder')
    const comparison = compareContributions(
      [
        {contribution: norway, positions: await coder.code(norway, defaultCodebook), coder: 'rules'}
      ],
      {coder, samples: 0}
    )
    expect(comparison.provenance?.coder).toBe('constant')
    expect(comparison.rows[0]?.cells.map((cell) => cell.stance)).toEqual([
      'intergovernmental',
      ...Array.from({length: 5}, () => 'unstated')
    ])
    await expect(async () => constant?.create({stance: 'loud'}, defaultCodebook)).rejects.toThrow(
      '`loud` is no pole of `mechanism`'
    )
  })
})
