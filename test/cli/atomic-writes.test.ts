import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {chmod, mkdir, mkdtemp, open, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cli, root, wgec} from './run-wgec.js'

// Issue 21, item 2: `--out` is written to a temporary file beside it and renamed into place, so
// that a run killed mid-write leaves the previous file whole. test/cli/pause-write.js stops the
// CLI halfway through its write, where the test kills it: no timing is involved.
const pauseWrite = join(root, 'test/cli/pause-write.js')
const previous = '# The previous report\n'
/** The temporary file `writeOutput` documents: `.<name>.<pid>.wgec.tmp`, beside the target. */
const temporary = /^\.report\.json\.\d+\.wgec\.tmp$/

let folder = ''

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error('Build first: `npm run build` (the test command does)')
  folder = await mkdtemp(join(tmpdir(), 'wgec-atomic-'))
})

afterAll(async () => {
  if (folder) await rm(folder, {recursive: true, force: true})
})

/**
 * Run `compare` of the fixtures (about 190 KB of JSON) onto `out`, paused halfway through its
 * write, then send `signal`; resolve with how it ended.
 */
function killMidWrite(
  out: string,
  signal: NodeJS.Signals
): Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', pauseWrite, cli, 'compare', 'fixtures', '-q', '--samples', '5', '--out', out],
      {cwd: root, env: {...process.env, NO_COLOR: '1', WGEC_PAUSE_OVER: '65536'}}
    )
    let stderr = ''
    let paused = false
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8')
      if (!paused && stderr.includes('WGEC-PAUSED')) {
        paused = true
        child.kill(signal)
      }
    })
    child.on('error', reject)
    child.on('close', (code, ended) => {
      if (paused) resolve({code, signal: ended, stderr})
      else reject(new Error(`the run ended before its write (${code}): ${stderr}`))
    })
  })
}

describe('writing `--out` (issue 21)', () => {
  it('leaves the previous file whole when the run is killed (SIGKILL) mid-write', async () => {
    const out = join(folder, 'killed', 'report.json')
    await mkdir(join(folder, 'killed'))
    await writeFile(out, previous)
    const ended = await killMidWrite(out, 'SIGKILL')
    expect(ended.signal).toBe('SIGKILL')
    expect(await readFile(out, 'utf8')).toBe(previous)
    // SIGKILL cannot be caught: at most the one temporary file documented is left beside it.
    const stray = (await readdir(join(folder, 'killed'))).filter((name) => name !== 'report.json')
    expect(stray.length).toBeLessThanOrEqual(1)
    for (const name of stray) expect(name).toMatch(temporary)
  })

  it('leaves the previous file whole, and no temporary file, on SIGTERM mid-write', async () => {
    const out = join(folder, 'terminated', 'report.json')
    await mkdir(join(folder, 'terminated'))
    await writeFile(out, previous)
    const ended = await killMidWrite(out, 'SIGTERM')
    expect(ended.code).toBe(143)
    expect(ended.stderr).toContain(`wgec: SIGTERM: stopped; \`${out}\` left as it was`)
    expect(await readFile(out, 'utf8')).toBe(previous)
    expect(await readdir(join(folder, 'terminated'))).toEqual(['report.json'])
  })

  it('replaces a file by renaming a new one over it, keeping its permissions', async () => {
    const out = join(folder, 'replaced', 'report.json')
    await mkdir(join(folder, 'replaced'))
    await writeFile(out, previous)
    await chmod(out, 0o600)
    const before = await stat(out)
    const {code} = await wgec('compare', 'fixtures', '-q', '--samples', '5', '--out', out)
    expect(code).toBe(0)
    expect(JSON.parse(await readFile(out, 'utf8'))).toHaveProperty('rows')
    const after = await stat(out)
    // A new file (a reader of the previous one keeps reading it whole), with the old one's mode.
    expect(after.ino).not.toBe(before.ino)
    expect(after.mode & 0o777).toBe(0o600)
    expect(await readdir(join(folder, 'replaced'))).toEqual(['report.json'])
  })

  it('names the file it cannot write, in one line', async () => {
    const out = join(folder, 'missing', 'report.md')
    const {code, stderr} = await wgec('compare', 'fixtures', '-q', '--samples', '5', '--out', out)
    expect(code).toBe(1)
    expect(stderr).toBe(`wgec: cannot write \`${out}\`: ENOENT: no such file or directory\n`)
  })

  it.runIf(existsSync('/dev/full'))(
    'ends with one line, no stack, when stdout is a full disk',
    async () => {
      const full = await open('/dev/full', 'w')
      try {
        const {code, stderr} = await new Promise<{code: number | null; stderr: string}>(
          (resolve, reject) => {
            const child = spawn(process.execPath, [cli, 'compare', 'fixtures', '-q'], {
              cwd: root,
              env: {...process.env, NO_COLOR: '1'},
              stdio: ['ignore', full.fd, 'pipe']
            })
            let stderr = ''
            child.stderr?.on('data', (chunk: Buffer) => {
              stderr += chunk.toString('utf8')
            })
            child.on('error', reject)
            child.on('close', (code) => resolve({code, stderr}))
          }
        )
        expect(code).toBe(1)
        expect(stderr).toBe('wgec: cannot write output: ENOSPC: no space left on device, write\n')
      } finally {
        await full.close()
      }
    }
  )
})
