import {existsSync} from 'node:fs'
import {copyFile, mkdir, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse} from 'csv-parse/browser/esm/sync'
import {stringify} from 'csv-stringify/browser/esm/sync'
import {beforeAll, describe, expect, it} from 'vitest'
import {cli, root, wgec} from './run-wgec.js'

interface JsonCell {
  dimension: string
  stance: string
  provenance: {kind: string; reviewer?: string | null}
  coderStance: string
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('Build first: `npm run build` (the test command does)')
})

const edits = [
  ['wgec-2016/cuba', 'mechanism', 'multistakeholder'],
  ['wgec-2016/norway', 'un-role', 'un-peripheral'],
  ['wgec-2016/norway', 'ec-status', 'mixed']
] as const

describe('the review round trip', () => {
  let folder = ''
  let sheet = ''

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'wgec-review-'))
    sheet = join(folder, 'r.csv')
    const {code} = await wgec('review', 'fixtures', '--out', sheet)
    expect(code).toBe(0)
    // Fill three cells, as a researcher does in a spreadsheet.
    const rows = parse(await readFile(sheet, 'utf8')) as string[][]
    const [header = []] = rows
    const at = (name: string) => header.indexOf(name)
    for (const row of rows.slice(1)) {
      const edit = edits.find(
        ([id, dimension]) => row[at('contribution')] === id && row[at('dimension')] === dimension
      )
      if (!edit) continue
      row[at('reviewed_stance')] = edit[2]
      row[at('reviewer')] = 'ana'
      row[at('note')] = 'read again'
    }
    await writeFile(sheet, stringify(rows))
  })

  it('writes a review sheet with one row per contribution and dimension', async () => {
    const rows = parse(await readFile(sheet, 'utf8'), {columns: true}) as Array<
      Record<string, string>
    >
    const {stdout} = await wgec('compare', 'fixtures', '--format', 'json', '--samples', '1')
    const comparison = JSON.parse(stdout) as {rows: unknown[]; dimensions: unknown[]}
    expect(rows).toHaveLength(comparison.rows.length * comparison.dimensions.length)
    expect(rows.every((row) => /:\d+:\d+$/.test(row.place_1 ?? '') || row.quote_1 === '')).toBe(
      true
    )
  })

  it('compares with exactly the three reviewed cells, the coder’s originals kept', async () => {
    const {stdout, code} = await wgec('compare', 'fixtures', '--codings', sheet, '--format', 'json')
    expect(code).toBe(0)
    const comparison = JSON.parse(stdout) as {
      rows: Array<{contributionId: string; cells: JsonCell[]}>
      review: {reviewed: number; changed: number}
    }
    const reviewed = comparison.rows.flatMap((row) =>
      row.cells
        .filter((cell) => cell.provenance.kind === 'reviewed')
        .map((cell) => [
          row.contributionId,
          cell.dimension,
          cell.stance,
          cell.coderStance,
          cell.provenance.reviewer
        ])
    )
    expect(reviewed.sort()).toEqual([
      ['wgec-2016/cuba', 'mechanism', 'multistakeholder', 'intergovernmental', 'ana'],
      ['wgec-2016/norway', 'ec-status', 'mixed', 'under-way', 'ana'],
      ['wgec-2016/norway', 'un-role', 'un-peripheral', 'unstated', 'ana']
    ])
    expect(comparison.review).toMatchObject({reviewed: 3, changed: 3})
  })

  it('says "3 cells changed" in the summary of every format', async () => {
    for (const format of ['md', 'latex', 'html']) {
      const {stdout} = await wgec('compare', 'fixtures', '--codings', sheet, '--format', format)
      expect(stdout, format).toContain('3 cells changed')
    }
    const csv = await wgec('compare', 'fixtures', '--codings', sheet, '--format', 'csv', '--meta')
    expect(
      csv.stdout
        .split('\n')
        .filter((line) => line.startsWith('# '))
        .join('\n')
    ).toContain('3 cells changed')
    const records = parse(csv.stdout, {columns: true, comment: '#'}) as Array<
      Record<string, string>
    >
    expect(records.filter((record) => record.provenance === 'reviewed')).toHaveLength(3)
  })

  it('marks the reviewed cells in Markdown and LaTeX', async () => {
    const markdown = (await wgec('compare', 'fixtures', '--codings', sheet)).stdout
    expect(markdown).toMatch(/\| Cuba +\|[^\n]*multistakeholder \(1\.00\) †/)
    const latex = (await wgec('compare', 'fixtures', '--codings', sheet, '--format', 'latex'))
      .stdout
    expect(latex.match(/\\textsuperscript\{\\dag\}/g)).toHaveLength(3)
  })

  it('marks the reviewed cells in HTML', async () => {
    const html = (await wgec('compare', 'fixtures', '--codings', sheet, '--format', 'html')).stdout
    expect(html.match(/<span class="reviewed"/g)).toHaveLength(3)
    expect(html).toContain('Made with wgec ')
  })

  it('is the example of the README, with its real output', async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8')
    const lines = (await wgec('compare', 'fixtures', '--codings', sheet)).stdout.split('\n')
    expect(readme).toContain(lines.find((line) => line.startsWith('Review: ')))
    for (const name of ['Cuba', 'Norway']) {
      const row = lines.find((line) => line.startsWith(`| ${name} `)) ?? 'missing'
      expect(readme).toContain(row)
    }
  })

  it('rejects a stance the codebook does not have, with the place of the cell', async () => {
    const bad = join(folder, 'bad.csv')
    const text = await readFile(sheet, 'utf8')
    await writeFile(bad, text.replace(',multistakeholder,ana,', ',multilateral,ana,'))
    const {stderr, code} = await wgec('compare', 'fixtures', '--codings', bad, '--format', 'json')
    // A skipped coding is a warning: the others are applied.
    expect(code).toBe(0)
    expect(stderr).toMatch(
      /bad\.csv\n\d+:\d+-\d+:\d+ +warning +Unexpected stance `multilateral`.*unknown-stance/
    )
  })
})

