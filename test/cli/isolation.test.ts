import {existsSync} from 'node:fs'
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {cli, root, runWgec} from './run-wgec.js'

const fault = join(root, 'test/cli/inject-fault.js')

/** Run the CLI with a preload that makes parsing throw on one file's content. */
const wgec = (...args: string[]) => runWgec(['--import', fault], args)

let folder = ''

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error('Build first: `npm run build` (the test command does)')
  folder = await mkdtemp(join(tmpdir(), 'wgec-isolation-'))
  await writeFile(
    join(folder, 'a-good.md'),
    'Submitted by: Norway\n\nWe support the multistakeholder model.\n'
  )
  await writeFile(join(folder, 'b-bad.md'), 'Submitted by: Chile\n\nFAULT-INJECTED text.\n')
  await writeFile(
    join(folder, 'c-good.md'),
    'Submitted by: Cuba\n\nWe call for an intergovernmental mechanism.\n'
  )
})

describe('one file that throws', () => {
  it('becomes that file’s fatal message in `parse`: the others are printed, and the exit code is 1', async () => {
    const {stdout, stderr, code} = await wgec('parse', folder, '--format', 'json')
    const output = JSON.parse(stdout) as Array<{
      file: string
      contribution: {submitter: {name: string}} | null
      messages: Array<{ruleId: string; fatal: boolean | null; reason: string}>
    }>
    expect(code).toBe(1)
    expect(output.map((entry) => entry.contribution?.submitter.name ?? null)).toEqual([
      'Norway',
      null,
      'Cuba'
    ])
    expect(output[1]?.messages).toEqual([
      {
        ruleId: 'internal-error',
        fatal: true,
        reason: expect.stringContaining('RangeError: Maximum call stack size exceeded'),
        line: null,
        column: null,
        args: {cause: expect.stringContaining('RangeError')},
        url: expect.stringMatching(/diagnostics\.md#internal-error$/)
      }
    ])
    expect(stderr).toContain('b-bad.md')
    expect(stderr).toContain('internal-error')
  })

  it('is left out of `compare`, which compares the others and exits 1', async () => {
    const {stdout, code} = await wgec('compare', folder, '--format', 'csv', '--samples', '10')
    expect(code).toBe(1)
    expect(stdout).toContain('Norway')
    expect(stdout).toContain('Cuba')
    expect(stdout).not.toContain('Chile')
  })

  it('is reported in `code`, whose text output still codes the others', async () => {
    const {stdout, code} = await wgec('code', folder)
    expect(code).toBe(1)
    expect(stdout).toMatch(/a-good\.md: unknown\/norway/)
    expect(stdout).toMatch(/b-bad\.md: not read/)
    expect(stdout).toMatch(/c-good\.md: unknown\/cuba/)
  })

  it('is isolated from files that are not files: a device given with good files', async () => {
    const {stdout, stderr, code} = await wgec('parse', join(folder, 'a-good.md'), '/dev/zero')
    expect(code).toBe(1)
    expect(stdout).toContain('1 of 2 files read')
    expect(stderr).toMatch(/Cannot read a character device.*not-a-file/)
  })
})
