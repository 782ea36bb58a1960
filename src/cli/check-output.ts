import type {Stats} from 'node:fs'
import {stat} from 'node:fs/promises'
import {resolve} from 'node:path'
import {UsageError} from './options.js'

// The files this run has read: the CLI runs one command per process, so one log is enough.
const read = new Set<string>()

/** Note a file the run reads (a contribution, codings, a codebook, a model), so that no output replaces it. */
export function noteInput(path: string): void {
  read.add(path)
}

/**
 * The files a command's options name (`--codings`, `--codebook`, `--model`, `--consultations`,
 * `--plugin`, `--record`, `--replay`) and its paths, to check `--out` against before any work.
 */
export function givenInputs(paths: readonly string[], options: object): string[] {
  const given = options as Readonly<Record<string, unknown>>
  const names = ['codings', 'codebook', 'model', 'consultations', 'plugin', 'record', 'replay']
  return [...paths, ...names.flatMap((name) => given[name] ?? [])].filter(
    (value): value is string => typeof value === 'string' && value !== '-'
  )
}

/**
 * Refuse to write `out` over one of the run's inputs (those noted, and `inputs`): the same file
 * after resolving relative paths and symbolic links, or a hard link of it (same device and
 * inode). A usage error (exit 2) naming the path; nothing is written.
 *
 * @param out
 *   `--out`.
 * @param inputs
 *   Inputs beside those noted (the command's paths and option files).
 */
export async function checkOutput(out: string, inputs: readonly string[] = []): Promise<void> {
  const target = await statOrUndefined(out)
  for (const input of new Set([...read, ...inputs])) {
    const same =
      resolve(input) === resolve(out) || (target !== undefined && (await isSame(target, input)))
    if (same)
      throw new UsageError(
        `Cannot write to \`${out}\` for \`--out\`: it is an input of this run (\`${input}\`); choose another file`
      )
  }
}

async function isSame(target: Stats, input: string): Promise<boolean> {
  const stats = await statOrUndefined(input)
  return stats !== undefined && stats.dev === target.dev && stats.ino === target.ino
}

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path)
  } catch {
    return undefined
  }
}
