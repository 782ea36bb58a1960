import {existsSync} from 'node:fs'
import {copyFile, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import {readCodings} from '../../src/codings/read-codings.js'
import {cli, root, runWgec, wgec} from './run-wgec.js'

let folder = ''
const norway = join(root, 'fixtures/wgec-2016-norway.md')
const dimensions = defaultCodebook.dimensions.map((dimension) => dimension.id)

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error('Build first: `npm run build` (the test command does)')
  folder = await mkdtemp(join(tmpdir(), 'wgec-messages-cap-'))
})

/** Lines of the reporter for one rule (its id at the end of the line, before the source). */
function linesOf(stderr: string, ruleId: string): string[] {
  return stderr.split('\n').filter((line) => new RegExp(`\\s${ruleId}\\s+wgec$`).test(line))
}

async function writeRows(name: string, rows: readonly string[]): Promise<string> {
  const path = join(folder, name)
  await writeFile(path, `contribution,dimension,stance\n${rows.join('\n')}\n`)
  return path
}

describe('a flood of codings messages in the CLI (issue 21, item 4)', () => {
  it('`agree` on 200,000 duplicate rows reports 100 of them and one `more-messages`, and measures', async () => {
    const path = await writeRows(
      'duplicates.csv',
      Array.from({length: 200_000}, () => 'c,mechanism,mixed')
    )
    const {stdout, stderr, code} = await wgec('agree', path, path)
    expect(code).toBe(0)
    expect(stdout).toMatch(/overall\s+1\s+1\.000/)
    expect(linesOf(stderr, 'duplicate-coding')).toHaveLength(200)
    expect(linesOf(stderr, 'more-messages')).toHaveLength(2)
    expect(stderr).toContain('Unexpected 199899 more `duplicate-coding` messages')
  }, 60_000)

  it('`validate --codings` on 200,000 duplicate rows validates, with 100 of them reported', async () => {
    const path = await writeRows('validate.csv', [
      ...dimensions.map((dimension) => `wgec-2016/norway,${dimension},unstated`),
      ...Array.from({length: 200_000}, () => 'wgec-2016/norway,un-role,mixed')
    ])
    const {stdout, stderr, code} = await wgec('validate', norway, '--codings', path)
    expect(code).toBe(0)
    expect(stdout).toContain('against the hand codings of 1 document')
    expect(linesOf(stderr, 'duplicate-coding')).toHaveLength(100)
    expect(linesOf(stderr, 'more-messages')).toHaveLength(1)
  }, 60_000)

  it('`compare --codings` on 200,000 rows of an unknown dimension compares, with 100 of them reported', async () => {
    const path = await writeRows(
      'unknown.csv',
      Array.from({length: 200_000}, (_, index) => `c${index},nodim,x`)
    )
    const {stdout, stderr, code} = await wgec('compare', norway, '--codings', path)
    expect(code).toBe(0)
    expect(stdout).toContain('# Comparison')
    expect(linesOf(stderr, 'unknown-dimension')).toHaveLength(100)
    expect(linesOf(stderr, 'more-messages')).toHaveLength(1)
    expect(stderr).toContain('Unexpected 199900 more `unknown-dimension` messages')
  }, 60_000)
})

describe('values and names the CLI prints (issue 21, item 5)', () => {
  it('prints no raw terminal escape of a codings file on stderr', async () => {
    const path = await writeRows('escapes.csv', [
      'wgec-2016/norway,mechanism,\u001B[2Jevil',
      'wgec-2016/norway,\u001B]0;title\u0007,mixed',
      'wgec-2016/norway,un-role,\u009B31mred'
    ])
    const {stdout, stderr, code} = await wgec('compare', norway, '--codings', path)
    expect(code).toBe(0)
    expect(stdout).toContain('# Comparison')
    expect(linesOf(stderr, 'unknown-stance')).toHaveLength(2)
    expect(stderr).toContain('\\x1B[2Jevil')
    for (const control of ['\u001B', '\u0007', '\u009B']) expect(stderr).not.toContain(control)
  }, 30_000)

  it('reports a 250 KB stance in a short line', async () => {
    const path = await writeRows('long.csv', [`wgec-2016/norway,mechanism,${'s'.repeat(250_000)}`])
    const {stderr, code} = await wgec('compare', norway, '--codings', path)
    expect(code).toBe(0)
    const [line] = linesOf(stderr, 'unknown-stance')
    expect(line).toBeDefined()
    expect(line?.length).toBeLessThan(400)
    expect(stderr.length).toBeLessThan(1000)
  }, 30_000)

  it('prints a file name with a line feed and an escape on one line, escaped, with `--explain`', async () => {
    const path = join(folder, 'no\nrway\u001B[2J.md')
    await copyFile(norway, path)
    const {stdout, stderr, code} = await wgec('code', path, '--explain')
    expect(code).toBe(0)
    expect(stdout).not.toContain('\u001B')
    expect(stdout).not.toContain('no\nrway')
    expect(stdout).toContain('no\\x0Arway\\x1B[2J.md')
    expect(stderr).not.toContain('\u001B')
  }, 30_000)

  it('keeps a file name as it is in the review sheet, written to a file or a pipe', async () => {
    const path = join(folder, 'review\u001B[2J.md')
    await copyFile(norway, path)
    const {stdout, code} = await wgec('review', path)
    expect(code).toBe(0)
    const sheet = readCodings(
      stdout.replace(/,mixed \| unstated,,,/, ',mixed | unstated,mixed,ana,')
    )
    expect(stdout).toContain(path)
    expect(sheet.messages).toEqual([])
  }, 30_000)

  it('escapes control characters in what is printed on a terminal (the review sheet)', async () => {
    const path = join(folder, 'terminal\u001B[2J.md')
    await copyFile(norway, path)
    const terminal = join(folder, 'terminal.mjs')
    await writeFile(
      terminal,
      "Object.defineProperty(process.stdout, 'isTTY', {value: true, configurable: true})\n"
    )
    const {stdout, code} = await runWgec(['--import', terminal], ['review', path])
    expect(code).toBe(0)
    expect(stdout).toContain('terminal\\x1B[2J.md')
    expect(stdout).not.toContain('\u001B')
  }, 30_000)
})

describe('a trained model with no dimensions in the CLI (issue 21, item 16)', () => {
  it('exits 2 saying that the model learnt no dimension', async () => {
    const model = join(folder, 'empty-model.json')
    await writeFile(
      model,
      JSON.stringify({
        type: 'wgec-trained-coder',
        formatVersion: 1,
        id: 'trained',
        codebook: {id: 'enhanced-cooperation', version: '1.5.0'},
        threshold: 0.5,
        documents: 0,
        dimensions: []
      })
    )
    const {stderr, code} = await wgec('code', norway, '--coder', 'trained', '--model', model)
    expect(code).toBe(2)
    expect(stderr).toContain('expected a model trained on at least one dimension')
    expect(stderr).not.toContain('expected one of  (')
  }, 30_000)
})
