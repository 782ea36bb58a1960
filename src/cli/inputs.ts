import {existsSync} from 'node:fs'
import process from 'node:process'
import {VFile} from 'vfile'
import {type LoadFilesOptions, loadFiles} from '../node.js'
import {type Verbosity, warn} from './output.js'

/** The path a VFile read from standard input has. */
export const stdinPath = '<stdin>'

/**
 * Load the files named on the command line: `-` is standard input; a glob (`fixtures/*.md`) is
 * expanded here, for shells that do not; the rest goes to `loadFiles` (folders are walked). A
 * glob that matches nothing, and a run with no file at all, are warned about.
 */
export async function loadInputs(
  paths: readonly string[],
  verbosity: Verbosity,
  options?: LoadFilesOptions
): Promise<VFile[]> {
  const files: VFile[] = []
  let pending: string[] = []
  const flush = async () => {
    if (pending.length > 0) files.push(...(await loadFiles(pending, options)))
    pending = []
  }

  for (const path of paths) {
    if (path === '-') {
      await flush()
      files.push(new VFile({path: stdinPath, value: await readStdin()}))
    } else if (/[*?[\]{}()!]/.test(path) && !existsSync(path)) {
      // The glob library is loaded only for a glob.
      const {glob, isDynamicPattern} = await import('tinyglobby')
      if (!isDynamicPattern(path)) {
        pending.push(path)
        continue
      }
      const matches = (await glob(path, {dot: false, expandDirectories: false})).sort()
      if (matches.length === 0) warn(`no file matches \`${path}\``, verbosity)
      pending.push(...matches)
    } else {
      pending.push(path)
    }
  }

  await flush()
  if (files.length === 0)
    warn(`no file found in ${paths.map((path) => `\`${path}\``).join(', ')}`, verbosity)
  return files
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return new Uint8Array(Buffer.concat(chunks))
}
