import {sha256} from '@noble/hashes/sha2.js'
import {bytesToHex} from '@noble/hashes/utils.js'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {consultations as defaultConsultations} from '../consultations/consultations.js'
import {capMessages, defaultMaxMessagesPerRule} from '../messages/cap-messages.js'
import {createMessage} from '../messages/create-message.js'
import type {ConsultationProfile} from '../schema/consultation-profile.js'
import type {Contribution} from '../schema/contribution.js'
import {BuiltInFormat} from '../schema/format.js'
import {assembleContribution} from './assemble-contribution.js'
import {checkOptions} from './check-options.js'
import {findInText} from './find-in-text.js'
import {readParts} from './read-parts.js'
import {readFrontMatter} from './readers/markdown/read-front-matter.js'
import type {Reader, ReaderHead, Reading} from './readers/reader.js'
import {builtInReaders, readBuiltIn} from './readers/readers.js'
import type {ReadResult} from './readers/segment.js'
import {createLocator, type Locator} from './runs/locate.js'
import {sortMessages} from './sort-messages.js'
import {chooseReadFormat} from './source/choose-read-format.js'
import {chooseReader} from './source/choose-reader.js'
import {decodeBytes} from './source/decode-bytes.js'
import {emptyContribution} from './source/empty-contribution.js'
import {inspectSource} from './source/inspect-source.js'
import {toFile} from './source/to-file.js'
import {chooseConsultation} from './structure/choose-consultation.js'
import {createQuestionMatcher} from './structure/match-question.js'
import {splitFormFields} from './structure/split-form-fields.js'
import {splitUnits} from './structure/split-units.js'
import {collectFieldLabels} from './words/collect-field-labels.js'
import {stringField} from './words/string-field.js'

/** Configuration for `parseContribution`. */
export interface ParseContributionOptions {
  /**
   * Path of the file, kept in `source.path` and used for the id when no submitter is found.
   *
   * @default file.path of a VFile input, else none
   */
  readonly path?: string | undefined
  /**
   * Format to read the input as: `markdown`, `text`, `html`, or the format of a reader in
   * `readers`.
   *
   * @default the first reader whose extensions hold the file's (`.md`, `.txt`, `.html`), else
   *   the first whose `sniff` claims the content (Markdown reads anything)
   */
  readonly format?: string | undefined
  /**
   * Readers of formats of one's own, asked before the built-in ones (see `Reader`).
   *
   * @default none: the built-in Markdown, text and HTML readers
   */
  readonly readers?: readonly Reader[] | undefined
  /**
   * Id of the consultation the document answers, to skip detection.
   *
   * @default detected from the questions the document answers
   */
  readonly consultation?: string | undefined
  /**
   * Consultations to recognise, instead of the built-in ones (pass `[...consultations, mine]` to
   * add one): their questions and cues identify the consultation; their instruments are what
   * paragraphs are cited of; their form-field labels and meeting names are read in the header of
   * every document. Each is validated against `ConsultationProfile` (see `loadConsultations` to
   * read them from JSON).
   *
   * @default `consultations`: the built-in `wgec-2016`, `wgec-2013` and `netmundial-2014` profiles
   */
  readonly consultations?: readonly ConsultationProfile[] | undefined
  /**
   * Largest input to read, in characters (or bytes for binary input); larger inputs give a fatal
   * `too-large` message and an empty contribution.
   *
   * Contributions are rarely over 1 MB; a larger input is most likely not one.
   *
   * @default 8_388_608 (8 MiB)
   */
  readonly maxSize?: number | undefined
  /**
   * Deepest nesting of blockquotes and lists (of elements, in HTML) read as structure; a document
   * nested deeper is read as plain text, with a `too-deeply-nested` warning: deep nesting makes
   * Markdown parsing slow and HTML parsing overflow the stack. In HTML (a page, or HTML in
   * Markdown), elements nested deeper than this are each read as one paragraph of their text.
   *
   * @default 32 (a page is read as text only past 256 elements, where a page nests a few dozen
   *   elements as a matter of course; its elements past 32 are read as paragraphs)
   */
  readonly maxDepth?: number | undefined
  /**
   * Most messages of one rule kept for a document: the rest of that rule are counted in one
   * `more-messages` warning, so that a document with thousands of unlinked footnotes costs a few
   * lines of diagnostics, not thousands.
   *
   * @default 100
   */
  readonly maxMessagesPerRule?: number | undefined
}

