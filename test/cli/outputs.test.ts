import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  commandOutputKinds,
  findCommandName,
  kindsOfCommand,
  loadBuiltInOutputs
} from '../../src/cli/outputs.js'
import {outputKinds} from '../../src/outputs/output.js'
import {builtInOutputs} from '../../src/outputs/outputs.js'
import type {Comparison} from '../../src/schema/comparison.js'
import {toCbin} from '../fixtures/plugins/bytes-output.js'
import {cli, root, wgec} from './run-wgec.js'

// Output formats from `--plugin` modules: test/fixtures/plugins/bytes-output.js writes a
// comparison as bytes (`cbin`); test/fixtures/plugins/lines-output.js gives a `lines` format of
// every kind but the cells of `wgec code`.
const bytesPlugin = 'test/fixtures/plugins/bytes-output.js'
const linesPlugin = 'test/fixtures/plugins/lines-output.js'
const inputs = ['fixtures/wgec-2016-cuba.md', 'fixtures/wgec-2016-norway.md']
const compare = [...inputs, '--samples', '20']

const run = promisify(execFile)

/** Run the built CLI and keep stdout as bytes, as they were written. */
async function wgecBytes(
  ...args: string[]
): Promise<{stdout: Buffer; stderr: string; code: number}> {
  try {
    const {stdout, stderr} = await run(process.execPath, [cli, ...args], {
      cwd: root,
      encoding: 'buffer',
      env: {...process.env, NO_COLOR: '1'}
    })
    return {stdout, stderr: stderr.toString('utf8'), code: 0}
  } catch (error) {
    const failure = error as {stdout: Buffer; stderr: Buffer; code: number}
    return {stdout: failure.stdout, stderr: failure.stderr.toString('utf8'), code: failure.code}
  }
}

let folder: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'wgec-outputs-'))
})

afterAll(async () => {
  if (folder) await rm(folder, {recursive: true, force: true})
})

/** A plugin module written for one test. */
async function pluginFile(name: string, source: string): Promise<string> {
  const path = join(folder, `${name}.js`)
  await writeFile(path, source)
  return path
}

describe('wgec compare with a plugin’s binary output', () => {
  let expected: Uint8Array

  beforeAll(async () => {
    const {stdout, code} = await wgec('compare', ...compare, '--format', 'json')
    expect(code).toBe(0)
    expected = toCbin(JSON.parse(stdout) as Comparison)
  })

  it('writes the bytes to stdout as they are', async () => {
    const {stdout, stderr, code} = await wgecBytes(
      'compare',
      ...compare,
      '--plugin',
      bytesPlugin,
      '--format',
      'cbin'
    )
    expect({code, stderr}).toEqual({code: 0, stderr: ''})
    expect(new Uint8Array(stdout)).toEqual(expected)
    // The magic bytes (0x89 is no UTF-8 text), version 1, two rows, six dimensions.
    expect([...stdout.subarray(0, 8)]).toEqual([0x89, 0x43, 0x42, 0x4e, 1, 0, 2, 6])
  })

  it('writes the bytes to `--out`, the format told by the extension or by `--format`', async () => {
    const told = join(folder, 'told.cbin')
    const byExtension = await wgecBytes(
      'compare',
      ...compare,
      `--plugin=${bytesPlugin}`,
      '--out',
      told
    )
    expect({code: byExtension.code, stderr: byExtension.stderr}).toEqual({code: 0, stderr: ''})
    expect(byExtension.stdout).toHaveLength(0)
    expect(new Uint8Array(await readFile(told))).toEqual(expected)

    const named = join(folder, 'named.bin')
    const byFormat = await wgecBytes(
      'compare',
      ...compare,
      '--plugin',
      bytesPlugin,
      '--format',
      'cbin',
      '--out',
      named
    )
    expect({code: byFormat.code, stderr: byFormat.stderr}).toEqual({code: 0, stderr: ''})
    expect(new Uint8Array(await readFile(named))).toEqual(expected)
  })

  it('warns as for a built-in format when `--format` and the extension disagree', async () => {
    const out = join(folder, 'table.cbin')
    const {stderr, code} = await wgec(
      'compare',
      ...compare,
      '--plugin',
      bytesPlugin,
      '--format',
      'csv',
      '--out',
      out
    )
    expect(code).toBe(0)
    expect(stderr).toBe(`wgec: warning: writing csv to \`${out}\`, a cbin file name\n`)
    expect(await readFile(out, 'utf8')).toMatch(/^contribution,key,name/)
  })

  it('has no such format without the plugin', async () => {
    const {stderr, code} = await wgec('compare', ...compare, '--format', 'cbin')
    expect(code).toBe(2)
    expect(stderr).toContain("error: option '--format <format>' argument 'cbin' is invalid")
  })
})

