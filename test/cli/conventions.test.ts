import {execFile} from 'node:child_process'
import {cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fixtureDocuments} from '../helpers.js'

const root = new URL('../../', import.meta.url).pathname
const cli = join(root, 'dist/cli/cli.js')
const run = promisify(execFile)

interface Result {
  stdout: string
  stderr: string
  code: number
}

async function command(
  file: string,
  args: readonly string[],
  env: Record<string, string | undefined> = {}
): Promise<Result> {
  try {
    const {stdout, stderr} = await run(file, args, {
      cwd: root,
      env: {...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env},
      maxBuffer: 64 * 1024 * 1024
    })
    return {stdout, stderr, code: 0}
  } catch (error) {
    const failure = error as Result
    return {stdout: failure.stdout, stderr: failure.stderr, code: failure.code}
  }
}

const wgec = (...args: string[]) => command(process.execPath, [cli, ...args])
const shell = (script: string, env: Record<string, string | undefined> = {}) =>
  command('bash', ['-c', script], env)

let folder: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'wgec-cli-'))
})

afterAll(async () => {
  if (folder) await rm(folder, {recursive: true, force: true})
})

describe('a closed pipe', () => {
  it('ends quietly when the reader stops (`| head`)', async () => {
    const {stdout, stderr, code} = await shell(
      `set -o pipefail; node ${cli} parse fixtures --format json 2>"${folder}/err" | head -c 20; echo; cat "${folder}/err"`
    )
    expect(code).toBe(0)
    expect(stdout.startsWith('[\n  {')).toBe(true)
    expect(stdout).not.toMatch(/EPIPE|Error|at .*\.js:\d+/)
    expect(stderr).toBe('')
  })

  it('ends quietly on `compare | head -1`', async () => {
    const {stdout, code} = await shell(
      `set -o pipefail; node ${cli} compare fixtures fixtures fixtures --format html 2>&1 | head -1`
    )
    expect(code).toBe(0)
    expect(stdout).not.toMatch(/EPIPE|Error/)
  })
})

describe('inputs', () => {
  it('reads a contribution from stdin for `-`', async () => {
    const {stdout, code} = await shell(
      `node ${cli} parse - --format json < fixtures/wgec-2016-cuba.md`
    )
    const [entry] = JSON.parse(stdout) as Array<{file: string; contribution: {id: string}}>
    expect(code).toBe(0)
    expect(entry?.file).toBe('<stdin>')
    expect(entry?.contribution.id).toBe('wgec-2016/cuba')
  })

  it('expands a glob that no shell expanded', async () => {
    const {stdout, code} = await wgec('parse', 'fixtures/wgec-2016-*.md', '--format', 'json')
    const files = (JSON.parse(stdout) as Array<{file: string}>).map((entry) => entry.file)
    expect(code).toBe(0)
    expect(files).toEqual(
      fixtureDocuments()
        .filter((name) => /^wgec-2016-.*\.md$/.test(name))
        .map((name) => `fixtures/${name}`)
    )
  })

  it('warns when a glob matches nothing and when no file is found', async () => {
    const {stdout, stderr, code} = await wgec('parse', 'fixtures/*.nothing')
    expect(code).toBe(0)
    expect(stderr).toContain('wgec: warning: no file matches `fixtures/*.nothing`')
    expect(stderr).toContain('wgec: warning: no file found in `fixtures/*.nothing`')
    expect(stdout).toBe('\n0 of 0 files read\n')
  })
})

describe('wgec agree', () => {
  it('takes several files per coder and skips, with a warning, files that are not codings', async () => {
    const {stdout: csv} = await wgec('code', 'fixtures', '--format', 'csv')
    const coder = join(folder, 'coder.csv')
    await writeFile(coder, csv)
    const {stdout, stderr, code} = await wgec(
      'agree',
      '--a',
      'fixtures/wgec-2016-cuba.positions.json',
      'fixtures/wgec-2016-norway.positions.json',
      'fixtures/wgec-2016-cuba.expected.json',
      '--b',
      coder,
      '--format',
      'json'
    )
    expect(code).toBe(0)
    expect(stderr).toContain(
      'wgec: warning: skipped `fixtures/wgec-2016-cuba.expected.json`: not codings'
    )
    const agreement = JSON.parse(stdout) as {overall: {units: number}}
    expect(agreement.overall.units).toBe(12)
  })

  it('exits 2 when the two coders cannot be told apart', async () => {
    const {stderr, code} = await wgec('agree', 'fixtures/wgec-2016-cuba.positions.json')
    expect(code).toBe(2)
    expect(stderr).toContain('Cannot tell the two coders apart')
  })
})

