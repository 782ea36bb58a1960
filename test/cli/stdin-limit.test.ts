import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {cli, root} from './run-wgec.js'

// Issue 21, item 9: standard input is read as files are, never past the limit + 1 byte.
const maxSize = 8 * 1024 * 1024
/** What the test offers: the limit and 56 MiB more, from one reused chunk. */
const offered = maxSize + 56 * 1024 * 1024
const chunk = Buffer.alloc(256 * 1024, 'a')

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('Build first: `npm run build` (the test command does)')
})

/** Run `wgec parse -`, feeding stdin chunk by chunk; count the bytes the CLI took. */
function parseStdin(): Promise<{code: number | null; stderr: string; taken: number}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'parse', '-'], {
      cwd: root,
      env: {...process.env, NO_COLOR: '1'}
    })
    let stderr = ''
    let taken = 0
    child.stderr.on('data', (data: Buffer) => {
      stderr += data.toString('utf8')
    })
    child.stdout.resume()
    // EPIPE once the CLI stops reading: that is the point.
    child.stdin.on('error', () => {})
    const feed = async () => {
      while (taken < offered && !child.stdin.destroyed) {
        const written = await new Promise<boolean>((done) =>
          child.stdin.write(chunk, (error) => done(!error))
        )
        if (!written) return
        taken += chunk.byteLength
      }
      child.stdin.end()
    }
    const feeding = feed()
    child.on('error', reject)
    child.on('close', (code) => {
      feeding.then(() => resolve({code, stderr, taken}), reject)
    })
  })
}

describe('standard input (issue 21)', () => {
  it('gives `too-large` past the limit without reading the rest of stdin', async () => {
    const {code, stderr, taken} = await parseStdin()
    expect(code).toBe(1)
    expect(stderr).toContain('too-large')
    // The limit + 1 byte, and at most what one read and the pipe's buffer hold beyond it.
    expect(taken).toBeLessThan(maxSize + 2 * 1024 * 1024)
  })
})