describe('wgec with a malformed plugin output', () => {
  const valid =
    "{format: 'x', kind: 'comparison', extensions: ['.x'], mediaType: 'text/plain', render: () => ''}"

  it.each([
    [
      'not-kebab',
      `[{...${valid}, format: 'X_Bin'}]`,
      'Cannot render with `X_Bin` for `outputs[0]`, expected a kebab-case `format`'
    ],
    [
      'unknown-kind',
      `[{...${valid}, kind: 'table'}]`,
      'Cannot render with `x` for `outputs[0]`, expected a `kind` of `contributions`, `codings`, `evidence-rows`, `comparison`, `validation`, `agreement`'
    ],
    [
      'upper-extension',
      `[{...${valid}, extensions: ['.X']}]`,
      'Cannot render with `x` for `outputs[0]`, expected `extensions` as an array of extensions in lower case with the dot (`.csv`)'
    ],
    [
      'no-render',
      `[{...${valid}, render: 'x'}]`,
      'Cannot render with `x` for `outputs[0]`, expected a `render` function'
    ],
    [
      'taken',
      `[${valid}, {...${valid}, format: 'csv'}]`,
      'Cannot render with `csv` for `outputs[1]`, expected one output of format `csv` for `comparison`, not two'
    ],
    ['not-array', `{format: 'x'}`, 'expected `outputs` as an array']
  ])('refuses it with exit code 2 (%s)', async (name, outputs, problem) => {
    const plugin = await pluginFile(name, `export const outputs = ${outputs}\n`)
    // Refused whatever the command: a format is taken or not for its kind, not for one command.
    const {stdout, stderr, code} = await wgec('parse', inputs[0] ?? '', '--plugin', plugin)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`wgec: Cannot use plugin \`${plugin}\`: ${problem}\n`)
  })

  it('refuses a module that exports none of readers, coders and outputs', async () => {
    const empty = await pluginFile('empty', 'export const output = []\n')
    const {stderr, code} = await wgec('compare', ...compare, '--plugin', empty)
    expect(code).toBe(2)
    expect(stderr).toBe(
      `wgec: Cannot use plugin \`${empty}\`: it exports no \`readers\` nor \`coders\` nor \`outputs\`\n`
    )
  })

  it('refuses a format taken by another plugin', async () => {
    const first = await pluginFile('first', `export const outputs = [${valid}]\n`)
    const second = await pluginFile('second', `export const outputs = [${valid}]\n`)
    const {stderr, code} = await wgec('compare', ...compare, '--plugin', first, '--plugin', second)
    expect(code).toBe(2)
    expect(stderr).toBe(
      `wgec: Cannot use plugin \`${second}\`: Cannot render with \`x\` for \`outputs[0]\`, expected one output of format \`x\` for \`comparison\`, not two\n`
    )
  })
})

