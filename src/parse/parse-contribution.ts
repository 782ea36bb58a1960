import {sha256} from '@noble/hashes/sha2.js'
import {bytesToHex} from '@noble/hashes/utils.js'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {consultations as defaultConsultations} from '../consultations/consultations.js'
import {capMessages} from '../messages/cap-messages.js'
import {createMessage} from '../messages/create-message.js'
import type {ConsultationProfile} from '../schema/consultation-profile.js'
import type {Contribution} from '../schema/contribution.js'
import {assembleContribution} from './assemble-contribution.js'
import {findInText} from './finders/find-in-text.js'
import {stringField} from './header/string-field.js'
import {readFrontMatter} from './readers/markdown/read-front-matter.js'
import {readers} from './readers/readers.js'
import {createLocator, type Locator} from './runs/locate.js'
import {sortMessages} from './sort-messages.js'
import {checkOptions} from './source/check-options.js'
import {chooseReadFormat} from './source/choose-read-format.js'
import {decodeBytes} from './source/decode-bytes.js'
import {detectFormat, type Format} from './source/detect-format.js'
import {emptyContribution} from './source/empty-contribution.js'
import {inspectSource} from './source/inspect-source.js'
import {toFile} from './source/to-file.js'
import {chooseConsultation} from './structure/choose-consultation.js'
import {createQuestionMatcher} from './structure/match-question.js'
import {readParts} from './structure/read-parts.js'
import {splitFormFields} from './structure/split-form-fields.js'
import {splitUnits} from './structure/split-units.js'

/** Configuration for `parseContribution`. */
export interface ParseContributionOptions {
  /**
   * Path of the file, kept in `source.path` and used for the id when no submitter is found.
   *
   * @default file.path of a VFile input, else none
   */
  readonly path?: string | undefined
  /**
   * Format to read the input as.
   *
   * @default from the file extension (`.md`, `.txt`, `.html`), else sniffed from the content
   */
  readonly format?: Format | undefined
  /**
   * Id of the consultation the document answers, to skip detection.
   *
   * @default detected from the questions the document answers
   */
  readonly consultation?: string | undefined
  /**
   * Consultations to recognise.
   *
   * @default the built-in `wgec-2016` and `wgec-2013` profiles
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
const defaultMaxMessagesPerRule = 100

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
  const value = file.value
  const size = typeof value === 'string' ? value.length : value.byteLength
  const path = options.path ?? (file.path || undefined)
  const digest = bytesToHex(
    sha256(typeof value === 'string' ? new TextEncoder().encode(value) : value)
  )
  const maxSize = options.maxSize ?? defaultMaxSize
  if (size > maxSize) {
    return {
      contribution: emptyContribution(digest, options.format ?? 'markdown', path),
      messages: [createMessage('too-large', {size, maxSize})]
    }
  }

  const decoded = typeof value === 'string' ? undefined : decodeBytes(value)
  const source: string = decoded ? decoded.text : String(value)
  const format = options.format ?? detectFormat(source, file.extname ?? undefined)
  const base = emptyContribution(digest, format, path)
  const locator = createLocator(source)
  const inspection = inspectSource(source, decoded, locator)
  if (inspection.unreadable) return {contribution: base, messages: inspection.messages}
  const messages = inspection.messages
  const contribution = parseSource(source, format, locator, options, messages, base)
  return {
    contribution,
    messages: capMessages(
      sortMessages(messages),
      options.maxMessagesPerRule ?? defaultMaxMessagesPerRule
    )
  }
}

/**
 * The pipeline on a readable source: read it into segments, choose the consultation, split the
 * segments into units, read the parts (header, answers, signature, footnotes), then walk the
 * finished parts once for footnote markers, the language, citations and references.
 */
function parseSource(
  source: string,
  format: Format,
  locator: Locator,
  options: ParseContributionOptions,
  messages: VFileMessage[],
  base: Contribution
): Contribution {
  const profiles = options.consultations ?? defaultConsultations
  const documentPlace = locator.place(0, Math.min(source.length, 1))
  const readFormat = chooseReadFormat(source, format, options.maxDepth, locator)
  messages.push(...readFormat.messages)
  const context = {source, locator, maxDepth: options.maxDepth}
  const read = readers[readFormat.format](context)
  for (const dropped of read.dropped) {
    messages.push(createMessage(`dropped-${dropped.kind}`, {text: dropped.text}, dropped.place))
  }

  const frontMatter = readFrontMatter(read, messages)
  const forced = options.consultation ?? stringField(frontMatter.data, 'consultation')
  const match = createQuestionMatcher(profiles)
  const segments = splitFormFields(read.segments, locator)
  const profile = forced
    ? profiles.find((entry) => entry.id === forced)
    : chooseConsultation(segments, profiles, match)?.profile
  if (!profile) messages.push(createMessage('no-consultation-found', {}, documentPlace))
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