describe('--out', () => {
  it('chooses the format from the extension when --format is not given', async () => {
    const out = join(folder, 'table.tex')
    const {stdout, code} = await wgec('compare', 'fixtures', '--out', out, '--samples', '20')
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect((await readFile(out, 'utf8')).startsWith('% Table made by wgec.')).toBe(true)
  })

  it('warns when --format and the extension disagree, and follows --format', async () => {
    const out = join(folder, 'table.csv')
    const {stderr, code} = await wgec(
      'compare',
      'fixtures',
      '--out',
      out,
      '--format',
      'md',
      '--samples',
      '20'
    )
    expect(code).toBe(0)
    expect(stderr).toContain(`wgec: warning: writing md to \`${out}\`, a csv file name`)
    expect((await readFile(out, 'utf8')).startsWith('# Comparison')).toBe(true)
  })

  it('warns when the extension tells no format', async () => {
    const out = join(folder, 'table.txt')
    const {stderr} = await wgec('compare', 'fixtures', '--out', out, '--samples', '20')
    expect(stderr).toContain(`cannot tell a format from \`${out}\`: writing md`)
  })
})

describe('verbosity and colour', () => {
  it('says nothing but errors with --quiet', async () => {
    const loud = await wgec('parse', 'fixtures/not-a-contribution.md')
    const quiet = await wgec('parse', 'fixtures/not-a-contribution.md', '--quiet')
    expect(loud.stderr).toContain('no-questions-found')
    expect(quiet.stderr).toBe('')
    expect(quiet.stdout).toBe(loud.stdout)
    const failed = await wgec('parse', 'missing.md', '-q')
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain('unreadable-file')
  })

  it('colours diagnostics with FORCE_COLOR and not with NO_COLOR', async () => {
    const forced = await command(
      process.execPath,
      [cli, 'parse', 'fixtures/not-a-contribution.md'],
      {
        NO_COLOR: undefined,
        FORCE_COLOR: '1'
      }
    )
    const plain = await command(
      process.execPath,
      [cli, 'parse', 'fixtures/not-a-contribution.md'],
      {
        NO_COLOR: '1'
      }
    )
    expect(forced.stderr).toContain('\u001B[')
    expect(plain.stderr).not.toContain('\u001B[')
  })

  it('shows progress on a terminal only', async () => {
    const args = `compare fixtures fixtures fixtures --samples 20`
    const tty = await shell(`script -qec "node ${cli} ${args} >/dev/null" /dev/null`, {
      NO_COLOR: '1'
    })
    expect(tty.stdout).toMatch(/wgec: (reading|bootstrap) .*\d+\/\d+/)
    const pipe = await wgec(...args.split(' '))
    expect(pipe.stderr).not.toMatch(/\d+\/\d+/)
  })
})

describe('impossible option values', () => {
  for (const [option, value] of [
    ['--samples', '0'],
    ['--samples', '100001'],
    ['--samples', '1.5'],
    ['--samples', 'many'],
    ['--seed', '-1']
  ] as const) {
    it(`rejects ${option} ${value}, naming the option`, async () => {
      const {stderr, code} = await wgec('compare', 'fixtures', option, value)
      expect(code).toBe(2)
      expect(stderr).toContain(`option '${option} <number>' argument '${value}' is invalid`)
    })
  }

  it('rejects --quiet with --verbose', async () => {
    const {stderr, code} = await wgec('parse', 'fixtures', '--quiet', '--verbose')
    expect(code).toBe(2)
    expect(stderr).toMatch(/--verbose.*cannot be used with.*--quiet/)
  })
})

describe('a JSON codebook that does not parse', () => {
  it('is one reporter line with the place', async () => {
    const codebook = join(folder, 'broken.json')
    await writeFile(codebook, '{\n  "id": "mine",\n}\n')
    const {stderr, code} = await wgec('code', 'fixtures/wgec-2016-cuba.md', '--codebook', codebook)
    expect(code).toBe(1)
    const lines = stderr.split('\n').filter((line) => /invalid-codebook/.test(line))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^3:1(?:-3:1)?\s+error\s+Cannot read codebook: invalid JSON/)
  })
})

describe('a JSON codings file that does not parse', () => {
  it('is one reporter line with the place, and exit code 1', async () => {
    const codings = join(folder, 'broken-codings.json')
    await writeFile(codings, '[\n  {"contribution": "x", "dimension": "mechanism",}\n]\n')
    const {stderr, code} = await wgec('agree', codings, 'fixtures/wgec-2016-cuba.positions.json')
    expect(code).toBe(1)
    const lines = stderr.split('\n').filter((line) => /invalid-codings/.test(line))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^2:\d+(?:-2:\d+)?\s+error\s+Cannot read codings: invalid JSON/)
  })
})

describe('npm start', () => {
  it('prints only the comparison table on stdout', async () => {
    // In a copy of the package, so that its build does not replace dist/ under the other tests.
    const copy = join(folder, 'package')
    await mkdir(copy)
    for (const entry of [
      'package.json',
      '.npmrc',
      'tsconfig.json',
      'tsup.config.ts',
      'src',
      'fixtures'
    ])
      await cp(join(root, entry), join(copy, entry), {recursive: true})
    await symlink(join(root, 'node_modules'), join(copy, 'node_modules'))
    const {stdout, code} = await command('bash', ['-c', `cd "${copy}" && npm start 2>/dev/null`], {
      npm_config_loglevel: undefined
    })
    expect(code).toBe(0)
    expect(stdout.startsWith('# Comparison\n\n19 submitters')).toBe(true)
  })
})
