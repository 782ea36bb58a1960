import {existsSync} from 'node:fs'
import {copyFile, link, mkdtemp, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {basename, dirname, join, relative} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cli, root, wgec} from './run-wgec.js'

// Issue 21, item 1: `--out` onto one of the run's inputs is refused (exit 2) before anything is
// written, whether it is named as given, through a symbolic link, by another relative path or
// as a hard link of it.

let folder = ''

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error('Build first: `npm run build` (the test command does)')
  folder = await mkdtemp(join(tmpdir(), 'wgec-safe-writes-'))
  await copyFile(join(root, 'fixtures/wgec-2016-cuba.md'), join(folder, 'cuba.md'))
  await copyFile(join(root, 'test/fixtures/train/codings.json'), join(folder, 'codings.json'))
  const project = await wgec('export', join(folder, 'cuba.md'), '--out', join(folder, 'cuba.qdpx'))
  const sheet = await wgec('review', join(folder, 'cuba.md'), '--out', join(folder, 'sheet.csv'))
  const codebook = await wgec('codebook')
  expect([project.code, sheet.code, codebook.code]).toEqual([0, 0, 0])
  await writeFile(join(folder, 'codebook.json'), codebook.stdout)
})

afterAll(async () => {
  if (folder) await rm(folder, {recursive: true, force: true})
})

/** A command whose `--out` names one of its inputs (`input`, a file name in `folder`). */
interface Case {
  readonly name: string
  readonly input: string
  readonly args: (at: (name: string) => string) => string[]
}

const cases: Case[] = [
  {
    name: '`compare` onto a contribution',
    input: 'cuba.md',
    args: (at) => ['compare', at('cuba.md'), '--samples', '5']
  },
  {
    name: '`train` onto its own `--codings` file',
    input: 'codings.json',
    args: (at) => ['train', join(root, 'test/fixtures/train'), '--codings', at('codings.json')]
  },
  {
    name: '`review` onto a contribution',
    input: 'cuba.md',
    args: (at) => ['review', at('cuba.md')]
  },
  {
    name: '`export` onto its `--codings` archive',
    input: 'cuba.qdpx',
    args: (at) => ['export', at('cuba.md'), '--codings', at('cuba.qdpx')]
  },
  {
    name: '`compare` onto its `--codings` sheet',
    input: 'sheet.csv',
    args: (at) => ['compare', at('cuba.md'), '--codings', at('sheet.csv'), '--samples', '5']
  },
  {
    name: '`compare` onto its `--codebook`',
    input: 'codebook.json',
    args: (at) => ['compare', at('cuba.md'), '--codebook', at('codebook.json'), '--samples', '5']
  }
]

/** Ways to name the same file: as given, through a symbolic link, by another relative path. */
const namings: ReadonlyArray<readonly [string, (path: string) => Promise<string>]> = [
  ['as given', async (path) => path],
  [
    'through a symbolic link',
    async (path) => {
      const linked = join(folder, `link-${basename(path)}`)
      await rm(linked, {force: true})
      await symlink(basename(path), linked)
      return linked
    }
  ],
  [
    'by a relative path',
    async (path) =>
      join(relative(root, dirname(path)), '..', basename(dirname(path)), basename(path))
  ]
]

describe('`--out` onto an input (issue 21)', () => {
  for (const {name, input, args} of cases) {
    for (const [naming, nameOut] of namings) {
      it(`refuses ${name}, named ${naming}, with exit 2, leaving it unchanged`, async () => {
        const path = join(folder, input)
        const before = await readFile(path)
        const out = await nameOut(path)
        const {code, stderr} = await wgec(...args((file) => join(folder, file)), '--out', out)
        expect(code).toBe(2)
        expect(stderr).toContain(`wgec: Cannot write to \`${out}\` for \`--out\`: it is an input`)
        expect((await readFile(path)).equals(before)).toBe(true)
      })
    }
  }

  it('refuses a hard link of a contribution', async () => {
    const path = join(folder, 'cuba.md')
    const before = await readFile(path)
    const hard = join(folder, 'hard-link.md')
    await link(path, hard)
    try {
      const {code, stderr} = await wgec('compare', path, '--samples', '5', '--out', hard)
      expect(code).toBe(2)
      expect(stderr).toContain(`it is an input of this run (\`${path}\`)`)
      expect((await readFile(path)).equals(before)).toBe(true)
    } finally {
      await rm(hard)
    }
  })

  it('refuses a file found in a folder it reads, not a report a previous run left there', async () => {
    const corpus = await mkdtemp(join(folder, 'corpus-'))
    const contribution = join(corpus, 'cuba.md')
    await copyFile(join(root, 'fixtures/wgec-2016-cuba.md'), contribution)
    const before = await readFile(contribution)
    const onto = await wgec('compare', corpus, '--samples', '5', '-q', '--out', contribution)
    expect(onto.code).toBe(2)
    expect(onto.stderr).toContain(`wgec: Cannot write to \`${contribution}\` for \`--out\``)
    expect((await readFile(contribution)).equals(before)).toBe(true)
    // A report `compare` wrote is left out of the folder's files (`skipped-own-output`): no input.
    const report = join(corpus, 'report.md')
    const first = await wgec('compare', corpus, '--samples', '5', '--out', report)
    const second = await wgec('compare', corpus, '--samples', '5', '-q', '--out', report)
    expect([first.code, second.code]).toEqual([0, 0])
    expect(await readFile(report, 'utf8')).toContain('# Comparison')
  })
})
