import {unlinkSync} from 'node:fs'
import {open, realpath, rename, stat} from 'node:fs/promises'
import {constants} from 'node:os'
import {basename, dirname, join} from 'node:path'
import process from 'node:process'
import {escapeControls} from '../messages/excerpt.js'
import {checkOutput} from './check-output.js'

/**
 * Write what an output rendered, text or bytes as they are: to stdout, or to `path` (`--out`),
 * which must be none of the run's inputs (see `checkOutput`). A file is written whole or not at
 * all: to a temporary file beside it (`.<name>.<pid>.wgec.tmp`, removed on SIGINT, SIGTERM and
 * SIGHUP), synced, then renamed over it, keeping its permissions; a symbolic link is followed,
 * and a file that is no regular one (`/dev/null`, a FIFO) is written in place. An error names
 * the file; nothing of it is left behind.
 *
 * @param rendered
 *   What to write.
 * @param path
 *   The file to write (`--out`); stdout when not given.
 */
export async function writeOutput(rendered: string | Uint8Array, path?: string): Promise<void> {
  if (path === undefined) return writeStdout(rendered)
  await checkOutput(path)
  try {
    await replaceFile(path, rendered)
  } catch (error) {
    // The temporary file's name in Node's message would only confuse: the target is named instead.
    const cause = (error instanceof Error ? error.message : String(error)).replace(
      /, \w+ '[^']*'(?: -> '[^']*')?$/,
      ''
    )
    throw new Error(`cannot write \`${path}\`: ${cause}`)
  }
}

/** Write JSON, indented, with a final newline: to stdout, or to `path` as `writeOutput` does. */
export function writeJson(value: unknown, path?: string): Promise<void> {
  return writeOutput(`${JSON.stringify(value, null, 2)}\n`, path)
}

/** Settle when stdout can take more; an error of stdout ends the run in `endOnClosedPipe`. */
function writeStdout(rendered: string | Uint8Array): Promise<void> {
  // Text written to a terminal has its control characters but tab and line feed escaped (`\x1B`),
  // so that a value kept as it is in a CSV (a file name holding a terminal escape) cannot act on
  // the terminal; to a file or a pipe (`> sheet.csv`) the text is written as it is.
  const shown =
    typeof rendered === 'string' && process.stdout.isTTY === true
      ? escapeControls(rendered)
      : rendered
  if (process.stdout.write(shown)) return Promise.resolve()
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()))
}

async function replaceFile(path: string, rendered: string | Uint8Array): Promise<void> {
  let target = path
  let mode: number | undefined
  try {
    target = await realpath(path)
    const stats = await stat(target)
    if (!stats.isFile()) return await writeInPlace(target, rendered)
    mode = stats.mode & 0o7777
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }

  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.wgec.tmp`)
  const remove = () => {
    try {
      unlinkSync(temporary)
    } catch {}
  }
  const stop = (signal: NodeJS.Signals) => {
    remove()
    process.stderr.write(`wgec: ${signal}: stopped; \`${path}\` left as it was\n`)
    process.exit(128 + constants.signals[signal])
  }
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
  for (const signal of signals) process.on(signal, stop)
  try {
    const handle = await open(temporary, 'wx', mode ?? 0o666)
    try {
      await handle.writeFile(rendered)
      // The umask narrows the mode `open` sets: a file replaced keeps its own.
      if (mode !== undefined) await handle.chmod(mode)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, target)
  } catch (error) {
    remove()
    throw error
  } finally {
    for (const signal of signals) process.off(signal, stop)
  }
}

async function writeInPlace(path: string, rendered: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'w')
  try {
    await handle.writeFile(rendered)
  } finally {
    await handle.close()
  }
}
