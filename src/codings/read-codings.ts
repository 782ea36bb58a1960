import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {defaultCodebook} from '../codebooks/default-codebook.js'
import {weighEvidence} from '../evidence/weigh-evidence.js'
import {readQde} from '../exchange/read-qde.js'
import {readQdpx} from '../exchange/read-qdpx.js'
import {capMessages, defaultMaxMessagesPerRule} from '../messages/cap-messages.js'
import {createMessageCap} from '../messages/create-message-cap.js'
import type {Codebook} from '../schema/codebook.js'
import type {Coding} from '../schema/coding.js'
import type {CodingReader} from './accept-coding.js'
import {readCodingsCsv} from './read-codings-csv.js'
import {readCodingsJson} from './read-codings-json.js'

/**
 * Configuration for `readCodings`.
 */
export interface ReadCodingsOptions {
  /**
   * Format of the text.
   *
   * @default
   *   from the extension of `path` (`.csv`, `.json`, `.qde`, `.qdpx`), else `qdpx` for bytes
   *   that start a zip, `qde` when the first non-space character is `<`, `json` when it is `[`
   *   or `{`, else `csv`
   */
  readonly format?: 'csv' | 'json' | 'qde' | 'qdpx' | undefined
  /**
   * Codebook to check dimensions and stances against: a coding on a dimension it does not have
   * (`unknown-dimension`) or with a stance that is no pole of its dimension, `mixed` or
   * `unstated` (`unknown-stance`) is skipped, with the place of the bad cell.
   *
   * A REFI-QDA project's codes are read as this codebook's dimensions and stances.
   *
   * @default undefined: not checked; a REFI-QDA project is read with the `enhanced-cooperation`
   *   codebook
   */
  readonly codebook?: Codebook | undefined
  /**
   * Path the text was read from: tells the format and is set as `file` on every message.
   *
   * @default undefined
   */
  readonly path?: string | undefined
  /**
   * Most messages of one rule kept: the rest of that rule are counted in one `more-messages`
   * warning, so that 200,000 rows of an unknown stance cost a few lines of diagnostics.
   *
   * @default 100
   */
  readonly maxMessagesPerRule?: number | undefined
}

/**
 * What `readCodings` returns.
 */
export interface ReadCodingsResult {
  /** The valid codings, in the order they are written. */
  readonly codings: Coding[]
  /** Problems found in the text, in the order they are found. */
  readonly messages: VFileMessage[]
}

const formats = ['csv', 'json', 'qde', 'qdpx'] as const

/**
 * Read manual codings from CSV or JSON, reporting problems instead of throwing.
 *
 * JSON is an array of codings (`{contributionId, dimension, stance, quote?, coder?}`), a gold
 * file (`{contribution, positions: [{dimension, stance, quote}]}`, as in `fixtures/`), or an
 * array of gold files. A coding may name its document by `file` instead of an id, as the real gold
 * set in `fixtures/netmundial-2014/` does (`{file, part, dimension, stance, coder, evidence}`): its
 * `contributionId` is then the file name, `file` and `part` are kept (`validateCoder` matches the
 * file against the base name of each contribution's `source.path`), and its evidence places and
 * adjudication are not read. CSV has a header row naming the columns `contribution` (or
 * `contributionId`, `id`), `dimension`, `stance` and optionally `quote`, `coder`, `file` and
 * `part`, in any
 * order and case; other columns are ignored. Fields may be quoted (`""` escapes a quote, and
 * quoted fields may hold delimiters and line breaks; a quote inside a field that does not start
 * with one is kept as written); a byte order mark and CRLF line endings are accepted, and `;` or
 * tab is used as delimiter when the header row has more of them than commas. Ids, dimensions,
 * stances and coders are trimmed; an empty `quote` or `coder` is left out. Stances are not checked
 * against a codebook.
 *
 * Invalid JSON or an empty text (`invalid-codings`) and a missing column (`missing-column`) give
 * no codings; a malformed CSV row (`malformed-row`), a coding without a contribution, dimension
 * or stance (`incomplete-coding`) or with a value that is not a string (`invalid-coding`) is
 * skipped; a second coding of the same contribution on the same dimension by the same coder
 * (`duplicate-coding`) is skipped, the first is kept. CSV messages have the place of their row;
 * JSON messages name the path of the value (`[2].positions[0].stance`), and a syntax error has
 * its place when the JSON engine tells it. Past `options.maxMessagesPerRule` messages of one rule
 * (100), whatever the format, the rest are counted in one `more-messages` warning; a message
 * quotes a bounded excerpt of a value, its control characters escaped.
 *
 * A REFI-QDA project (`.qdpx` bytes, or the XML of its `project.qde`) is read with `readQdpx`
 * and `readQde`: codings made, or corrected, in NVivo, ATLAS.ti, MAXQDA or QualCoder.
 *
 * A review sheet (`toReviewSheet`, `wgec review`), told by its `reviewed_stance` column, is read
 * with `reviewed_stance` as the stance, `reviewer` as the coder and `note` as the note; rows whose
 * `reviewed_stance` is empty are no codings.
 *
 * @param input
 *   The codings, as CSV or JSON text, QDA-XML text, or the bytes of a `.qdpx` (or of any of the
 *   others, read as UTF-8).
 * @param options
 *   Configuration (optional).
 * @returns
 *   The valid codings and the messages.
 * @throws {TypeError}
 *   When `input` is not a string or bytes, or an option is not of its type.
 * @example
 *   readCodings('contribution,dimension,stance\nwgec-2016/cuba,mechanism,intergovernmental').codings
 *   // => [{contributionId: 'wgec-2016/cuba', dimension: 'mechanism', stance: 'intergovernmental'}]
 */
