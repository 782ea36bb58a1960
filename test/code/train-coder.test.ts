import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createTrainedCoder} from '../../src/code/coders/trained/create-trained-coder.js'
import {fitLogistic} from '../../src/code/coders/trained/fit-logistic.js'
import {sentenceFeatures} from '../../src/code/coders/trained/sentence-features.js'
import {softmax} from '../../src/code/coders/trained/softmax.js'
import {trainCoder} from '../../src/code/coders/trained/train-coder.js'
import {validateCoder} from '../../src/code/validation/validate-coder.js'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import {readCodings} from '../../src/codings/read-codings.js'
import {compareContributions} from '../../src/compare/compare-contributions.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {Position} from '../../src/schema/position.js'
import {TrainedModel} from '../../src/schema/trained-model.js'

const folder = new URL('../fixtures/train/', import.meta.url).pathname
const contributions = readdirSync(folder)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map(
    (name) =>
      parseContribution(
        new VFile({path: join(folder, name), value: readFileSync(join(folder, name))})
      ).contribution
  )
const codings = readCodings(readFileSync(join(folder, 'codings.json'), 'utf8')).codings
const byFile = (name: string) =>
  contributions.find((contribution) =>
    contribution.source?.path?.endsWith(name)
  ) as (typeof contributions)[number]

describe('sentenceFeatures', () => {
  it('gives folded words of three letters or more and the pairs they make, once each', () => {
    expect(sentenceFeatures('A new Body, a new body: États!')).toEqual([
      'new',
      'body',
      'etats',
      'new body',
      'body new',
      'body etats'
    ])
  })
})

describe('fitLogistic', () => {
  it('learns a feature that tells two classes apart, the same way on every run', () => {
    const rows = [[0], [0], [1], [1]]
    const labels = [0, 0, 1, 1]
    const options = {penalty: 0.01, iterations: 200, rate: 0.5}
    const fitted = fitLogistic(rows, labels, {classes: 2, features: 2}, options)
    expect(softmax(fitted.weights, fitted.bias, [0])[0]).toBeGreaterThan(0.8)
    expect(softmax(fitted.weights, fitted.bias, [1])[1]).toBeGreaterThan(0.8)
    expect(fitLogistic(rows, labels, {classes: 2, features: 2}, options)).toEqual(fitted)
  })

  it('keeps weights smaller with a higher penalty', () => {
    const shape = {classes: 2, features: 1}
    const low = fitLogistic([[0], []], [0, 1], shape, {penalty: 0, iterations: 300, rate: 0.5})
    const high = fitLogistic([[0], []], [0, 1], shape, {penalty: 1, iterations: 300, rate: 0.5})
    expect(Math.abs(high.weights[0]?.[0] ?? 0)).toBeLessThan(Math.abs(low.weights[0]?.[0] ?? 0))
  })
})