describe('the `--format` choices of each command', () => {
  it.each([
    ['parse', '"text", "json"'],
    ['code', '"text", "json", "csv"'],
    ['compare', '"md", "csv", "json", "latex", "html"'],
    ['validate', '"text", "json", "md"'],
    ['agree', '"text", "json"']
  ])(
    'come from the registry, with a plugin’s formats after the built-in ones (%s)',
    async (command, builtIn) => {
      const plain = await wgec(command, '--help')
      const withPlugin = await wgec(command, '--help', '--plugin', linesPlugin)
      const helpOf = (text: string) => text.replace(/\s+/g, ' ')
      expect(helpOf(plain.stdout)).toContain(`(choices: ${builtIn}, default:`)
      expect(helpOf(withPlugin.stdout)).toContain(`(choices: ${builtIn}, "lines", default:`)
      expect(withPlugin.code).toBe(0)
    }
  )

  it('lists a plugin’s format in `wgec help <command>` too', async () => {
    const {stdout} = await wgec('help', 'compare', '--plugin', bytesPlugin)
    expect(stdout.replace(/\s+/g, ' ')).toContain('"html", "cbin", default: "md"')
  })
})

describe('a plugin’s format of each kind', () => {
  it('writes parsed files (`wgec parse`)', async () => {
    const {stdout, code} = await wgec(
      'parse',
      ...inputs,
      '--plugin',
      linesPlugin,
      '--format',
      'lines'
    )
    expect(code).toBe(0)
    expect(stdout).toBe(
      'fixtures/wgec-2016-cuba.md wgec-2016/cuba\nfixtures/wgec-2016-norway.md wgec-2016/norway\n'
    )
  })

  it('writes evidence records at `--level evidence`, and is refused at `--level cell`', async () => {
    const evidence = await wgec(
      'code',
      inputs[0] ?? '',
      '--plugin',
      linesPlugin,
      '--format',
      'lines',
      '--level',
      'evidence'
    )
    expect(evidence.code).toBe(0)
    expect(evidence.stdout).toMatch(/^wgec-2016\/cuba mechanism intergovernmental\n/)
    const cells = await wgec('code', inputs[0] ?? '', '--plugin', linesPlugin, '--format', 'lines')
    expect(cells.code).toBe(2)
    expect(cells.stdout).toBe('')
    expect(cells.stderr).toBe(
      'wgec: Cannot write `lines` for `--format` at `--level cell`, expected `text`, `json`, `csv`\n'
    )
  })

  it('writes a comparison, a validation and an agreement', async () => {
    const compared = await wgec('compare', ...compare, '--plugin', linesPlugin, '--format', 'lines')
    expect(compared.stdout).toBe('wgec-2016/cuba\nwgec-2016/norway\n')
    const validated = await wgec(
      'validate',
      'test/fixtures/validate',
      '--codings',
      'test/fixtures/validate/codings.json',
      '--part',
      'tuning',
      '--plugin',
      linesPlugin,
      '--format',
      'lines'
    )
    expect(validated.stdout.split('\n').slice(0, 2)).toEqual(['mechanism 3', 'new-mechanism 3'])
    const gold = 'fixtures/netmundial-2014'
    const agreed = await wgec(
      'agree',
      `${gold}/coder-a.json`,
      `${gold}/coder-b.json`,
      '--plugin',
      linesPlugin,
      '--format',
      'lines'
    )
    expect(agreed.code).toBe(0)
    expect(agreed.stdout).toMatch(/^mechanism \d+\n/)
  })
})

describe('the registry of the CLI', () => {
  it('loads the built-in outputs kind by kind, the same as `builtInOutputs`', async () => {
    expect(await loadBuiltInOutputs(outputKinds)).toEqual([...builtInOutputs])
    expect((await loadBuiltInOutputs(['comparison'])).map((output) => output.format)).toEqual([
      'md',
      'csv',
      'json',
      'latex',
      'html'
    ])
  })

  it('loads the outputs of the command run only, all of them for no command', () => {
    expect(findCommandName(['compare', 'fixtures', '--format', 'md'])).toBe('compare')
    expect(findCommandName(['help', 'code'])).toBe('code')
    expect(findCommandName(['--help'])).toBeUndefined()
    expect(kindsOfCommand('code')).toEqual(['codings', 'evidence-rows'])
    expect(kindsOfCommand('review')).toEqual([])
    expect(new Set(kindsOfCommand(undefined))).toEqual(new Set(outputKinds))
    expect(Object.values(commandOutputKinds).flat().sort()).toEqual([...outputKinds].sort())
  })
})
