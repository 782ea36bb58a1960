import {existsSync} from 'node:fs'
import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {fixtureDocuments} from '../helpers.js'
import {cli, root, wgec} from './run-wgec.js'

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('Build first: `npm run build` (the test command does)')
})

describe('wgec parse', () => {
  it('prints one JSON element per file with its contribution and messages', async () => {
    const {stdout, code} = await wgec('parse', 'fixtures', '--format', 'json')
    const output = JSON.parse(stdout) as Array<{
      file: string
      contribution: {id: string}
      messages: unknown[]
    }>
    expect(code).toBe(0)
    expect(output).toHaveLength(fixtureDocuments().length)
    expect(
      output.find((entry) => entry.file === 'fixtures/wgec-2016-cuba.md')?.contribution.id
    ).toBe('wgec-2016/cuba')
    expect(
      output.find((entry) => entry.file === 'fixtures/not-a-contribution.md')?.messages
    ).toEqual(
      [
        ['no-consultation-found', null],
        ['no-date-found', null],
        ['no-questions-found', false],
        ['no-submitter-found', false]
      ].map(([ruleId, fatal]) => ({
        ruleId,
        reason: expect.any(String),
        line: 1,
        column: 1,
        fatal,
        args: {},
        url: `docs/diagnostics.md#${ruleId}`
      }))
    )
  })

  it('reports warnings on stderr in the unified reporter style', async () => {
    const {stderr} = await wgec('parse', 'fixtures/not-a-contribution.md')
    expect(stderr).toContain('fixtures/not-a-contribution.md')
    expect(stderr).toMatch(
      /1:1-1:2\s+warning\s+Unexpected document without recognised questions.*no-questions-found\s+wgec/
    )
  })

  it('goes on with the other files when one cannot be read, and exits 1', async () => {
    const {stdout, stderr, code} = await wgec(
      'parse',
      'missing.md',
      'fixtures/wgec-2016-cuba.md',
      '--format',
      'json'
    )
    const output = JSON.parse(stdout) as Array<{
      file: string
      contribution: unknown
      messages: Array<{ruleId: string; fatal: boolean}>
    }>
    expect(code).toBe(1)
    expect(output.map((entry) => [entry.file, entry.contribution === null])).toEqual([
      ['missing.md', true],
      ['fixtures/wgec-2016-cuba.md', false]
    ])
    expect(output[0]?.messages[0]).toMatchObject({ruleId: 'unreadable-file', fatal: true})
    expect(stderr).toContain('unreadable-file')
  })

  it('exits 1 on a binary file and still prints the others', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-'))
    await writeFile(
      join(folder, 'a.md'),
      new Uint8Array(256).map((_, index) => index % 9)
    )
    await writeFile(
      join(folder, 'b.md'),
      'Working Group on Enhanced Cooperation\n\nSubmitted by\n\nChile\n\n## High-level characteristics\n\nOpen.\n'
    )
    const {stdout, code} = await wgec('parse', folder)
    expect(code).toBe(1)
    expect(stdout).toContain('a.md: not read')
    expect(stdout).toContain('b.md: wgec-2016/chile')
    expect(stdout).toContain('1 of 2 files read')
  })

  it('refuses a PDF named on the command line, and says how to convert it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-'))
    await writeFile(join(folder, 'chile.pdf'), '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n')
    const {stdout, stderr, code} = await wgec('parse', join(folder, 'chile.pdf'))
    expect(code).toBe(1)
    expect(stdout).toContain('chile.pdf: not read')
    expect(stderr).toContain('unsupported-format')
    expect(stderr).toContain('pdftotext')
  })

  it('leaves out, with a warning, the PDF and Word files of a folder it compares', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-'))
    await writeFile(join(folder, 'chile.pdf'), '%PDF-1.7\n')
    await writeFile(join(folder, 'chile.docx'), 'PK\u0003\u0004')
    await writeFile(
      join(folder, 'chile.md'),
      'Working Group on Enhanced Cooperation\n\nSubmitted by\n\nChile\n\n## High-level characteristics\n\nOpen.\n'
    )
    const {stdout, stderr, code} = await wgec('compare', folder, '--format', 'csv')
    expect(code).toBe(0)
    expect(stdout).toContain('wgec-2016/chile')
    expect(stderr.match(/skipped-file/g)).toHaveLength(2)
    expect(stderr).toContain('chile.pdf')
  })

  it('prints a one-line summary per file by default', async () => {
    const {stdout, code} = await wgec('parse', 'fixtures/wgec-2016-cuba.md')
    expect(code).toBe(0)
    expect(stdout).toBe(
      'fixtures/wgec-2016-cuba.md: wgec-2016/cuba · Cuba (government, CUB, grulac) · en · 2016-12-12 · answers q1 q2 · 15 citations\n\n1 of 1 file read\n'
    )
  })

  it('exits 2 on misuse', async () => {
    expect((await wgec('parse')).code).toBe(2)
    expect((await wgec('parse', 'fixtures', '--format', 'yaml')).code).toBe(2)
    expect((await wgec('frobnicate')).code).toBe(2)
  })
})

