import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createRandom} from '../../src/compare/create-random.js'
import {createResampler, weighEvidence} from '../../src/evidence/weigh-evidence.js'
import type {Evidence} from '../../src/schema/position.js'

const poles = ['intergovernmental', 'multistakeholder'] as const

function evidence(offset: number, pole: string | null, weight: number): Evidence {
  const point = {line: 1, column: offset + 1, offset}
  return {
    quote: `Sentence at ${offset}.`,
    place: {start: point, end: {...point, column: point.column + 5, offset: offset + 5}},
    questionId: null,
    indicator: `indicator-${pole ?? 'none'}`,
    pole,
    weight,
    negated: false,
    hedged: false,
    attributed: false
  }
}

describe('weighEvidence', () => {
  it('counts a sentence once per pole, by its strongest indicator', () => {
    const result = weighEvidence(
      [
        evidence(0, 'multistakeholder', 1),
        evidence(0, 'multistakeholder', 0.5),
        evidence(10, 'intergovernmental', 0.5)
      ],
      poles
    )
    // 1 against 0.5 (the second indicator of the first sentence does not add): (1 - 0.5) / 1.5.
    expect(result).toEqual({stance: 'multistakeholder', score: 0.333})
  })

  it('lets hybrid language in a sentence stand for both sides', () => {
    const result = weighEvidence(
      [
        evidence(0, 'mixed', 1),
        evidence(0, 'intergovernmental', 1),
        evidence(9, 'multistakeholder', 0.5)
      ],
      poles
    )
    // The intergovernmental indicator of the hybrid sentence is not counted: mixed 1 >= 0.5.
    expect(result).toEqual({stance: 'mixed', score: 0.333})
  })

  it('leaves little evidence and weak ties unstated', () => {
    expect(weighEvidence([evidence(0, 'multistakeholder', 0.25)], poles)).toEqual({
      stance: 'unstated',
      score: 0
    })
    expect(
      weighEvidence(
        [evidence(0, 'multistakeholder', 0.5), evidence(5, 'intergovernmental', 0.5)],
        poles
      )
    ).toEqual({stance: 'unstated', score: 0})
  })
})

describe('createResampler', () => {
  const item = fc
    .tuple(
      fc.integer({min: 0, max: 6}),
      fc.constantFrom(poles[0], poles[1], 'mixed', 'hybrid', null),
      fc.constantFrom(0, 0.25, 0.5, 0.75, 1)
    )
    .map(([sentence, pole, weight]) => evidence(sentence * 10, pole, weight))

  it('gives the score weighEvidence gives the same draws', () => {
    fc.assert(
      fc.property(fc.array(item, {maxLength: 12}), fc.integer(), (list, seed) => {
        const resample = createResampler(list, poles)
        const fast = createRandom(seed, 'stream')
        const slow = createRandom(seed, 'stream')
        for (let round = 0; round < 20; round++) {
          const drawn = list.map(() => list[Math.floor(slow() * list.length)] as Evidence)
          expect(resample(fast)).toBe(weighEvidence(drawn, poles).score)
        }
      }),
      {numRuns: Number(process.env.FAST_CHECK_RUNS ?? 200), seed: 2016}
    )
  })
})
