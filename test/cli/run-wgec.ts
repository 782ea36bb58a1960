import {execFile} from 'node:child_process'
import {join} from 'node:path'
import {promisify} from 'node:util'

/** The repository's root, where the CLI runs. */
export const root = new URL('../../', import.meta.url).pathname
/** The built CLI. */
export const cli = join(root, 'dist/cli/cli.js')

const run = promisify(execFile)

/** What a run of the CLI printed and how it exited. */
export interface CliRun {
  stdout: string
  stderr: string
  code: number
}

/**
 * Run the built CLI as a subprocess (`NO_COLOR=1`, in the repository's root), with Node options
 * before it (`--import` of a fault to inject) when given.
 */
export async function runWgec(nodeArguments: string[], args: string[]): Promise<CliRun> {
  try {
    const {stdout, stderr} = await run(process.execPath, [...nodeArguments, cli, ...args], {
      cwd: root,
      env: {...process.env, NO_COLOR: '1'},
      maxBuffer: 256 * 1024 * 1024
    })
    return {stdout, stderr, code: 0}
  } catch (error) {
    const failure = error as CliRun
    return {stdout: failure.stdout, stderr: failure.stderr, code: failure.code}
  }
}

/** Run the built CLI with these arguments. */
export function wgec(...args: string[]): Promise<CliRun> {
  return runWgec([], args)
}