describe('trainCoder', () => {
  const coder = trainCoder(contributions, codings, {part: 'train'})

  it('codes documents it was not trained on with the stance their words share with the training', async () => {
    const report = await validateCoder(contributions, codings, {coder, part: 'test'})
    expect(report.coder).toEqual({id: 'trained'})
    expect(report.documents).toBe(2)
    expect(report.overall.percent).toBe(1)
    expect(report.disagreements).toEqual([])
  })

  it('gives valid positions for every dimension, unstated where training saw only unstated', () => {
    const positions = coder.code(byFile('oak-ministry.md'), defaultCodebook)
    expect(
      Position.array()
        .parse(positions)
        .map((position) => position.dimension)
    ).toEqual(defaultCodebook.dimensions.map((dimension) => dimension.id))
    expect(positions.find((position) => position.dimension === 'igf-relation')).toMatchObject({
      stance: 'unstated',
      score: 0,
      evidence: []
    })
  })

  it('scores toward the stated pole and gives as evidence the sentences whose words weigh for it', () => {
    const oak = coder.code(byFile('oak-ministry.md'), defaultCodebook)[0]
    const pine = coder.code(byFile('pine-forum.md'), defaultCodebook)[0]
    expect(oak?.stance).toBe('intergovernmental')
    expect(oak?.score).toBeLessThan(-0.5)
    expect(pine?.stance).toBe('multistakeholder')
    expect(pine?.score).toBeGreaterThan(0.5)
    expect(oak?.evidence.map((item) => [item.place.start.line, item.pole])).toEqual([
      [7, 'intergovernmental'],
      [9, 'intergovernmental']
    ])
    expect(Math.max(...(oak?.evidence ?? []).map((item) => item.weight))).toBe(1)
    expect(oak?.evidence[0]).not.toHaveProperty('indicator')
  })

  it('gives a model that is plain JSON and codes the same once read back', () => {
    const model = TrainedModel.parse(JSON.parse(JSON.stringify(coder.model)))
    expect(model).toMatchObject({
      type: 'wgec-trained-coder',
      formatVersion: 1,
      id: 'trained',
      codebook: {id: defaultCodebook.id, version: defaultCodebook.version},
      threshold: 0.7,
      documents: 8
    })
    const mechanism = model.dimensions[0]
    expect(mechanism?.classes).toEqual(['intergovernmental', 'multistakeholder'])
    expect(mechanism?.features).toContain('council states')
    expect(mechanism?.features.length).toBeLessThanOrEqual(100)
    // Words of every training document (`the`) or of fewer than three tell nothing apart.
    expect(mechanism?.features).not.toContain('the')
    expect(mechanism?.features).not.toContain('posts')
    expect(model.dimensions[5]).toEqual({
      dimension: 'igf-relation',
      poles: ['distinct-from-igf', 'through-igf'],
      classes: ['unstated'],
      features: [],
      weights: [[]],
      bias: [0]
    })
    const again = createTrainedCoder(model)
    for (const contribution of contributions) {
      expect(again.code(contribution, defaultCodebook)).toEqual(
        coder.code(contribution, defaultCodebook)
      )
    }
  })

  it('trains the same model on every run', () => {
    expect(trainCoder(contributions, codings, {part: 'train'}).model).toEqual(coder.model)
  })

  it('trains the same model whatever the order of the documents and codings', () => {
    const shuffled = trainCoder([...contributions].reverse(), [...codings].reverse(), {
      part: 'train'
    })
    expect(shuffled.model).toEqual(coder.model)
  })

  it('says unstated on every document for a dimension coded with one stance only', () => {
    const one = codings.map((coding) =>
      coding.dimension === 'mechanism' ? {...coding, stance: 'multistakeholder'} : coding
    )
    const single = trainCoder(contributions, one, {part: 'train'})
    expect(single.model.dimensions[0]?.classes).toEqual(['multistakeholder'])
    for (const contribution of contributions) {
      expect(single.code(contribution, defaultCodebook)[0]?.stance).toBe('unstated')
    }
  })

  it('codes an empty document as unstated on every dimension', () => {
    const empty = parseContribution('').contribution
    expect(coder.code(empty, defaultCodebook).map((position) => position.stance)).toEqual(
      defaultCodebook.dimensions.map(() => 'unstated')
    )
  })

  it('learns `mixed` as a class of its own', () => {
    const mixed = codings.map((coding) =>
      coding.file === 'gum-ministry.md' && coding.dimension === 'mechanism'
        ? {...coding, stance: 'mixed'}
        : coding
    )
    const trained = trainCoder(contributions, mixed, {part: 'train'})
    expect(trained.model.dimensions[0]?.classes).toEqual([
      'intergovernmental',
      'mixed',
      'multistakeholder'
    ])
    expect(trained.code(byFile('pine-forum.md'), defaultCodebook)[0]?.stance).toBe(
      'multistakeholder'
    )
  })

  it('counts a document coded under its file and its id once', () => {
    const oak = byFile('oak-ministry.md')
    const twice = [...codings, {contributionId: oak.id, dimension: 'un-role', stance: 'unstated'}]
    expect(trainCoder(contributions, twice).model.documents).toBe(10)
  })

  it('says unstated when no stance reaches the threshold', () => {
    const strict = trainCoder(contributions, codings, {part: 'train', threshold: 1})
    expect(strict.code(byFile('oak-ministry.md'), defaultCodebook)[0]?.stance).toBe('unstated')
  })

  it('reads only the features asked for', () => {
    const small = trainCoder(contributions, codings, {part: 'train', features: 2, id: 'small'})
    expect(small.id).toBe('small')
    expect(small.model.dimensions[0]?.features).toHaveLength(2)
  })

  it('is taken by compareContributions like any coder', () => {
    const coded = contributions.map((contribution) => ({
      contribution,
      positions: coder.code(contribution, defaultCodebook),
      coder: coder.id
    }))
    const comparison = compareContributions(coded, {coder, samples: 50})
    const row = comparison.rows.find((entry) => entry.contributionId === byFile('pine-forum.md').id)
    expect(row?.cells[0]?.stance).toBe('multistakeholder')
  })

  it.each([
    [{features: 0}, '`0` for `options.features`'],
    [{features: 2.5}, '`2.5` for `options.features`'],
    [{penalty: -1}, '`-1` for `options.penalty`'],
    [{threshold: 2}, '`2` for `options.threshold`'],
    [{id: 'Bad Id'}, '`Bad Id` for `options.id`, expected a kebab-case id other than `rules`'],
    [{id: 'rules'}, '`rules` for `options.id`'],
    [{codebook: {}}, '`[object Object]` for `options.codebook`, expected a Codebook'],
    [{part: 3}, '`3` for `options.part`']
  ])('throws on the invalid option %j', (options, message) => {
    expect(() => trainCoder(contributions, codings, options as never)).toThrow(message)
  })

  it('throws when no coding names a given document', () => {
    expect(() =>
      trainCoder(contributions, [
        {contributionId: 'x', file: 'nowhere.md', dimension: 'mechanism', stance: 'mixed'}
      ])
    ).toThrow(
      'Cannot train on `1` codings for `codings`, expected codings of the given documents (none of nowhere.md was given)'
    )
    expect(() => trainCoder('x' as never, codings)).toThrow('for `contributions`')
    expect(() => trainCoder(contributions, {} as never)).toThrow('for `codings`')
  })

  it('throws on a stance its dimension does not have, and on two codings of one cell', () => {
    const one = {contributionId: 'x', file: 'oak-ministry.md', dimension: 'mechanism'}
    expect(() => trainCoder(contributions, [{...one, stance: 'new-body'}])).toThrow(
      'Cannot train on stance `new-body` of `oak-ministry.md` for dimension `mechanism`'
    )
    expect(() =>
      trainCoder(contributions, [
        {...one, stance: 'mixed'},
        {...one, stance: 'unstated'}
      ])
    ).toThrow('two codings of `oak-ministry.md` for dimension `mechanism`')
  })
})

