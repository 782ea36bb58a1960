import process from 'node:process'
import {Command} from 'commander'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {runCode} from '../../src/cli/run-code.js'
import {runCompare} from '../../src/cli/run-compare.js'
import type {Coder} from '../../src/code/coders/coder.js'
import {builtInCoders} from '../../src/code/coders/coders.js'
import {ruleCoder} from '../../src/code/coders/rules/rule-coder.js'
import {builtInOutputs} from '../../src/outputs/outputs.js'

// The CLI's registry with two kinds of coder that answer later, as one behind an endpoint would:
// one that gives the rule coder's positions after a tick, and one whose request fails.
const later: Coder = {
  id: 'later',
  code: async (contribution, codebook) => {
    await new Promise((resolve) => setTimeout(resolve, 1))
    return ruleCoder.code(contribution, codebook)
  },
  createResampler: ruleCoder.createResampler
}
const failing: Coder = {
  id: 'failing',
  code: async () => {
    await new Promise((resolve) => setTimeout(resolve, 1))
    throw new Error('The endpoint answered 503')
  }
}
const registries = {
  readers: [],
  outputs: builtInOutputs,
  coders: [
    ...builtInCoders,
    {id: 'later', description: 'answers after a tick', create: () => later},
    {id: 'failing', description: 'fails', create: () => failing}
  ]
}

/** Run a command in this process, and take what it writes on stdout and stderr. */
async function capture(run: () => Promise<void>) {
  let stdout = ''
  let stderr = ''
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk)
    return true
  })
  const error = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk)
    return true
  })
  try {
    await run()
  } finally {
    out.mockRestore()
    error.mockRestore()
  }
  return {stdout, stderr}
}

const cuba = 'fixtures/wgec-2016-cuba.md'

afterEach(() => {
  process.exitCode = undefined
})

describe('the CLI with a coder that answers later', () => {
  it('codes with it as with the rule coder (`wgec code --coder later`)', async () => {
    const later = await capture(() =>
      runCode([cuba], {format: 'csv', coder: 'later', concurrency: 4}, registries)
    )
    const rules = await capture(() =>
      runCode([cuba], {format: 'csv', coder: ruleCoder.id, concurrency: 1}, registries)
    )
    expect(later.stdout).toBe(rules.stdout)
    expect(later.stdout).toContain('intergovernmental')
    expect(process.exitCode).toBeUndefined()
  })

  it('compares with it (`wgec compare --coder later`)', async () => {
    const options = {
      by: 'group',
      format: 'json',
      shape: 'long',
      seed: 1,
      samples: 20,
      concurrency: 4
    } as const
    const later = await capture(() =>
      runCompare([cuba], {...options, coder: 'later'}, new Command(), registries)
    )
    const rules = await capture(() =>
      runCompare([cuba], {...options, coder: 'rules'}, new Command(), registries)
    )
    const comparison = JSON.parse(later.stdout)
    expect(comparison.provenance.coder).toBe('later')
    expect(comparison.rows.map((row: {name: string}) => row.name)).toEqual(['Cuba'])
    // The same cells, each naming the coder it came from.
    const cells = JSON.stringify(comparison.rows)
    expect(cells).toContain('"coder":"later"')
    expect(cells.replaceAll('"coder":"later"', '"coder":"rules"')).toBe(
      JSON.stringify(JSON.parse(rules.stdout).rows)
    )
  })

  it('reports a coder that fails as the file’s internal error, with exit code 1', async () => {
    const {stdout, stderr} = await capture(() =>
      runCode([cuba], {format: 'csv', coder: 'failing', concurrency: 4}, registries)
    )
    expect(stderr).toContain('The endpoint answered 503')
    expect(stderr).toContain('coder-failed')
    expect(stderr).toContain('Cannot code the document with coder `failing`')
    expect(stdout).not.toContain('intergovernmental')
    expect(process.exitCode).toBe(1)
  })
})
