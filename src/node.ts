import {Buffer} from 'node:buffer'
import type {Dirent, Stats} from 'node:fs'
import {type FileHandle, open, readdir, stat} from 'node:fs/promises'
import {extname, join} from 'node:path'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {createMessage} from './messages/create-message.js'

export {createOpenAiTransport} from './code/coders/llm/transport.js'
export {createFolderStore, openReplay, readBatchStore} from './node/answer-stores.js'
export {apiKeyFromEnvironment, baseUrlOf, llmCoderFactory} from './node/llm-coder-factory.js'

import type {Reader} from './parse/readers/reader.js'
import {isWgecOutput} from './parse/source/is-wgec-output.js'

/** Configuration for `loadFiles`. */
export interface LoadFilesOptions {
  /**
   * File extensions read when a folder is walked (files named explicitly are always read).
   *
   * @default ['.md', '.markdown', '.txt', '.html', '.htm']
   */
  readonly extensions?: readonly string[]
  /**
   * Readers of formats of one's own (see `Reader`): their extensions are walked too, and a file
   * of theirs is no `skipped-file`.
   *
   * @default none
   */
  readonly readers?: readonly Reader[]
  /**
   * Whether documents that are no text (PDF, Word, OpenDocument, RTF) found in a folder are
   * returned with a `skipped-file` warning (and an empty value), so that a caller can say they
   * were left out; otherwise they are passed over like any other file.
   *
   * @default true
   */
  readonly reportSkipped?: boolean
  /**
   * Largest file read, in bytes: a larger file gives a fatal `too-large` message without being
   * read (and no file is read past this size, whatever its size said).
   *
   * @default 8_388_608 (8 MiB, as `parseContribution`'s `maxSize`)
   */
  readonly maxSize?: number
}

const defaultMaxSize = 8 * 1024 * 1024

const defaultExtensions = ['.md', '.markdown', '.txt', '.html', '.htm']
/** Documents a folder of contributions may hold that need converting to text first. */
const convertible: Record<string, string> = {
  '.pdf': 'PDF',
  '.doc': 'Word 97-2003 (.doc)',
  '.docx': 'Word (.docx)',
  '.odt': 'OpenDocument',
  '.rtf': 'RTF'
}
/** Files that describe a folder rather than belong to a corpus. */
const skipped = /^(?:readme|changelog|license|licence|contributing)(?:\.[^.]*)?$/i

/**
 * Load documents from files and folders (walked recursively, in sorted order, skipping hidden
 * entries, `node_modules` and README-like files). Whatever happens with one path, the others are
 * loaded: a path that cannot be read gives a file with a fatal `unreadable-file` message, a FIFO,
 * socket or device a fatal `not-a-file` one (nothing is read from it), a file larger than
 * `maxSize` a fatal `too-large` one (without reading it); symbolic links and special files met
 * in a folder are left out with a `skipped-entry` warning, and reports that `wgec compare` wrote
 * (Markdown, HTML) with a `skipped-own-output` one.
 *
 * @param paths
 *   Files and folders.
 * @param options
 *   Configuration (optional).
 * @returns
 *   One VFile per document, its `value` the raw bytes.
 * @example
 *   (await loadFiles(['fixtures'])).length // => 20
 */
export async function loadFiles(
  paths: readonly string[],
  options: LoadFilesOptions = {}
): Promise<VFile[]> {
  const added = (options.readers ?? []).flatMap((reader) => reader.extensions)
  const extensions = [...(options.extensions ?? defaultExtensions), ...added]
  const maxSize = options.maxSize ?? defaultMaxSize
  const files: VFile[] = []
  for (const path of paths) {
    let stats: Stats
    try {
      stats = await stat(path)
    } catch (error) {
      files.push(unreadable(path, error))
      continue
    }

    if (stats.isDirectory()) {
      for (const found of await walk(path, extensions, options.reportSkipped ?? true)) {
        files.push(typeof found === 'string' ? skipOwnOutput(await load(found, maxSize)) : found)
      }
    } else {
      files.push(await load(path, maxSize, stats))
    }
  }

  return files
}

/** The paths to read under a folder, and a skipped file for each entry left out with a word. */
async function walk(
  folder: string,
  extensions: readonly string[],
  reportSkipped: boolean
): Promise<Array<string | VFile>> {
  let entries: Dirent[]
  try {
    entries = await readdir(folder, {withFileTypes: true})
  } catch (error) {
    return [unreadable(folder, error)]
  }

  const found: Array<string | VFile> = []
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    const extension = extname(entry.name).toLowerCase()
    if (entry.isDirectory()) {
      for (const inner of await walk(path, extensions, reportSkipped)) found.push(inner)
    } else if (!entry.isFile()) {
      const what = specialKind(entry)
      if (what) found.push(skippedFile(path, createMessage('skipped-entry', {what})))
    } else if (skipped.test(entry.name)) continue
    else if (extensions.includes(extension)) found.push(path)
    else if (reportSkipped && convertible[extension]) {
      found.push(skippedFile(path, createMessage('skipped-file', {what: convertible[extension]})))
    }
  }

  return found
}

/** Read a regular file, never more than `maxSize` + 1 bytes; refuse what is no regular file. */
async function load(path: string, maxSize: number, known?: Stats): Promise<VFile> {
  try {
    const stats = known ?? (await stat(path))
    const what = specialKind(stats)
    if (what) return skippedFile(path, createMessage('not-a-file', {what}))
    if (stats.size > maxSize) {
      return skippedFile(path, createMessage('too-large', {size: stats.size, maxSize}))
    }

    const handle = await open(path, 'r')
    try {
      const bytes = await readAtMost(handle, maxSize + 1)
      if (bytes.byteLength > maxSize) {
        return skippedFile(path, createMessage('too-large', {size: bytes.byteLength, maxSize}))
      }

      return new VFile({path, value: bytes})
    } finally {
      await handle.close()
    }
  } catch (error) {
    return unreadable(path, error)
  }
}

/** Read up to `limit` bytes: a file may grow, or say it is empty (`/proc`), after `stat`. */
async function readAtMost(handle: FileHandle, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let total = 0
  while (total < limit) {
    const buffer = Buffer.alloc(Math.min(limit - total, 1024 * 1024))
    const {bytesRead} = await handle.read(buffer, 0, buffer.byteLength, null)
    if (bytesRead === 0) break
    chunks.push(buffer.subarray(0, bytesRead))
    total += bytesRead
  }

  return Buffer.concat(chunks, total)
}

/** What an entry is when it is neither a regular file nor a folder. */
function specialKind(entry: Dirent | Stats): string | undefined {
  if (entry.isSymbolicLink()) return 'symbolic link'
  if (entry.isFIFO()) return 'FIFO (named pipe)'
  if (entry.isSocket()) return 'socket'
  if (entry.isCharacterDevice()) return 'character device'
  if (entry.isBlockDevice()) return 'block device'
  return undefined
}

/** A report `wgec compare` wrote into a folder of contributions is left out, with a warning. */
function skipOwnOutput(file: VFile): VFile {
  if (!(file.value instanceof Uint8Array) || file.value.byteLength === 0) return file
  const what = isWgecOutput(new TextDecoder().decode(file.value.subarray(0, 2048)))
  return what ? skippedFile(file.path, createMessage('skipped-own-output', {what})) : file
}

function skippedFile(path: string, message: VFileMessage): VFile {
  const file = new VFile({path, value: ''})
  file.messages.push(message)
  return file
}

function unreadable(path: string, error: unknown): VFile {
  const cause = error instanceof Error ? error.message : String(error)
  return skippedFile(path, createMessage('unreadable-file', {cause}))
}