describe('createTrainedCoder', () => {
  const {model} = trainCoder(contributions, codings, {part: 'train'})

  it.each([
    ['not an object', 'x', '`x` for `model`'],
    ['another type', {...model, type: 'other'}, 'type:'],
    [
      'a bias list of the wrong length',
      {...model, dimensions: [{...model.dimensions[0], bias: [0]}]},
      'dimensions.0.bias: Expected one bias per class'
    ],
    [
      'a weight list of the wrong length',
      {...model, dimensions: [{...model.dimensions[0], weights: [[0], [0]]}]},
      'dimensions.0.weights'
    ],
    [
      'a class that is no stance of the dimension',
      {...model, dimensions: [{...model.dimensions[0], classes: ['intergovernmental', 'cheese']}]},
      'dimensions.0.classes: Expected classes among'
    ],
    [
      'a feature twice',
      {
        ...model,
        dimensions: [{...model.dimensions[5], features: ['treaty', 'treaty'], weights: [[0, 0]]}]
      },
      'dimensions.0.features: Expected distinct features'
    ],
    [
      'a dimension twice',
      {...model, dimensions: [model.dimensions[1], model.dimensions[1]]},
      'dimensions: Expected each dimension once'
    ],
    [
      'a weight too large to add up',
      {...model, dimensions: [{...model.dimensions[1], bias: [1e308]}]},
      'dimensions.0.bias.0'
    ],
    ['a threshold above 1', {...model, threshold: 1.5}, 'threshold:']
  ])('throws on a model with %s', (_, value, message) => {
    expect(() => createTrainedCoder(value)).toThrow(message)
  })

  it('refuses a codebook other than the one it was trained on, and a dimension it lacks', () => {
    const coder = createTrainedCoder(model)
    const oak = byFile('oak-ministry.md')
    expect(() => coder.code(oak, {...defaultCodebook, id: 'other'})).toThrow(
      'Cannot code with codebook `other` for `codebook`, expected `enhanced-cooperation`'
    )
    const fewer = createTrainedCoder({...model, dimensions: model.dimensions.slice(1)})
    expect(() => fewer.code(oak, defaultCodebook)).toThrow(
      'Cannot code dimension `mechanism` for `codebook`'
    )
    const [mechanism, ...rest] = defaultCodebook.dimensions
    if (!mechanism) throw new Error('No dimension')
    const renamed = {
      ...defaultCodebook,
      dimensions: [
        {...mechanism, poles: [{...mechanism.poles[0], id: 'states'}, mechanism.poles[1]]},
        ...rest
      ]
    } as typeof defaultCodebook
    expect(() => coder.code(oak, renamed)).toThrow(
      'expected poles `intergovernmental` and `multistakeholder` (coder `trained` was trained on them), not `states` and `multistakeholder`'
    )
    // Another version of the same codebook is fine: the coder reads words, not indicators.
    expect(coder.code(oak, {...defaultCodebook, version: '9.0.0'})[0]?.stance).toBe(
      'intergovernmental'
    )
  })

  it('says unstated on a tie, and when no sentence of the document weighs for the stance', () => {
    const [first] = model.dimensions
    if (!first) throw new Error('No dimension')
    const even = createTrainedCoder({
      ...model,
      threshold: 0,
      dimensions: [
        {...first, weights: first.weights.map((row) => row.map(() => 0)), bias: [0, 0]},
        ...model.dimensions.slice(1)
      ]
    })
    expect(even.code(byFile('oak-ministry.md'), defaultCodebook)[0]?.stance).toBe('unstated')
    // A bias that makes `intergovernmental` certain, with no feature: nothing in the text for it.
    const guess = createTrainedCoder({
      ...model,
      dimensions: [
        {...first, features: [], weights: [[], []], bias: [50, 0]},
        ...model.dimensions.slice(1)
      ]
    })
    expect(guess.code(byFile('pine-forum.md'), defaultCodebook)[0]).toMatchObject({
      stance: 'unstated',
      score: 0,
      evidence: []
    })
  })
})
