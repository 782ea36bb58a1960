import {existsSync} from 'node:fs'
import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import {Validation} from '../../src/schema/validation.js'
import {cli, root, wgec} from './run-wgec.js'

const codings = 'test/fixtures/validate/codings.json'

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('Build first: `npm run build` (the test command does)')
})

// The small case, computed by hand from test/fixtures/validate/codings.json (tuning part: alder,
// birch, cedar on two dimensions) and what the coder reads in each document:
//   mechanism      hand: multistakeholder, intergovernmental, multistakeholder
//                  coder: multistakeholder, intergovernmental, unstated
//   new-mechanism  hand: unstated, new-body, unstated
//                  coder: existing-institutions, new-body, unstated
// mechanism: agreement 2/3. Cohen: hand marginals MS 2/3, IG 1/3; coder MS 1/3, IG 1/3, U 1/3;
//   expected (2/3)(1/3) + (1/3)(1/3) = 1/3, kappa = (2/3 - 1/3) / (1 - 1/3) = 0.5.
//   Krippendorff: 6 values, n(MS) 3, n(IG) 2, n(U) 1; observed disagreement 2/6; expected
//   2(3·2 + 3·1 + 2·1) / (6·5) = 22/30; alpha = 1 - (1/3) / (22/30) = 12/22 = 0.545.
//   Invented: no unstated hand cell, 0/0. Missed: 1 of 3 stated hand cells (cedar).
// new-mechanism: the same structure (U 2/3, NB 1/3 by hand; EI, NB, U a third each by the
//   coder): 2/3, kappa 0.5, alpha 0.545. Invented: 1 of 2 unstated hand cells (alder). Missed: 0/1.
// Overall, 6 cells with categories kept apart by dimension: agreement 4/6. Cohen: hand
//   marginals 2, 1, 2, 1 (of 6) meet coder marginals of 1 each: expected 6/36, kappa =
//   (4/6 - 1/6) / (5/6) = 0.6. Krippendorff: 12 values, counts 3, 2, 1, 3, 2, 1 (sum of squares
//   28); observed 4/12; expected (144 - 28) / (12·11) = 116/132; alpha = 1 - (1/3)(132/116) =
//   0.621. Invented 1/2, missed 1/4.
// Stated stances found: mechanism 2/3 (MS, IG), new-mechanism 1/1 (NB), overall 3/4. Claimed
//   stances right: mechanism 2/2, new-mechanism 1/2 (EI is wrong), overall 3/4. All-unstated
//   baseline: mechanism 0/3, new-mechanism 2/3, overall 2/6.
const count = (found: number, of: number) => ({
  count: found,
  of,
  share: of === 0 ? null : Math.round((found / of) * 1000) / 1000
})
const empty = (dimension: string) => ({
  dimension,
  units: 0,
  percent: null,
  kappa: null,
  alpha: null,
  found: count(0, 0),
  right: count(0, 0),
  invented: count(0, 0),
  missed: count(0, 0),
  baseline: count(0, 0)
})

let tuning: Promise<{stdout: string; stderr: string; code: number}> | undefined
/** `wgec validate` on the tuning part as JSON, run once for the tests that read it. */
function tuningJson() {
  tuning ??= wgec(
    'validate',
    'test/fixtures/validate',
    '--codings',
    codings,
    '--part',
    'tuning',
    '--format',
    'json'
  )
  return tuning
}

