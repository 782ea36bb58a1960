import {existsSync} from 'node:fs'
import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import {Position} from '../../src/schema/position.js'
import {TrainedModel} from '../../src/schema/trained-model.js'
import {Validation} from '../../src/schema/validation.js'
import {cli, wgec} from './run-wgec.js'

// test/fixtures/train: eight synthetic documents to train on (part `train`: four ministries
// that want a council of states under a treaty, four forums that want open forums of every
// stakeholder) and two to test on (part `test`: oak, intergovernmental; pine, multistakeholder),
// coded on `mechanism` and `igf-relation` (unstated everywhere).
const folder = 'test/fixtures/train'
const codings = `${folder}/codings.json`
let model = ''
/** The run of `wgec train` that wrote `model`, before the tests. */
let trained: Awaited<ReturnType<typeof wgec>>

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error('Build first: `npm run build` (the test command does)')
  // Each test may run alone: the model `--coder` reads is trained here.
  model = join(await mkdtemp(join(tmpdir(), 'wgec-train-')), 'model.json')
  trained = await wgec('train', folder, '--codings', codings, '--part', 'train', '--out', model)
})

describe('wgec train', () => {
  it('writes a model trained on the part asked for, and says so on stderr', async () => {
    const {code, stdout, stderr} = trained
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(
      stderr.endsWith(
        'wgec: trained `trained` on 8 documents (codebook enhanced-cooperation 1.5.0)\n'
      )
    ).toBe(true)
    // The warnings of the documents trained on, not of those of the other part.
    expect(stderr).toContain('elm-ministry.md')
    expect(stderr).not.toContain('oak-ministry.md')
    const written = TrainedModel.parse(JSON.parse(await readFile(model, 'utf8')))
    expect(written.documents).toBe(8)
    expect(written.dimensions.map((entry) => entry.classes)).toEqual([
      ['intergovernmental', 'multistakeholder'],
      ['unstated'],
      ['unstated'],
      ['unstated'],
      ['unstated'],
      ['unstated']
    ])
  })

  it('prints the model on stdout without --out, with the settings given', async () => {
    const {code, stdout} = await wgec(
      'train',
      folder,
      '--codings',
      codings,
      '--part',
      'train',
      '--id',
      'forums',
      '--features',
      '3',
      '--threshold',
      '0.9',
      '-q'
    )
    expect(code).toBe(0)
    const printed = TrainedModel.parse(JSON.parse(stdout))
    expect([printed.id, printed.threshold, printed.dimensions[0]?.features.length]).toEqual([
      'forums',
      0.9,
      3
    ])
  })

  it('is used by validate, code and compare through --coder', async () => {
    const validated = await wgec(
      'validate',
      folder,
      '--codings',
      codings,
      '--part',
      'test',
      '--coder',
      'trained',
      '--model',
      model,
      '--format',
      'json'
    )
    expect(validated.code).toBe(0)
    const report = Validation.parse(JSON.parse(validated.stdout))
    expect(report.coder).toEqual({id: 'trained'})
    // Two documents by two dimensions, all four right: oak and pine on mechanism, both unstated
    // on igf-relation.
    expect([report.documents, report.overall.units, report.overall.percent]).toEqual([2, 4, 1])

    const coded = await wgec(
      'code',
      `${folder}/pine-forum.md`,
      '--coder',
      'trained',
      '--model',
      model,
      '--format',
      'json'
    )
    expect(coded.code).toBe(0)
    const [entry] = JSON.parse(coded.stdout) as Array<{positions: unknown[]}>
    const positions = Position.array().parse(entry?.positions)
    expect(positions[0]).toMatchObject({stance: 'multistakeholder'})
    expect(positions[0]?.evidence.map((item) => item.place.start.line)).toEqual([7])

    const compared = await wgec(
      'compare',
      folder,
      '--coder',
      'trained',
      '--model',
      model,
      '--format',
      'csv'
    )
    expect(compared.code).toBe(0)
    expect(compared.stdout).toMatch(/Oak Ministry of Transport.*mechanism,intergovernmental/)
  })

  it('exits 1 when no document given has codings of the part', async () => {
    const {code, stderr} = await wgec('train', folder, '--codings', codings, '--part', 'nope')
    expect(code).toBe(1)
    expect(stderr).toContain(
      'wgec: no document given has codings in part `nope` (parts: test, train)'
    )
  })

  it('exits 1 when the model cannot be written, or two codings code one cell', async () => {
    const nowhere = await wgec(
      'train',
      folder,
      '--codings',
      codings,
      '--out',
      '/nonexistent/dir/model.json'
    )
    expect(nowhere.code).toBe(1)
    expect(nowhere.stderr).toContain('wgec: cannot write `/nonexistent/dir/model.json`: ENOENT')
    const twice = join(await mkdtemp(join(tmpdir(), 'wgec-train-')), 'twice.json')
    await writeFile(
      twice,
      JSON.stringify([
        {file: 'oak-ministry.md', dimension: 'mechanism', stance: 'intergovernmental'},
        {
          contributionId: 'unknown/oak-ministry-of-transport',
          dimension: 'mechanism',
          stance: 'mixed'
        }
      ])
    )
    const conflicting = await wgec('train', folder, '--codings', twice, '-q')
    expect(conflicting.code).toBe(1)
    expect(conflicting.stderr).toContain(
      'wgec: Cannot train on two codings of `oak-ministry.md` for dimension `mechanism`'
    )
  })

  it('exits 2 on a bad setting, a missing model, a file that is no model, or another codebook', async () => {
    const bad = await wgec('train', folder, '--codings', codings, '--threshold', '2')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('Expected a number from 0 to 1.')
    const half = await wgec('train', folder, '--codings', codings, '--threshold', '.5', '-q')
    expect(half.code).toBe(0)
    expect((JSON.parse(half.stdout) as {threshold: number}).threshold).toBe(0.5)
    for (const id of ['Bad Id', 'rules']) {
      const named = await wgec('train', folder, '--codings', codings, '--id', id)
      expect(named.code, id).toBe(2)
      expect(named.stderr, id).toContain(`wgec: Cannot use \`${id}\` for \`--id\``)
    }

    const oak = `${folder}/oak-ministry.md`
    const missing = await wgec('code', oak, '--coder', 'trained', '--model', 'nowhere.json')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('wgec: Cannot read `nowhere.json` for `--model`')

    // A path is no coder id: the CLI does not sniff paths, it says how to give a model.
    const path = await wgec('code', oak, '--coder', model)
    expect(path.code).toBe(2)
    expect(path.stderr).toContain(`(a trained model is \`--coder trained --model ${model}\`)`)
    const without = await wgec('code', oak, '--coder', 'trained')
    expect(without.code).toBe(2)
    expect(without.stderr).toContain('wgec: `--coder trained` needs `--model`')
    const stray = await wgec('code', oak, '--model', model)
    expect(stray.code).toBe(2)
    expect(stray.stderr).toContain('wgec: `--model` applies to `--coder trained` only')

    const other = join(await mkdtemp(join(tmpdir(), 'wgec-train-')), 'other.json')
    await writeFile(other, '{"type": "something else"}')
    const notModel = await wgec('code', oak, '--coder', 'trained', '--model', other)
    expect(notModel.code).toBe(2)
    expect(notModel.stderr).toContain(
      `wgec: Cannot use coder \`trained\` \`--model ${other}\`: Cannot use`
    )

    const trained = JSON.parse(await readFile(model, 'utf8')) as TrainedModel
    const elsewhere = join(await mkdtemp(join(tmpdir(), 'wgec-train-')), 'elsewhere.json')
    await writeFile(
      elsewhere,
      JSON.stringify({...trained, codebook: {id: 'another-codebook', version: '1.0.0'}})
    )
    const mismatch = await wgec(
      'validate',
      folder,
      '--codings',
      codings,
      '--coder',
      'trained',
      '--model',
      elsewhere
    )
    expect(mismatch.code).toBe(2)
    expect(mismatch.stderr).toContain(
      `wgec: Cannot use coder \`trained\` \`--model ${elsewhere}\`: Cannot code with codebook \`enhanced-cooperation\` for \`codebook\`, expected \`another-codebook\``
    )

    // The same codebook with a pole renamed: the model's stances would be no stances of it.
    const renamed = join(await mkdtemp(join(tmpdir(), 'wgec-train-')), 'renamed.json')
    await writeFile(
      renamed,
      JSON.stringify(defaultCodebook).replaceAll('"intergovernmental"', '"states"')
    )
    const poles = await wgec(
      'code',
      oak,
      '--coder',
      'trained',
      '--model',
      model,
      '--codebook',
      renamed
    )
    expect(poles.code).toBe(2)
    expect(poles.stderr).toContain(
      'Cannot code dimension `mechanism` for `codebook`, expected poles `intergovernmental` and `multistakeholder` (coder `trained` was trained on them), not `states` and `multistakeholder`'
    )
  })
})
