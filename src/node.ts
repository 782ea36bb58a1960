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
}

const defaultExtensions = ['.md', '.markdown', '.txt', '.html', '.htm']
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
      for (const found of await walk(path, extensions)) files.push(await load(found))
    } else {
      files.push(await load(path))
    }
  }

  return files
}

async function walk(folder: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(folder, {withFileTypes: true})
  const found: string[] = []
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) found.push(...(await walk(path, extensions)))
    else if (
      entry.isFile() &&
      extensions.includes(extname(entry.name).toLowerCase()) &&
      !skipped.test(entry.name)
    ) {
      found.push(path)
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