describe('wgec validate on the small synthetic case', () => {
  it('gives the hand-computed figures per dimension and overall, as JSON', async () => {
    const {stdout, code} = await tuningJson()
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as Validation
    expect(Validation.safeParse(report).error).toBeUndefined()
    expect(report).toMatchObject({
      coder: {id: 'rules'},
      codebook: {id: 'enhanced-cooperation'},
      part: 'tuning',
      documents: 3
    })
    expect(report.dimensions.map(({confusion: _, ...rest}) => rest)).toEqual([
      {
        dimension: 'mechanism',
        units: 3,
        percent: 2 / 3,
        kappa: 0.5,
        alpha: 12 / 22,
        found: count(2, 3),
        right: count(2, 2),
        invented: count(0, 0),
        missed: count(1, 3),
        baseline: count(0, 3)
      },
      {
        dimension: 'new-mechanism',
        units: 3,
        percent: 2 / 3,
        kappa: 0.5,
        alpha: 12 / 22,
        found: count(1, 1),
        right: count(1, 2),
        invented: count(1, 2),
        missed: count(0, 1),
        baseline: count(2, 3)
      },
      empty('un-role'),
      empty('state-authority'),
      empty('ec-status'),
      empty('igf-relation')
    ])
    expect(report.overall.units).toBe(6)
    expect(report.overall.percent).toBeCloseTo(4 / 6, 12)
    expect(report.overall.kappa).toBeCloseTo(0.6, 12)
    expect(report.overall.alpha).toBeCloseTo(1 - (1 / 3) * (132 / 116), 12)
    expect(report.overall.invented).toEqual(count(1, 2))
    expect(report.overall.missed).toEqual(count(1, 4))
    expect(report.overall.found).toEqual(count(3, 4))
    expect(report.overall.right).toEqual(count(3, 4))
    expect(report.overall.baseline).toEqual(count(2, 6))
  })

  it('gives the confusion matrices, hand codings by rows and the coder by columns', async () => {
    const {stdout} = await tuningJson()
    const report = JSON.parse(stdout) as Validation
    expect(report.dimensions[0]?.confusion).toEqual({
      stances: ['intergovernmental', 'multistakeholder', 'mixed', 'unstated'],
      counts: [
        [1, 0, 0, 0],
        [0, 1, 0, 1],
        [0, 0, 0, 0],
        [0, 0, 0, 0]
      ]
    })
    expect(report.dimensions[1]?.confusion).toEqual({
      stances: ['new-body', 'existing-institutions', 'mixed', 'unstated'],
      counts: [
        [1, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 1, 0, 1]
      ]
    })
  })

  it('lists each disagreement with the coder’s evidence, and what could not be matched', async () => {
    const {stdout} = await tuningJson()
    const report = JSON.parse(stdout) as Validation
    expect(report.disagreements).toEqual([
      {
        unit: 'alder-forum.md',
        contributionId: 'unknown/alder-civic-forum',
        dimension: 'new-mechanism',
        gold: 'unstated',
        coded: 'existing-institutions',
        evidence: [
          {
            file: 'test/fixtures/validate/alder-forum.md',
            line: 9,
            column: 1,
            quote: 'We believe that existing institutions should publish their budgets every year.',
            pole: 'existing-institutions',
            weight: 1
          }
        ]
      },
      {
        unit: 'cedar-network.md',
        contributionId: 'unknown/cedar-network',
        dimension: 'mechanism',
        gold: 'multistakeholder',
        coded: 'unstated',
        evidence: []
      }
    ])
    expect(report.missingDocuments).toEqual(['elm-council.md'])
    expect(report.uncodedDocuments).toEqual(['test/fixtures/validate/dogwood-lab.md'])
  })

  it('prints the same figures as a text table, with the places of the evidence', async () => {
    const {stdout, stderr, code} = await wgec(
      'validate',
      'test/fixtures/validate',
      '--codings',
      codings,
      '--part',
      'tuning'
    )
    expect(code).toBe(0)
    const lines = stdout.split('\n')
    expect(lines[0]).toBe(
      `Coder rules (codebook enhanced-cooperation ${defaultCodebook.version}) against the hand codings of 3 documents, tuning part`
    )
    expect(lines.slice(2, 10)).toEqual([
      'dimension        cells  kappa  stated found  claims right     invented     accuracy  all-unstated  alpha',
      'mechanism            3  0.500   2/3 (66.7%)  2/2 (100.0%)          0/0  2/3 (66.7%)          0.0%  0.545',
      'new-mechanism        3  0.500  1/1 (100.0%)   1/2 (50.0%)  1/2 (50.0%)  2/3 (66.7%)         66.7%  0.545',
      'un-role              0      —           0/0           0/0          0/0            —             —      —',
      'state-authority      0      —           0/0           0/0          0/0            —             —      —',
      'ec-status            0      —           0/0           0/0          0/0            —             —      —',
      'igf-relation         0      —           0/0           0/0          0/0            —             —      —',
      'overall              6  0.600   3/4 (75.0%)   3/4 (75.0%)  1/2 (50.0%)  4/6 (66.7%)         33.3%  0.621'
    ])
    expect(stdout).toContain(
      [
        'mechanism            intergovernmental  multistakeholder  mixed  unstated',
        '  intergovernmental                  1                 0      0         0',
        '  multistakeholder                   0                 1      0         1'
      ].join('\n')
    )
    expect(stdout).not.toContain('un-role          un-centred')
    expect(stdout).toContain(
      [
        'alder-forum.md  new-mechanism: hand codings unstated, coder existing-institutions',
        '  test/fixtures/validate/alder-forum.md:9:1  existing-institutions (weight 1)',
        '    “We believe that existing institutions should publish their budgets every year.”',
        '',
        'cedar-network.md  mechanism: hand codings multistakeholder, coder unstated',
        '  no evidence'
      ].join('\n')
    )
    expect(stdout).toContain('Named by the codings but not given: elm-council.md')
    expect(stdout).toContain('1 document given without codings')
    expect(stderr).not.toContain('dogwood-lab.md')
    // The README shows this output (indented in a list item), summary and disagreements.
    const readme = await readFile(join(root, 'README.md'), 'utf8')
    const indented = (text: string) =>
      text
        .split('\n')
        .map((line) => (line === '' ? '' : `  ${line}`))
        .join('\n')
    expect(readme).toContain(indented(lines.slice(0, 10).join('\n')))
    expect(readme).toContain(indented(stdout.slice(stdout.indexOf('Disagreements (2)')).trimEnd()))
  })

  it('prints the same figures as Markdown tables', async () => {
    const {stdout} = await wgec(
      'validate',
      'test/fixtures/validate',
      '--codings',
      codings,
      '--part',
      'tuning',
      '--format',
      'md'
    )
    expect(stdout).toContain(
      '| overall         |     6 | 0.600 |  3/4 (75.0%) |  3/4 (75.0%) | 1/2 (50.0%) | 4/6 (66.7%) |        33.3% | 0.621 |'
    )
    expect(stdout).toContain(
      '| unstated              |        0 |                     1 |     0 |        1 |'
    )
    expect(stdout).toContain(
      '- cedar-network.md, mechanism: hand codings multistakeholder, coder unstated (no evidence)'
    )
  })

  it('takes every part without --part: the fourth document and its agreeing cell count', async () => {
    const {stdout} = await wgec(
      'validate',
      'test/fixtures/validate',
      '--codings',
      codings,
      '--format',
      'json'
    )
    const report = JSON.parse(stdout) as Validation
    expect(report.part).toBeNull()
    expect(report.documents).toBe(4)
    // mechanism gains dogwood (hand and coder: multistakeholder): 3 of 4.
    expect(report.dimensions[0]).toMatchObject({units: 4, percent: 0.75, missed: count(1, 4)})
    expect(report.uncodedDocuments).toEqual([])
  })

  it('exits 1 with a message when no document has codings in the part', async () => {
    const {stderr, code} = await wgec(
      'validate',
      'test/fixtures/validate',
      '--codings',
      codings,
      '--part',
      'holdout'
    )
    expect(code).toBe(1)
    expect(stderr).toContain(
      'wgec: no document given has codings in part `holdout` (parts: test, tuning)'
    )
  })

  it('exits 2 without --codings, or with an unknown coder', async () => {
    expect((await wgec('validate', 'test/fixtures/validate')).code).toBe(2)
    const unknown = await wgec(
      'validate',
      'test/fixtures/validate',
      '--codings',
      codings,
      '--coder',
      'x'
    )
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain(
      'Cannot use coder `x` for `--coder`, expected `rules`, `trained`'
    )
  })
})

