import type {Reader, ReaderHead} from '../readers/reader.js'

/** What `chooseReader` looks at. */
export interface ReaderQuery {
  /** `options.format`, when given. */
  readonly format: string | undefined
  /** The file's extension (`.md`), when it has one. */
  readonly extname: string | undefined
  /** The document's start. */
  readonly head: ReaderHead
  /** Whether to choose among the binary readers (on bytes) or among the others (on text). */
  readonly binary: boolean
}

/**
 * Choose the reader of a document among those of one kind (binary or not): the one whose format
 * `options.format` names, else the first whose extensions hold the file's, else the first whose
 * `sniff` says yes (a `sniff` that throws says no).
 *
 * @param readers
 *   The readers, in the order they are asked.
 * @param query
 *   The document.
 * @returns
 *   The reader, or `undefined` when none of that kind claims the document.
 * @example
 *   chooseReader(builtInReaders, {format: undefined, extname: '.html', head, binary: false})?.format
 *   // => 'html'
 */
export function chooseReader(readers: readonly Reader[], query: ReaderQuery): Reader | undefined {
  const kind = readers.filter((reader) => (reader.binary === true) === query.binary)
  if (query.format !== undefined) return kind.find((reader) => reader.format === query.format)
  const extension = query.extname?.toLowerCase()
  return (
    (extension ? kind.find((reader) => reader.extensions.includes(extension)) : undefined) ??
    kind.find((reader) => sniffs(reader, query.head))
  )
}

/** Whether a reader claims a document's start; a sniffer that throws claims nothing. */
function sniffs(reader: Reader, head: ReaderHead): boolean {
  try {
    return reader.sniff?.(head) === true
  } catch {
    return false
  }
}