/** The result of `parseContribution`. */
export interface ParseResult {
  /** The contribution; empty fields where the document could not be read. */
  contribution: Contribution
  /** Diagnostics about the content, each with a `ruleId`, a place and `source: 'wgec'`. */
  messages: VFileMessage[]
}

const defaultMaxSize = 8 * 1024 * 1024
const markdownReader = builtInReaders.find((reader) => reader.format === 'markdown') as Reader

/**
 * Parse a contribution to a consultation (Markdown, text extracted from PDF, or HTML) into typed
 * data: submitter, consultation, answers by question with their blocks and source places,
 * citations, references, footnotes and signature. Problems in the content never throw: they are
 * reported as messages, and the contribution holds whatever could be read.
 *
 * @param input
 *   The document: a string, its bytes (decoded as `decodeBytes` says: UTF-8, UTF-16 with a byte
 *   order mark, else Windows-1252), or a VFile whose value is either (its `path` is kept).
 * @param options
 *   Configuration (optional).
 * @returns
 *   The contribution and the messages; the messages are also added to `input` when it is a
 *   VFile (as `file.message()` would), so that `vfile-reporter` reports them.
 * @throws {TypeError}
 *   When `input` is not a string, Uint8Array or VFile, or an option is invalid.
 * @example
 *   parseContribution(cubaMarkdown).contribution.submitter
 *   // => {name: 'Cuba', group: 'government', country: 'CUB', regionalGroup: 'grulac'}
 */
export function parseContribution(
  input: string | Uint8Array | VFile,
  options: ParseContributionOptions = {}
): ParseResult {
  const result = parseDocument(input, options)
  if (isFileWithMessages(input)) {
    for (const message of result.messages) {
      message.file ||= input.path ?? ''
      input.messages.push(message)
    }
  }
  return result
}

function isFileWithMessages(input: unknown): input is VFile {
  return typeof input === 'object' && input !== null && Array.isArray((input as VFile).messages)
}

function parseDocument(
  input: string | Uint8Array | VFile,
  options: ParseContributionOptions
): ParseResult {
  const file = toFile(input)
  checkOptions(options)
  const readers = [...(options.readers ?? []), ...builtInReaders]
  const value = file.value
  const size = typeof value === 'string' ? value.length : value.byteLength
  const path = options.path ?? (file.path || undefined)
  const digest = bytesToHex(
    sha256(typeof value === 'string' ? new TextEncoder().encode(value) : value)
  )
  const maxSize = options.maxSize ?? defaultMaxSize
  const extname = file.extname ?? undefined
  if (size > maxSize) {
    const extension = extname?.toLowerCase() ?? ''
    const named = readers.find((reader) => reader.extensions.includes(extension))
    return {
      contribution: emptyContribution(digest, options.format ?? named?.format ?? 'markdown', path),
      messages: [createMessage('too-large', {size, maxSize})]
    }
  }

  const binary = readers.some((reader) => reader.binary === true)
    ? chooseReader(readers, {format: options.format, extname, head: headOf(value), binary: true})
    : undefined
  const read = binary
    ? readBinary(binary, toBytes(value), options)
    : readDecoded(readers, value, extname, options)
  const base = emptyContribution(digest, read.format, path)
  if (!read.document) return {contribution: base, messages: read.messages}
  const {source, locator, result, reader} = read.document
  const messages = read.messages
  let contribution: Contribution
  try {
    contribution = parseSource(source, locator, result, options, messages, base)
  } catch (error) {
    // Segments a caller's reader made that the parser cannot read are that reader's failure.
    if (!reader) throw error
    const cause = `its segments cannot be read (${describeError(error)})`
    return {contribution: base, messages: [createMessage('reader-failed', {format: reader, cause})]}
  }
  return {
    contribution,
    messages: capMessages(
      sortMessages(messages),
      options.maxMessagesPerRule ?? defaultMaxMessagesPerRule
    )
  }
}

/** A document read into segments, with the text their places point into. */
interface ReadDocument {
  readonly source: string
  readonly locator: Locator
  readonly result: ReadResult
  /** The format of the caller's reader whose segments these are, if they are a reader's own. */
  readonly reader?: string | undefined
}