describe('wgec', () => {
  it('prints its version', async () => {
    const {stdout, code} = await wgec('--version')
    expect(code).toBe(0)
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('prints help', async () => {
    const {stdout, code} = await wgec('--help')
    expect(code).toBe(0)
    expect(stdout).toContain('Usage: wgec')
  })

  it('prints the JSON Schema of a contribution', async () => {
    const {stdout, code} = await wgec('schema')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object'
    })
  })
})

describe('wgec code', () => {
  it('prints one JSON element per file with its positions', async () => {
    const {stdout, code} = await wgec('code', 'fixtures/wgec-2016-cuba.md', '--format', 'json')
    const [entry] = JSON.parse(stdout) as Array<{
      file: string
      positions: Array<{dimension: string; stance: string}>
    }>
    expect(code).toBe(0)
    expect(entry?.file).toBe('fixtures/wgec-2016-cuba.md')
    expect(entry?.positions.map((position) => position.stance)).toEqual([
      'intergovernmental',
      'new-body',
      'un-centred',
      'sovereign-states',
      'unfulfilled',
      'unstated'
    ])
  })

  it('explains each position with its quotes as file:line:column', async () => {
    const {stdout} = await wgec('code', 'fixtures/wgec-2016-cuba.md', '--explain')
    expect(stdout).toContain(
      '    fixtures/wgec-2016-cuba.md:40:3  intergovernmental-mechanism-en → intergovernmental (weight 1)\n      “This mechanism should be an intergovernmental mechanism based on the United Nations'
    )
    expect(stdout).toContain('replace-existing-en → nothing (weight 0; negated)')
  })

  it('writes codings as CSV that `agree` reads back', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-'))
    const {stdout} = await wgec('code', 'fixtures/wgec-2016-cuba.md', '--format', 'csv')
    expect(stdout.split('\n')[0]).toBe('contribution,dimension,stance,quote,coder')
    await writeFile(join(folder, 'auto.csv'), stdout)
    const agreement = await wgec(
      'agree',
      join(folder, 'auto.csv'),
      'fixtures/wgec-2016-cuba.positions.json',
      '--format',
      'json'
    )
    expect(agreement.code).toBe(0)
    expect(JSON.parse(agreement.stdout)).toMatchObject({
      overall: {units: 6, percent: 1},
      disagreements: []
    })
  })

  it('reports an invalid codebook with the path of each problem, and exits 1', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-'))
    const codebook = join(folder, 'codebook.json')
    await writeFile(codebook, JSON.stringify({id: 'Bad Id', version: '1'}))
    const {stderr, code} = await wgec('code', 'fixtures/wgec-2016-cuba.md', '--codebook', codebook)
    expect(code).toBe(1)
    expect(stderr).toContain('codebook.json')
    expect(stderr).toMatch(
      /Unexpected value at `id`: Expected a kebab-case id\s+schema-invalid_format/
    )
  })

  it('exits 2 when the codebook file does not exist', async () => {
    const {stderr, code} = await wgec(
      'code',
      'fixtures/wgec-2016-cuba.md',
      '--codebook',
      'nope.json'
    )
    expect(code).toBe(2)
    expect(stderr).toContain('Cannot read codebook `nope.json`')
  })
})

