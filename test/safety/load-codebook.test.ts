import {describe, expect, it, vi} from 'vitest'
import {loadCodebook} from '../../src/code/codebook/load-codebook.js'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'

// No phrase pattern compiles to a backtracking regex (see regex.test.ts), so to reach the check a
// stand-in compiler turns one pattern into nested repetition.
vi.mock('../../src/code/codebook/compile-pattern.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/code/codebook/compile-pattern.js')>()
  return {
    ...actual,
    compilePattern: (pattern: string) =>
      pattern === 'nested repetition'
        ? {
            regex: /(?<![\p{L}\p{N}])new (?:[\p{L}\p{N}]+ ?)+body(?![\p{L}\p{N}])/gu,
            anchor: {exact: ['new'], prefixes: []}
          }
        : actual.compilePattern(pattern)
  }
})

function withPattern(pattern: string, where: 'indicator' | 'cue') {
  const codebook = structuredClone(defaultCodebook)
  const [dimension] = codebook.dimensions
  const [indicator] = dimension?.indicators ?? []
  if (!indicator) throw new Error('The default codebook has no indicator')
  if (where === 'indicator') indicator.pattern = pattern
  else codebook.cues.negation.en = [pattern]
  return codebook
}

describe('loadCodebook on patterns that could backtrack', () => {
  it('accepts the default codebook, whose patterns the checker finds safe', () => {
    const start = performance.now()
    const {codebook, messages} = loadCodebook(JSON.stringify(defaultCodebook))
    expect(messages).toEqual([])
    expect(codebook).toBeDefined()
    expect(performance.now() - start).toBeLessThan(5000)
  })

  it('reports an indicator pattern compiled to nested repetition as `unsafe-pattern`', () => {
    const {codebook, messages} = loadCodebook(withPattern('nested repetition', 'indicator'))
    expect(codebook).toBeUndefined()
    expect(messages.map((message) => message.ruleId)).toEqual(['unsafe-pattern'])
    expect(messages[0]?.fatal).toBe(true)
    expect(messages[0]?.reason).toBe(
      'Unexpected pattern `nested repetition` at `dimensions[0].indicators[0].pattern` whose regular expression backtracks exponentially on a run of `A` (`[\\p{L}\\p{N}]+` and `(?:[\\p{L}\\p{N}]+ ?)+`), expected one that matches in linear time'
    )
  })

  it('reports a cue pattern compiled to nested repetition with its path', () => {
    const {messages} = loadCodebook(withPattern('nested repetition', 'cue'))
    expect(messages.map((message) => message.reason)).toEqual([
      expect.stringContaining('at `cues.negation.en[0]` whose regular expression backtracks')
    ])
  })

  it('reports a pattern that does not compile as `invalid-pattern`, not also as unsafe', () => {
    const {messages} = loadCodebook(withPattern('new ~4 ~4 body', 'indicator'))
    expect(messages.map((message) => message.ruleId)).toEqual(['invalid-pattern'])
  })
})
