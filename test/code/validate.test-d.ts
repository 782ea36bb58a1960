import {describe, expectTypeOf, it} from 'vitest'
import type {Coder} from '../../src/code/coders/coder.js'
import {ruleCoder} from '../../src/code/coders/rules/rule-coder.js'
import {
  createTrainedCoder,
  type TrainedCoder
} from '../../src/code/coders/trained/create-trained-coder.js'
import {trainCoder} from '../../src/code/coders/trained/train-coder.js'
import {validateCoder} from '../../src/code/validation/validate-coder.js'
import type {Position} from '../../src/schema/position.js'
import type {TrainedModel} from '../../src/schema/trained-model.js'
import type {Validation} from '../../src/schema/validation.js'

describe('coder and validation types', () => {
  it('lets a coder answer now or later', () => {
    expectTypeOf<ReturnType<Coder['code']>>().toEqualTypeOf<Position[] | Promise<Position[]>>()
    expectTypeOf(ruleCoder).toEqualTypeOf<Coder>()
  })

  it('gives a trained coder that is a Coder, answers now and carries its model', () => {
    expectTypeOf(trainCoder).returns.toEqualTypeOf<TrainedCoder>()
    expectTypeOf(createTrainedCoder).parameter(0).toEqualTypeOf<unknown>()
    expectTypeOf<TrainedCoder>().toExtend<Coder>()
    expectTypeOf<ReturnType<TrainedCoder['code']>>().toEqualTypeOf<Position[]>()
    expectTypeOf<TrainedCoder['model']>().toEqualTypeOf<TrainedModel>()
  })

  it('resolves validateCoder to a Validation', () => {
    expectTypeOf(validateCoder).returns.resolves.toEqualTypeOf<Validation>()
  })

  it('keeps the rule fields of evidence optional', () => {
    expectTypeOf<Position['evidence'][number]['negated']>().toEqualTypeOf<boolean | undefined>()
    expectTypeOf<Position['evidence'][number]['pole']>().toEqualTypeOf<string | null>()
  })
})