describe('wgec codebook', () => {
  it('prints the default codebook, which `code --codebook` accepts', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-'))
    const {stdout} = await wgec('codebook')
    expect(JSON.parse(stdout)).toMatchObject({id: 'enhanced-cooperation', version: '1.5.0'})
    await writeFile(join(folder, 'codebook.json'), stdout)
    const {code} = await wgec(
      'code',
      'fixtures/wgec-2016-cuba.md',
      '--codebook',
      join(folder, 'codebook.json')
    )
    expect(code).toBe(0)
  })
})

describe('wgec agree', () => {
  it('prints the agreement table and the disagreements', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-'))
    await writeFile(
      join(folder, 'a.csv'),
      'contribution,dimension,stance\nx,mechanism,intergovernmental\ny,mechanism,multistakeholder\n'
    )
    await writeFile(
      join(folder, 'b.csv'),
      'contribution,dimension,stance\nx,mechanism,intergovernmental\ny,mechanism,mixed\n'
    )
    const {stdout, code} = await wgec('agree', join(folder, 'a.csv'), join(folder, 'b.csv'))
    expect(code).toBe(0)
    expect(stdout).toContain('mechanism      2    0.500')
    expect(stdout).toContain('  y  mechanism: a=multistakeholder, b=mixed')
  })
})

describe('wgec compare', () => {
  it('prints the Markdown comparison of the fixture corpus, Cuba first, quietly on a pipe', async () => {
    const {stdout, stderr, code} = await wgec('compare', 'fixtures')
    expect(code).toBe(0)
    expect(stdout.startsWith('# Comparison\n')).toBe(true)
    const firstRow = stdout
      .split('\n')
      .find(
        (line) =>
          line.startsWith('| ') && !line.startsWith('| Submitter') && !line.startsWith('| :')
      )
    expect(firstRow).toMatch(/^\| Cuba\s+\| government \(grulac\)/)
    expect(stderr).not.toContain('\r')
  })

  it('writes every format, and to a file with --out', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-'))
    for (const format of ['md', 'csv', 'json', 'latex', 'html']) {
      const out = join(folder, `comparison.${format}`)
      const {code} = await wgec(
        'compare',
        'fixtures/wgec-2016-cuba.md',
        'fixtures/wgec-2016-norway.md',
        '--format',
        format,
        '--out',
        out
      )
      expect(code, format).toBe(0)
    }

    const json = JSON.parse(await readFile(join(folder, 'comparison.json'), 'utf8')) as {
      rows: Array<{name: string}>
    }
    expect(json.rows.map((row) => row.name)).toEqual(['Cuba', 'Norway'])
    expect(await readFile(join(folder, 'comparison.latex'), 'utf8')).toContain('\\toprule')
    expect(await readFile(join(folder, 'comparison.html'), 'utf8')).toMatch(/^<!doctype html>/i)
    expect((await readFile(join(folder, 'comparison.csv'), 'utf8')).split('\n')[0]).toMatch(
      /^contribution,key,name,group/
    )
  })

  it('splits by UN regional group', async () => {
    const {stdout} = await wgec('compare', 'fixtures', '--by', 'regional-group', '--format', 'json')
    const json = JSON.parse(stdout) as {by: string; splits: Array<{groups: Array<{group: string}>}>}
    expect(json.by).toBe('regional-group')
    expect(json.splits[0]?.groups.map((group) => group.group)).toContain('grulac')
  })

  it('still compares the other files when one cannot be read, and exits 1', async () => {
    const {stdout, code} = await wgec(
      'compare',
      'missing.md',
      'fixtures/wgec-2016-cuba.md',
      '--format',
      'json'
    )
    expect(code).toBe(1)
    expect((JSON.parse(stdout) as {rows: unknown[]}).rows).toHaveLength(1)
  })

  it('exits 2 on a bad --samples', async () => {
    expect((await wgec('compare', 'fixtures', '--samples', 'many')).code).toBe(2)
  })
})

describe('the README', () => {
  it('shows the real output of the main job (`npm start`)', async () => {
    const {stdout} = await wgec('compare', 'fixtures')
    const readme = await readFile(join(root, 'README.md'), 'utf8')
    const table = stdout.split('\n').slice(0, 27).join('\n')
    expect(readme).toContain(table)
  })
})
