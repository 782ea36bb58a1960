import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createTrainedCoder} from '../../src/code/coders/trained/create-trained-coder.js'
import {trainCoder} from '../../src/code/coders/trained/train-coder.js'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {Position} from '../../src/schema/position.js'

// Short documents of words drawn from two small vocabularies, and a stance per document on
// `mechanism`: what the coder trains on and then codes.
const word = fc.constantFrom(
  'treaty',
  'states',
  'council',
  'sovereign',
  'open',
  'forums',
  'stakeholder',
  'bottom',
  'the',
  'rules'
)
const sentence = fc.array(word, {minLength: 1, maxLength: 12}).map((words) => `${words.join(' ')}.`)
const document = fc
  .array(sentence, {minLength: 0, maxLength: 6})
  .map((sentences) => sentences.join('\n\n'))
const stance = fc.constantFrom('intergovernmental', 'multistakeholder', 'mixed', 'unstated')
const sample = fc.array(fc.tuple(document, stance), {minLength: 1, maxLength: 12})

function train(entries: ReadonlyArray<readonly [string, string]>, threshold: number) {
  const contributions = entries.map(([text], index) => ({
    ...parseContribution(`# Contribution ${index}\n\n${text}\n`).contribution,
    id: `doc/${index}`
  }))
  const codings = entries.map(([, coded], index) => ({
    contributionId: `doc/${index}`,
    dimension: 'mechanism',
    stance: coded
  }))
  return {contributions, coder: trainCoder(contributions, codings, {threshold})}
}

describe('trainCoder (properties)', () => {
  it('gives valid positions, with evidence for every stance it states, on any sample', () => {
    fc.assert(
      fc.property(sample, fc.double({min: 0, max: 1, noNaN: true}), (entries, threshold) => {
        const {contributions, coder} = train(entries, threshold)
        for (const contribution of contributions) {
          const positions = Position.array().parse(coder.code(contribution, defaultCodebook))
          for (const position of positions) {
            expect(Number.isFinite(position.score)).toBe(true)
            if (position.stance === 'unstated') expect(position.evidence).toEqual([])
            else expect(position.evidence.length).toBeGreaterThan(0)
            for (const item of position.evidence) {
              expect(item.weight).toBeGreaterThan(0)
              expect(item.weight).toBeLessThanOrEqual(1)
            }
          }
        }
      }),
      {numRuns: 60}
    )
  })

  it('gives a model that reads back as the same coder', () => {
    fc.assert(
      fc.property(sample, (entries) => {
        const {contributions, coder} = train(entries, 0.7)
        const again = createTrainedCoder(JSON.parse(JSON.stringify(coder.model)))
        for (const contribution of contributions) {
          expect(again.code(contribution, defaultCodebook)).toEqual(
            coder.code(contribution, defaultCodebook)
          )
        }
      }),
      {numRuns: 40}
    )
  })
})

describe('trainCoder (a counterexample fast-check found)', () => {
  it('gives no evidence of weight 0, however weak a sentence is beside the strongest', () => {
    // Seed -1408979858 of the property above: threshold 0, and a sentence that weighs a thousandth
    // of the strongest.
    const {contributions, coder} = train(
      [
        [
          'council.\n\nbottom treaty.\n\nrules treaty.\n\nsovereign states stakeholder forums open the.',
          'unstated'
        ],
        ['', 'multistakeholder'],
        ['', 'intergovernmental'],
        ['states treaty bottom forums.\n\nrules council open sovereign the.', 'mixed'],
        ['', 'intergovernmental'],
        [
          'the treaty.\n\nforums.\n\nsovereign open council.\n\nbottom rules.\n\nstates stakeholder.',
          'multistakeholder'
        ],
        ['states treaty.\n\nrules the sovereign bottom stakeholder.', 'mixed']
      ],
      0
    )
    const weights = contributions.flatMap((contribution) =>
      coder
        .code(contribution, defaultCodebook)
        .flatMap((position) => position.evidence.map((item) => item.weight))
    )
    expect(weights.length).toBeGreaterThan(0)
    expect(Math.min(...weights)).toBeGreaterThan(0)
  })
})