describe('wgec validate and --coder on bad input', () => {
  it('reports invalid codings with their place and exits 1', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-'))
    await writeFile(join(folder, 'bad.json'), '[{"file": "alder-forum.md", "dimension": 3}]')
    const {stderr, code} = await wgec(
      'validate',
      'test/fixtures/validate',
      '--codings',
      join(folder, 'bad.json')
    )
    expect(code).toBe(1)
    expect(stderr).toContain('bad.json')
    expect(stderr).toMatch(/invalid-coding/)
    expect(stderr).toContain('wgec: no document given has codings')
  })

  it('codes and compares with the coder named by --coder, and refuses an unknown one', async () => {
    const coded = await wgec('code', 'test/fixtures/validate/birch-ministry.md', '--coder', 'rules')
    expect(coded.code).toBe(0)
    expect(coded.stdout).toMatch(/mechanism\s+intergovernmental/)
    const compared = await wgec(
      'compare',
      'test/fixtures/validate',
      '--coder',
      'rules',
      '--format',
      'json'
    )
    expect(compared.code).toBe(0)
    expect((JSON.parse(compared.stdout) as {rows: unknown[]}).rows).toHaveLength(4)
    for (const command of ['code', 'compare']) {
      const unknown = await wgec(command, 'test/fixtures/validate', '--coder', 'oracle')
      expect(unknown.code, command).toBe(2)
      expect(unknown.stderr, command).toContain('Cannot use coder `oracle` for `--coder`')
    }
  })
})

describe('wgec agree on the real gold set’s two blind coders', () => {
  it('reads both files by file name and measures all 246 cells', async () => {
    const {stdout, code} = await wgec(
      'agree',
      'fixtures/netmundial-2014/coder-a.json',
      'fixtures/netmundial-2014/coder-b.json',
      '--format',
      'json'
    )
    expect(code).toBe(0)
    const agreement = JSON.parse(stdout) as {
      overall: {units: number; percent: number}
      unmatched: unknown[]
      disagreements: Array<{contributionId: string}>
    }
    expect(agreement.overall.units).toBe(246)
    expect(agreement.unmatched).toEqual([])
    expect(agreement.overall.percent).toBeCloseTo(1 - agreement.disagreements.length / 246, 12)
    expect(agreement.disagreements[0]?.contributionId).toMatch(/^\d{3}-document\.txt$/)
  })
})