describe('wgec code --level evidence', () => {
  it('writes as many CSV records as JSON items, one per evidence item', async () => {
    const csv = await wgec('code', 'fixtures', '--format', 'csv', '--level', 'evidence')
    const json = await wgec('code', 'fixtures', '--format', 'json', '--level', 'evidence')
    const records = parse(csv.stdout, {columns: true}) as Array<Record<string, string>>
    const items = JSON.parse(json.stdout) as Array<{
      quote: string
      score: number | null
      stance: string
    }>
    const positions = JSON.parse(
      (await wgec('code', 'fixtures', '--format', 'json')).stdout
    ) as Array<{
      positions: Array<{evidence: unknown[]}>
    }>
    const total = positions.reduce(
      (sum, entry) =>
        sum + entry.positions.reduce((count, position) => count + position.evidence.length, 0),
      0
    )
    expect(records).toHaveLength(total)
    expect(items).toHaveLength(total)
    expect(records.map((record) => record.quote)).toEqual(items.map((item) => item.quote))
    for (const item of items) expect(item.score === null).toBe(item.stance === 'unstated')
  })
})

describe('one document, one row', () => {
  it('compares a document given twice once, with a duplicate-document warning naming both paths', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-twice-'))
    await mkdir(join(folder, 'a'))
    await mkdir(join(folder, 'b'))
    await copyFile(join(root, 'fixtures/wgec-2016-norway.md'), join(folder, 'a/norway.md'))
    await copyFile(join(root, 'fixtures/wgec-2016-norway.md'), join(folder, 'b/norway.md'))
    const {stdout, stderr, code} = await wgec(
      'compare',
      join(folder, 'a'),
      join(folder, 'b'),
      '--format',
      'json'
    )
    expect(code).toBe(0)
    expect((JSON.parse(stdout) as {rows: unknown[]}).rows).toHaveLength(1)
    expect(stderr).toContain(`Unexpected second copy of \`${join(folder, 'a/norway.md')}\``)
    expect(stderr).toContain(`at \`${join(folder, 'b/norway.md')}\``)
    expect(stderr).toContain('duplicate-document')
  })

  it('leaves out a non-contribution with a warning, and keeps it with --keep-non-contributions', async () => {
    const left = await wgec(
      'compare',
      'fixtures/not-a-contribution.md',
      'fixtures/wgec-2016-cuba.md',
      '--format',
      'json'
    )
    expect((JSON.parse(left.stdout) as {rows: unknown[]}).rows).toHaveLength(1)
    expect(left.stderr).toMatch(/not-a-contribution\.md\n.*warning.*not-a-contribution wgec/)
    const kept = await wgec(
      'compare',
      'fixtures/not-a-contribution.md',
      'fixtures/wgec-2016-cuba.md',
      '--format',
      'json',
      '--keep-non-contributions'
    )
    expect((JSON.parse(kept.stdout) as {rows: unknown[]}).rows).toHaveLength(2)
    expect(kept.stderr).not.toContain('not-a-contribution wgec')
  })
})