/** What reading gave: the format read as, the messages so far, and the document when readable. */
interface Read {
  readonly format: string
  readonly messages: VFileMessage[]
  readonly document: ReadDocument | undefined
}

/** A text document: decoded, inspected, then read by its format's reader. */
function readDecoded(
  readers: readonly Reader[],
  value: string | Uint8Array,
  extname: string | undefined,
  options: ParseContributionOptions
): Read {
  const decoded = typeof value === 'string' ? undefined : decodeBytes(value)
  const source = typeof value === 'string' ? value : (decoded?.text ?? '')
  const reader =
    chooseReader(readers, {
      format: options.format,
      extname,
      head: {
        bytes: ownTextReaders(readers) ? headOf(value).bytes : empty,
        text: source.slice(0, 2000)
      },
      binary: false
    }) ?? markdownReader
  const locator = createLocator(source)
  const claimed = !builtInReaders.includes(reader)
  const inspection = inspectSource(source, decoded, locator, claimed)
  if (inspection.unreadable) {
    return {format: reader.format, messages: inspection.messages, document: undefined}
  }
  const messages = inspection.messages
  const bytes = () => (typeof value === 'string' ? new TextEncoder().encode(value) : value)
  const document = !claimed
    ? readWithBuiltIn(reader.format as BuiltInFormat, source, locator, options, messages)
    : settle(
        reader,
        () => reader.read({bytes: bytes(), text: source, locator, maxDepth: options.maxDepth}),
        source,
        locator,
        options,
        messages,
        true
      )
  return {format: reader.format, messages, document}
}

/** A binary document: its bytes, as they are, to its reader. */
function readBinary(reader: Reader, bytes: Uint8Array, options: ParseContributionOptions): Read {
  const messages: VFileMessage[] = []
  const locator = createLocator('')
  const document = settle(
    reader,
    () => reader.read({bytes, text: '', locator, maxDepth: options.maxDepth}),
    '',
    locator,
    options,
    messages,
    false
  )
  return {format: reader.format, messages, document}
}

/**
 * Run a reader other than the built-in ones and take what it gives: its segments, or a text of a
 * built-in format, read by that format's reader. A throw, a promise, more text than
 * `options.maxSize`, or anything else is `reader-failed`. The text of a text reader was inspected
 * before it was read (`inspected`): its conversion is inspected again only for what makes it
 * unreadable, so that no message is given twice.
 */
function settle(
  reader: Reader,
  read: () => Reading,
  source: string,
  locator: Locator,
  options: ParseContributionOptions,
  messages: VFileMessage[],
  inspected: boolean
): ReadDocument | undefined {
  const fail = (cause: string) => {
    messages.push(createMessage('reader-failed', {format: reader.format, cause}))
    return undefined
  }
  let reading: unknown
  try {
    reading = read()
  } catch (error) {
    return fail(describeError(error))
  }
  if (typeof (reading as PromiseLike<unknown> | null)?.then === 'function') {
    // Nobody awaits it: a rejection must not go unhandled.
    Promise.resolve(reading).catch(() => undefined)
    return fail('its `read` gave a promise, expected the reading itself (readers are synchronous)')
  }
  const given = reading as Partial<Record<string, unknown>> | null
  const maxSize = options.maxSize ?? defaultMaxSize
  const tooLong = (text: string) =>
    `it gave ${text.length} characters, expected at most ${maxSize} (\`options.maxSize\`)`
  if (given?.kind === 'segments' && Array.isArray(given.segments)) {
    const text = typeof given.text === 'string' ? given.text : source
    if (text.length > maxSize) return fail(tooLong(text))
    // What a reader leaves out is none: no front matter, no plain footnote markers, nothing dropped.
    const result: ReadResult = {
      segments: given.segments as ReadResult['segments'],
      frontMatter: (given.frontMatter ?? undefined) as ReadResult['frontMatter'],
      plainMarkers: given.plainMarkers instanceof Set ? given.plainMarkers : new Set(),
      dropped: Array.isArray(given.dropped) ? (given.dropped as ReadResult['dropped']) : []
    }
    const own = text === source ? locator : createLocator(text)
    return {source: text, locator: own, result, reader: reader.format}
  }
  if (
    given?.kind === 'text' &&
    typeof given.text === 'string' &&
    BuiltInFormat.safeParse(given.format).success
  ) {
    const text = given.text
    if (text.length > maxSize) return fail(tooLong(text))
    const converted = createLocator(text)
    // A reader made this text: a container's first bytes in it are no file to convert.
    const inspection = inspectSource(text, undefined, converted, true)
    if (inspection.unreadable || !inspected) messages.push(...inspection.messages)
    if (inspection.unreadable) return undefined
    return readWithBuiltIn(given.format as BuiltInFormat, text, converted, options, messages)
  }
  return fail(
    'it gave neither `{kind: "segments", segments}` nor `{kind: "text", format, text}` of a built-in format'
  )
}

