import {existsSync} from 'node:fs'
import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {cli, root, wgec} from './run-wgec.js'

let folder = ''

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error('Build first: `npm run build` (the test command does)')
  folder = await mkdtemp(join(tmpdir(), 'wgec-hostile-'))
})

describe('hostile input to the CLI (issue 12)', () => {
  it('measures agreement on 150,000 codings without overflowing the stack', async () => {
    const rows = ['contribution,dimension,stance']
    for (let index = 0; index < 25_000; index++) {
      for (const dimension of [
        'mechanism',
        'new-mechanism',
        'un-role',
        'state-authority',
        'ec-status',
        'igf-relation'
      ]) {
        rows.push(`c${index},${dimension},${index % 3 === 0 ? 'mixed' : 'unstated'}`)
      }
    }

    await writeFile(join(folder, 'many.csv'), `${rows.join('\n')}\n`)
    const {stdout, stderr, code} = await wgec(
      'agree',
      join(folder, 'many.csv'),
      join(folder, 'many.csv')
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toMatch(/overall\s+150000\s+1\.000/)
  })

  it('exits 0 from `agree` on warnings alone (a skipped row)', async () => {
    await writeFile(
      join(folder, 'a.csv'),
      'contribution,dimension,stance\nc1,mechanism,mixed\nc2,,mixed\n'
    )
    const {stderr, code} = await wgec('agree', join(folder, 'a.csv'), join(folder, 'a.csv'))
    expect(stderr).toContain('incomplete-coding')
    expect(code).toBe(0)
  })

  it('refuses an empty `--out=` as misuse instead of writing to stdout', async () => {
    const {stdout, stderr, code} = await wgec('compare', 'fixtures/wgec-2016-cuba.md', '--out=')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('--out')
  })

  it('reads a codebook that starts with a byte order mark', async () => {
    const {stdout: codebook} = await wgec('codebook')
    await writeFile(join(folder, 'bom.json'), `\uFEFF${codebook}`)
    const {code, stderr} = await wgec(
      'code',
      'fixtures/wgec-2016-cuba.md',
      '--codebook',
      join(folder, 'bom.json')
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it('shows terminal escapes in file and submitter names escaped, on stdout and stderr', async () => {
    const name = join(folder, 'evil\u001B[2Jname.md')
    await writeFile(name, 'Submitted by: Nameless \u001B]0;owned\u0007Assembly\n\nWe write.\n')
    const text = await wgec('parse', name, '--verbose')
    const json = await wgec('parse', name, '--format', 'json')
    const html = await wgec('compare', name, '--format', 'html', '--samples', '5')
    for (const output of [text.stdout, text.stderr, json.stdout, html.stdout, html.stderr]) {
      const controls = [...output].filter((character) => {
        const code = character.charCodeAt(0)
        return code !== 9 && code !== 10 && (code < 32 || (code >= 127 && code < 160))
      })
      expect(controls).toEqual([])
    }

    expect(text.stdout).toContain('evil\\x1B[2Jname.md')
    expect(text.stderr).toContain('control-characters')
  })

  it('prints a short diagnostic for a submitter name of 60,000 characters', async () => {
    const name = 'Nameless Assembly '.repeat(3500)
    await writeFile(join(folder, 'long.md'), `---\nsubmitter: ${name}\n---\n\nWe write.\n`)
    const {stderr} = await wgec('parse', join(folder, 'long.md'))
    expect(stderr).toContain('unknown-stakeholder-group')
    expect(stderr.length).toBeLessThan(2000)
  })

  it('leaves out a report it wrote into the folder of its contributions, with a warning', async () => {
    const corpus = await mkdtemp(join(tmpdir(), 'wgec-own-'))
    for (const name of ['wgec-2016-cuba.md', 'wgec-2016-norway.md']) {
      await writeFile(join(corpus, name), await readFile(join(root, 'fixtures', name)))
    }

    await wgec('compare', corpus, '--out', join(corpus, 'report.md'), '--samples', '5')
    await wgec(
      'compare',
      corpus,
      '--format',
      'html',
      '--out',
      join(corpus, 'report.html'),
      '--samples',
      '5'
    )
    const {stdout, stderr, code} = await wgec('parse', corpus)
    expect(code).toBe(0)
    expect(stdout).toContain('2 of 4 files read')
    expect(stderr.match(/skipped-own-output/g)).toHaveLength(2)
  })
})