export function readCodings(
  input: string | Uint8Array,
  options?: ReadCodingsOptions
): ReadCodingsResult {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError(`Cannot read \`${String(input)}\` for \`text\`, expected a string or bytes`)
  }
  const settings = checkOptions(options)
  const zip = input instanceof Uint8Array && input[0] === 0x50 && input[1] === 0x4b
  const text = typeof input === 'string' ? input : zip ? '' : new TextDecoder().decode(input)
  const format = settings.format ?? (zip ? 'qdpx' : formatOf(settings.path, text))
  if (format === 'qdpx' || format === 'qde') {
    const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
    // A project's codes are named after a codebook's dimensions: the default one unless given.
    const qda = {
      codebook: settings.codebook ?? defaultCodebook,
      weigh: weighEvidence,
      maxMessagesPerRule: settings.maxMessagesPerRule
    }
    const result =
      format === 'qdpx' ? readQdpx(bytes, qda) : readQde(new TextDecoder().decode(bytes), qda)
    return {codings: result.codings, messages: finish(result.messages, settings)}
  }
  const bom = text.charCodeAt(0) === 0xfe_ff ? 1 : 0
  const body = text.slice(bom)
  const where = location(body)
  // Messages are capped as they are reported: the ones left out are never created.
  const cap = createMessageCap(settings.maxMessagesPerRule ?? defaultMaxMessagesPerRule)
  const reader: CodingReader = {
    codings: [],
    seen: new Set(),
    codebook: settings.codebook,
    place(start, end) {
      return {start: pointAt(where, body, start, bom), end: pointAt(where, body, end, bom)}
    },
    report: cap.report
  }

  if (body.trim() === '') {
    reader.report('invalid-codings', {cause: 'the text is empty'})
  } else if (format === 'json') {
    readCodingsJson(body, reader)
  } else {
    readCodingsCsv(body, reader)
  }

  return {codings: reader.codings, messages: finish(cap.messages(), settings)}
}

// The cap applies to every reader's messages, and the summary names the file too.
function finish(messages: readonly VFileMessage[], settings: ReadCodingsOptions): VFileMessage[] {
  const kept = capMessages(messages, settings.maxMessagesPerRule ?? defaultMaxMessagesPerRule)
  if (settings.path !== undefined) for (const message of kept) message.file = settings.path
  return kept
}

function checkOptions(options: unknown): ReadCodingsOptions {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object') {
    throw new TypeError(`Cannot read with \`${String(options)}\` for \`options\`, expected object`)
  }
  const {format, path, codebook, maxMessagesPerRule} = options as Record<string, unknown>
  if (codebook !== undefined && (typeof codebook !== 'object' || codebook === null)) {
    throw new TypeError(
      `Cannot read with \`${String(codebook)}\` for \`options.codebook\`, expected a codebook`
    )
  }
  if (format !== undefined && !formats.includes(format as never)) {
    throw new TypeError(
      `Cannot read \`${String(format)}\` for \`options.format\`, expected \`csv\`, \`json\`, \`qde\`, \`qdpx\``
    )
  }
  if (path !== undefined && typeof path !== 'string') {
    throw new TypeError(`Cannot read \`${String(path)}\` for \`options.path\`, expected a string`)
  }
  if (
    maxMessagesPerRule !== undefined &&
    !(Number.isInteger(maxMessagesPerRule) && Number(maxMessagesPerRule) > 0)
  ) {
    throw new TypeError(
      `Cannot read \`${String(maxMessagesPerRule)}\` for \`options.maxMessagesPerRule\`, expected a positive whole number`
    )
  }
  return options as ReadCodingsOptions
}

function formatOf(path: string | undefined, body: string): (typeof formats)[number] {
  const extension = /\.([a-z]+)$/i.exec(path ?? '')?.[1]?.toLowerCase()
  const known = formats.find((format) => format === extension)
  if (known) return known
  if (/^\uFEFF?\s*</.test(body)) return 'qde'
  return /^\s*[[{]/.test(body) ? 'json' : 'csv'
}

function pointAt(where: ReturnType<typeof location>, body: string, offset: number, bom: number) {
  const point = where.toPoint(Math.min(Math.max(offset, 0), body.length))
  // `toPoint` only fails outside the text, which the clamp above rules out.
  const {line, column} = point ?? {line: 1, column: 1}
  return {line, column, offset: offset + bom}
}