/** The message of whatever a reader threw, however odd. */
function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error)
  } catch {
    return 'an error that cannot be told'
  }
}

/** Whether the caller gave text readers of its own (which may sniff bytes). */
function ownTextReaders(readers: readonly Reader[]): boolean {
  return readers.some((reader) => reader.binary !== true && !builtInReaders.includes(reader))
}

const empty = new Uint8Array()

/**
 * Read a source with a built-in reader: its own format's, or the text reader's when the source is
 * nested too deeply or is Markdown that would parse slowly.
 */
function readWithBuiltIn(
  format: BuiltInFormat,
  source: string,
  locator: Locator,
  options: ParseContributionOptions,
  messages: VFileMessage[]
): ReadDocument {
  const readFormat = chooseReadFormat(source, format, options.maxDepth, locator)
  messages.push(...readFormat.messages)
  const result = readBuiltIn[readFormat.format]({source, locator, maxDepth: options.maxDepth})
  return {source, locator, result}
}

/** The start of an input, for binary readers to sniff. */
function headOf(value: string | Uint8Array): ReaderHead {
  const bytes =
    typeof value === 'string'
      ? new TextEncoder().encode(value.slice(0, 4096))
      : value.subarray(0, 4096)
  return {bytes, text: undefined}
}

function toBytes(value: string | Uint8Array): Uint8Array {
  return typeof value === 'string' ? new TextEncoder().encode(value) : value
}

/**
 * The pipeline on a readable source: read it into segments, choose the consultation, split the
 * segments into units, read the parts (header, answers, signature, footnotes), then walk the
 * finished parts once for footnote markers, the language, citations and references.
 */
function parseSource(
  source: string,
  locator: Locator,
  read: ReadResult,
  options: ParseContributionOptions,
  messages: VFileMessage[],
  base: Contribution
): Contribution {
  const profiles = options.consultations ?? defaultConsultations
  const documentPlace = locator.place(0, Math.min(source.length, 1))
  for (const dropped of read.dropped) {
    messages.push(createMessage(`dropped-${dropped.kind}`, {text: dropped.text}, dropped.place))
  }

  const frontMatter = readFrontMatter(read, messages)
  const forced = options.consultation ?? stringField(frontMatter.data, 'consultation')
  const match = createQuestionMatcher(profiles)
  const segments = splitFormFields(read.segments, locator, collectFieldLabels(profiles))
  const profile = forced
    ? profiles.find((entry) => entry.id === forced)
    : chooseConsultation(segments, profiles, match)?.profile
  if (!profile) messages.push(createMessage('no-consultation-found', {}, documentPlace))
  const context = {source, locator, maxDepth: options.maxDepth}
  const parts = readParts(splitUnits(context, segments, profile, match), locator, profiles, profile)
  const header = frontMatter.invalid
    ? {...parts.header, preamble: [frontMatter.invalid, ...parts.header.preamble]}
    : parts.header
  if (!profile && parts.answers.length === 0) {
    messages.push(createMessage('no-questions-found', {}, documentPlace))
  }

  for (const answer of parts.answers) {
    if (answer.questionId === null) {
      messages.push(
        createMessage('unmatched-section', {text: answer.questionText.slice(0, 80)}, answer.place)
      )
    }
  }

  const found = findInText(
    {...parts, header},
    read.plainMarkers,
    profile,
    locator,
    messages,
    frontMatter.data
  )
  if (found.language === 'und') {
    messages.push(createMessage('language-undetermined', {}, documentPlace))
  }

  return assembleContribution(
    {...parts, header},
    found,
    frontMatter.data,
    profile,
    messages,
    documentPlace,
    base
  )
}
