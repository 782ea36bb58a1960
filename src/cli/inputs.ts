import {existsSync} from 'node:fs'
import process from 'node:process'
import {VFile} from 'vfile'
import {createMessage} from '../messages/create-message.js'
import {type LoadFilesOptions, loadFiles} from '../node.js'
import {noteInput} from './check-output.js'
import {type Verbosity, warn} from './output.js'

/** The path a VFile read from standard input has. */
export const stdinPath = '<stdin>'

/** Largest document read, in bytes, when `options.maxSize` is not given (as `loadFiles`). */
const defaultMaxSize = 8 * 1024 * 1024

/**
 * Load the files named on the command line: `-` is standard input (never read past
 * `options.maxSize` + 1 bytes: more is a fatal `too-large`); a glob (`fixtures/*.md`) is
 * expanded here, for shells that do not; the rest goes to `loadFiles` (folders are walked). A
 * glob that matches nothing, and a run with no file at all, are warned about. Each file loaded is
 * noted as an input, which no `--out` may replace (a report `compare` wrote, left out as
 * `skipped-own-output`, is no input).
 */
export async function loadInputs(
  paths: readonly string[],
  verbosity: Verbosity,
  options?: LoadFilesOptions
): Promise<VFile[]> {
  const files: VFile[] = []
  let pending: string[] = []
  const flush = async () => {
    if (pending.length > 0) {
      for (const file of await loadFiles(pending, options)) {
        if (!file.messages.some((message) => message.ruleId === 'skipped-own-output'))
          noteInput(file.path)
        files.push(file)
      }
    }
    pending = []
  }

  for (const path of paths) {
    if (path === '-') {
      await flush()
      files.push(await readStdin(options?.maxSize ?? defaultMaxSize))
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

/** Read standard input up to `maxSize` + 1 bytes, and stop there: more is `too-large`. */
async function readStdin(maxSize: number): Promise<VFile> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer)
    total += (chunk as Buffer).byteLength
    // Leaving the loop destroys the stream: nothing more is read.
    if (total > maxSize) break
  }
  if (total > maxSize) {
    const file = new VFile({path: stdinPath, value: ''})
    file.messages.push(createMessage('too-large', {size: maxSize + 1, maxSize}))
    return file
  }
  return new VFile({path: stdinPath, value: new Uint8Array(Buffer.concat(chunks, total))})
}
