import {readdir, readFile, stat} from 'node:fs/promises'
import {extname, join} from 'node:path'
import {VFile} from 'vfile'
import {createMessage} from './messages/create-message.js'

/** Configuration for `loadFiles`. */
export interface LoadFilesOptions {
  /**
   * File extensions read when a folder is walked (files named explicitly are always read).
   *
   * @default ['.md', '.markdown', '.txt', '.html', '.htm']
   */
  readonly extensions?: readonly string[]
  /**
   * Whether documents that are no text (PDF, Word, OpenDocument, RTF) found in a folder are
   * returned with a `skipped-file` warning (and an empty value), so that a caller can say they
   * were left out; otherwise they are passed over like any other file.
   *
   * @default true
   */
  readonly reportSkipped?: boolean
}

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
 * entries, `node_modules` and README-like files). A path that cannot be read gives a file with a
 * fatal `unreadable-file` message instead of an error, so that the other files still go through.
 *
 * @param paths
 *   Files and folders.
 * @param options
 *   Configuration (optional).
 * @returns
 *   One VFile per document, its `value` the raw bytes.
 * @example
 *   (await loadFiles(['fixtures'])).length // => 15
 */
export async function loadFiles(
  paths: readonly string[],
  options: LoadFilesOptions = {}
): Promise<VFile[]> {
  const extensions = options.extensions ?? defaultExtensions
  const files: VFile[] = []
  for (const path of paths) {
    let stats: Awaited<ReturnType<typeof stat>>
    try {
      stats = await stat(path)
    } catch (error) {
      files.push(unreadable(path, error))
      continue
    }

    if (stats.isDirectory()) {
      for (const found of await walk(path, extensions, options.reportSkipped ?? true)) {
        files.push(typeof found === 'string' ? await load(found) : found)
      }
    } else {
      files.push(await load(path))
    }
  }

  return files
}

/** The paths to read under a folder, and a skipped file for each document that is no text. */
async function walk(
  folder: string,
  extensions: readonly string[],
  reportSkipped: boolean
): Promise<Array<string | VFile>> {
  const entries = await readdir(folder, {withFileTypes: true})
  const found: Array<string | VFile> = []
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    const extension = extname(entry.name).toLowerCase()
    if (entry.isDirectory()) {
      for (const inner of await walk(path, extensions, reportSkipped)) found.push(inner)
    } else if (!entry.isFile() || skipped.test(entry.name)) continue
    else if (extensions.includes(extension)) found.push(path)
    else if (reportSkipped && convertible[extension]) {
      const file = new VFile({path, value: ''})
      file.messages.push(createMessage('skipped-file', {what: convertible[extension]}))
      found.push(file)
    }
  }

  return found
}

async function load(path: string): Promise<VFile> {
  try {
    return new VFile({path, value: await readFile(path)})
  } catch (error) {
    return unreadable(path, error)
  }
}

function unreadable(path: string, error: unknown): VFile {
  const file = new VFile({path, value: ''})
  const cause = error instanceof Error ? error.message : String(error)
  const message = createMessage('unreadable-file', {cause})
  file.messages.push(message)
  return file
}