describe('wgec export', () => {
  it('writes the same .qdpx twice, which `agree` reads as the coder’s codings', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-export-'))
    const first = join(folder, 'a.qdpx')
    const second = join(folder, 'b.qdpx')
    expect((await wgec('export', 'fixtures', '--format', 'qdpx', '--out', first)).code).toBe(0)
    expect((await wgec('export', 'fixtures', '--out', second)).code).toBe(0)
    expect(await readFile(first)).toEqual(await readFile(second))
    const codes = join(folder, 'codes.csv')
    await writeFile(codes, (await wgec('code', 'fixtures', '--format', 'csv')).stdout)
    const {stdout, code} = await wgec('agree', first, codes, '--format', 'json')
    expect(code).toBe(0)
    const agreement = JSON.parse(stdout) as {overall: {units: number; percent: number}}
    expect(agreement.overall.units).toBeGreaterThan(100)
    expect(agreement.overall.percent).toBe(1)
  })

  it('exports reviewed codings given with --codings, read back by compare', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-export-'))
    const codings = join(folder, 'codings.csv')
    await writeFile(
      codings,
      'contribution,dimension,stance,coder\nwgec-2016/cuba,un-role,mixed,ben\n'
    )
    const project = join(folder, 'p.qdpx')
    expect((await wgec('export', 'fixtures', '--codings', codings, '--out', project)).code).toBe(0)
    const {stdout} = await wgec('compare', 'fixtures', '--codings', project, '--format', 'json')
    const comparison = JSON.parse(stdout) as {
      rows: Array<{contributionId: string; cells: JsonCell[]}>
      review: {changed: number}
    }
    const cuba = comparison.rows.find((row) => row.contributionId === 'wgec-2016/cuba')
    expect(cuba?.cells.find((cell) => cell.dimension === 'un-role')?.stance).toBe('mixed')
    expect(comparison.review.changed).toBe(1)
  })

  // Regression: compare --codings spread a file's codings into one call and overflowed the stack.
  it('reads --codings of 150,000 rows into compare, the one that names a document applied', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-many-'))
    const codings = join(folder, 'many.csv')
    const rows = ['contribution,dimension,stance,coder', 'wgec-2016/cuba,un-role,mixed,ben']
    for (let index = 0; index < 150_000; index++) rows.push(`other-${index},mechanism,mixed,ben`)
    await writeFile(codings, `${rows.join('\n')}\n`)
    const {stdout, stderr, code} = await wgec(
      'compare',
      'fixtures/wgec-2016-cuba.md',
      '--codings',
      codings,
      '--samples',
      '1',
      '--format',
      'json'
    )
    expect(stderr).not.toContain('call stack')
    expect(code).toBe(0)
    const comparison = JSON.parse(stdout) as {rows: Array<{cells: JsonCell[]}>}
    expect(comparison.rows[0]?.cells.find((cell) => cell.dimension === 'un-role')?.stance).toBe(
      'mixed'
    )
  })
})
