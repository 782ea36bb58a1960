import type {BuiltInFormat} from '../../schema/format.js'
import type {Locator} from '../runs/locate.js'
import type {ReadResult} from './segment.js'

/** The start of a document, for a reader to tell whether it is of its format. */
export interface ReaderHead {
  /** The first 4,096 bytes (the UTF-8 bytes of a string input). */
  readonly bytes: Uint8Array
  /** The first 2,000 characters of the decoded text; `undefined` before decoding (binary readers). */
  readonly text: string | undefined
}

/** What a reader's `read` is given. */
export interface ReaderInput {
  /** The document's bytes: those of the file, or the UTF-8 bytes of a string input. */
  readonly bytes: Uint8Array
  /** The decoded text (`''` for a binary reader, which decodes its bytes itself). */
  readonly text: string
  /** Turns offsets in `text` into places. */
  readonly locator: Locator
  /**
   * Deepest element nesting read as structure (`parseContribution`'s `maxDepth`).
   *
   * @default 32
   */
  readonly maxDepth?: number | undefined
}

/**
 * What a reader gives back: segments of the text it was given (or of a text it laid out itself,
 * given as `text`: a binary format's; `frontMatter`, `plainMarkers` and `dropped` may be left
 * out), or a text in a built-in format for that format's reader to
 * read (a Word file converted to HTML, a form converted to Markdown), whose places are then places
 * in that text.
 */
export type Reading =
  | (Pick<ReadResult, 'segments'> &
      Partial<Omit<ReadResult, 'segments'>> & {
        readonly kind: 'segments'
        readonly text?: string | undefined
      })
  | {readonly kind: 'text'; readonly format: BuiltInFormat; readonly text: string}

/**
 * A reader: one format's documents to segments (or to a built-in format's text). `parseContribution`
 * asks its readers in order (those given in `options.readers` first, then the built-in HTML, text
 * and Markdown readers): the one named by `options.format`, else the first whose `extensions`
 * hold the file's extension, else the first whose `sniff` says yes. A binary reader is asked on
 * the raw bytes, before any decoding; the others on the decoded text.
 *
 * @example
 *   const upper: Reader = {
 *     format: 'upper',
 *     extensions: ['.upper'],
 *     mediaTypes: ['text/x-upper'],
 *     read: ({text}) => ({kind: 'text', format: 'markdown', text: text.toUpperCase()})
 *   }
 *   parseContribution(file, {readers: [upper]})
 */
export interface Reader {
  /** The format's name, kebab-case: kept in `source.format` and what `options.format` takes. */
  readonly format: string
  /** File extensions of the format, lower case with the dot (`.md`); folders are walked for them. */
  readonly extensions: readonly string[]
  /** Media types of the format (`text/markdown`), for callers that know a document's type. */
  readonly mediaTypes: readonly string[]
  /**
   * Whether `read` takes the document's bytes as they are (a binary format) rather than its
   * decoded text.
   *
   * @default false
   */
  readonly binary?: boolean | undefined
  /**
   * Whether a document of unknown extension is of this format, from its start.
   *
   * @default never: the reader is chosen by `options.format` or extension only
   */
  readonly sniff?: ((head: ReaderHead) => boolean) | undefined
  /** Read a document of this format. A throw is reported as the document's `reader-failed` error. */
  readonly read: (input: ReaderInput) => Reading
}
