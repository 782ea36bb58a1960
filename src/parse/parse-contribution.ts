import {sha256} from '@noble/hashes/sha2.js'
import {bytesToHex} from '@noble/hashes/utils.js'
import {uniqueBy} from 'remeda'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {consultations as defaultConsultations} from '../consultations/consultations.js'
import {regionalGroupOf} from '../countries/regional-group-of.js'
import {resolveCountry} from '../countries/resolve-country.js'
import {resolveRegion} from '../countries/resolve-region.js'
import {capMessages} from '../messages/cap-messages.js'
import {createMessage} from '../messages/create-message.js'
import {escapeControls} from '../messages/excerpt.js'
import type {Answer} from '../schema/answer.js'
import type {Author} from '../schema/author.js'
import type {Block} from '../schema/block.js'
import type {Citation} from '../schema/citation.js'
import {ConsultationProfile} from '../schema/consultation-profile.js'
import type {Contribution} from '../schema/contribution.js'
import type {Footnote} from '../schema/footnote.js'
import type {Place} from '../schema/place.js'
import type {Reference} from '../schema/reference.js'
import type {Source} from '../schema/source.js'
import type {StakeholderGroup} from '../schema/stakeholder-group.js'
import type {Submitter} from '../schema/submitter.js'
import {chooseConsultation, topicQuestion} from './choose-consultation.js'
import {groupFromCategory, groupFromName, groupFromStatements} from './classify-submitter.js'
import {decodeBytes} from './decode-bytes.js'
import {detectFormat, type Format} from './detect-format.js'
import {detectLanguage} from './detect-language.js'
import {findCitations} from './find-citations.js'
import {findDate} from './find-date.js'
import {findReferences} from './find-references.js'
import {findSlowMarkdown} from './find-slow-markdown.js'
import {createLocator} from './locate.js'
import {createQuestionMatcher} from './match-question.js'
import {measureHtmlNesting, measureNesting} from './measure-nesting.js'
import {slug} from './normalize.js'
import type {ReadContext} from './read-context.js'
import {readFrontMatter} from './read-front-matter.js'
import {readHeader} from './read-header.js'
import {readHtml} from './read-html.js'
import {readMarkdown} from './read-markdown.js'
import type {SignatureLines} from './read-signature.js'
import {readText} from './read-text.js'
import type {ReadResult} from './segment.js'
import {splitFormFields} from './split-form-fields.js'
import {type ContentUnit, type QuestionUnit, splitUnits, type Unit} from './split-units.js'
import {takeSignature} from './take-signature.js'
import {isControl, tidyRun} from './text-run.js'
import {trailingParenthetical} from './trailing-parenthetical.js'

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
   * Markdown parsing slow and HTML parsing overflow the stack.
   *
   * @default 32 (256 for HTML, where a page nests a few dozen elements as a matter of course)
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
const defaultMaxDepth = 32
const defaultMaxMessagesPerRule = 100
const defaultMaxHtmlDepth = 256
const formats: readonly Format[] = ['markdown', 'text', 'html']

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
  const profiles = options.consultations ?? defaultConsultations
  const value = file.value
  const size = typeof value === 'string' ? value.length : value.byteLength
  const path = options.path ?? (file.path || undefined)
  const messages: VFileMessage[] = []
  const digest = bytesToHex(
    sha256(typeof value === 'string' ? new TextEncoder().encode(value) : value)
  )
  const maxSize = options.maxSize ?? defaultMaxSize

  if (size > maxSize) {
    messages.push(createMessage('too-large', {size, maxSize}))
    return {contribution: emptyContribution(digest, options.format ?? 'markdown', path), messages}
  }

  const decoded = typeof value === 'string' ? undefined : decodeBytes(value)
  const source: string = decoded ? decoded.text : String(value)
  const format = options.format ?? detectFormat(source, file.extname ?? undefined)
  const base = emptyContribution(digest, format, path)
  const locator = createLocator(source)

  const container = findContainer(source)
  if (container !== undefined) {
    messages.push(createMessage('unsupported-format', {what: container}, locator.place(0, 1)))
    return {contribution: base, messages}
  }

  const binary = findBinary(source)
  if (binary !== undefined) {
    messages.push(
      createMessage(
        'binary-content',
        {what: binary.what},
        locator.place(binary.offset, binary.offset + 1)
      )
    )
    return {contribution: base, messages}
  }

  if (source.trim() === '') {
    messages.push(createMessage('empty-document', {}, locator.place(0, source.length)))
    return {contribution: base, messages}
  }

  if (decoded && decoded.encoding !== 'utf-8') {
    messages.push(
      createMessage(
        'decoded-legacy-encoding',
        {encoding: decoded.encoding},
        locator.place(0, Math.min(source.length, 1))
      )
    )
  }

  const controls = findControls(source)
  if (controls) {
    messages.push(
      createMessage(
        'control-characters',
        {count: controls.count, first: escapeControls(source.charAt(controls.offset))},
        locator.place(controls.offset, controls.offset + 1)
      )
    )
  }

  const replacements = source.match(/\uFFFD/g)?.length ?? 0
  if (replacements > 0) {
    const offset = source.indexOf('\uFFFD')
    messages.push(
      createMessage('invalid-encoding', {count: replacements}, locator.place(offset, offset + 1))
    )
  }

  let readAs = format
  if (format === 'markdown' || format === 'html') {
    const depth = format === 'html' ? measureHtmlNesting(source) : measureNesting(source)
    const maxDepth = options.maxDepth ?? (format === 'html' ? defaultMaxHtmlDepth : defaultMaxDepth)
    if (depth > maxDepth) {
      messages.push(
        createMessage(
          'too-deeply-nested',
          {depth, maxDepth},
          locator.place(0, Math.min(source.length, 1))
        )
      )
      readAs = 'text'
    }
  }

  if (readAs === 'markdown') {
    const slow = findSlowMarkdown(source)
    if (slow) {
      messages.push(
        createMessage(
          'pathological-markdown',
          {kind: slow.kind, count: slow.count, limit: slow.limit},
          locator.place(slow.offset, Math.min(source.length, slow.offset + 1))
        )
      )
      readAs = 'text'
    }
  }

  const context: ReadContext = {source, locator, markers: [], runs: [], plainMarkers: new Set()}
  const documentPlace = locator.place(0, Math.min(source.length, 1))
  const read = readers[readAs](context)
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
  const units = splitUnits(context, segments, profile, match)
  const signature = takeSignature(units)
  const kept = units.filter((_, index) => !signature.indexes.has(index))
  const firstQuestion = kept.findIndex((unit) => unit.type === 'question')
  const headUnits = firstQuestion === -1 ? kept : kept.slice(0, firstQuestion)
  const header = readHeader(
    headUnits.filter((unit): unit is ContentUnit => unit.type === 'content'),
    locator,
    profiles
  )
  const answers = buildAnswers(firstQuestion === -1 ? [] : kept.slice(firstQuestion))
  const topicAnswer = answers.length === 0 ? answerTopic(header, profile) : undefined
  if (topicAnswer) answers.push(topicAnswer)
  const questionPlaces = kept
    .filter((unit): unit is QuestionUnit => unit.type === 'question')
    .map((unit) => unit.place)
  const footnotes = buildFootnotes(context, units, messages)

  if (frontMatter.invalid) header.preamble.unshift(frontMatter.invalid)
  if (!profile && answers.length === 0) {
    messages.push(
      createMessage('no-questions-found', {}, locator.place(0, Math.min(source.length, 1)))
    )
  }

  for (const answer of answers) {
    if (answer.questionId === null) {
      messages.push(
        createMessage('unmatched-section', {text: answer.questionText.slice(0, 80)}, answer.place)
      )
    }
  }

  const runs = context.runs.filter(
    (run) => !questionPlaces.some((place) => within(run.offsets[0] ?? 0, place))
  )
  const bodyRuns =
    answers.length > 0
      ? runs.filter((run) => (run.offsets[0] ?? 0) >= (answers[0]?.place.start.offset ?? 0))
      : runs
  const language =
    stringField(frontMatter.data, 'language') ??
    stringField(frontMatter.data, 'lang') ??
    detectLanguage(bodyRuns.map((run) => run.text).join('\n'))
  if (language === 'und') messages.push(createMessage('language-undetermined', {}, documentPlace))

  const citations = inSourceOrder(
    uniqueBy(
      runs.flatMap((run) => findCitations(run, locator, language, profile?.instruments?.[0])),
      (citation: Citation) => `${citation.paragraph}@${citation.place.start.offset}`
    )
  )
  const references = inSourceOrder(
    uniqueBy(
      runs.flatMap((run) => findReferences(run, locator)),
      (reference: Reference) => `${reference.symbol}@${reference.place.start.offset}`
    )
  )

  const statements = [...header.header, ...header.preamble]
    .flatMap((block) => blockText(block))
    .join('\n')
  const stakeholderAnswer = profile?.stakeholderQuestion
    ? answers.find((answer) => answer.questionId === profile.stakeholderQuestion)
    : undefined
  const named = nameSubmitter(frontMatter.data, header)
  if (named) messages.push(createMessage('submitter-cue', {cue: named.cue}, documentPlace))
  const hints: SubmitterHints = {
    name: named?.name,
    group:
      stringField(frontMatter.data, 'group') ??
      stringField(frontMatter.data, 'stakeholder') ??
      header.fields.group ??
      (stakeholderAnswer
        ? stakeholderAnswer.blocks.flatMap((block) => blockText(block)).join(' ')
        : undefined),
    title: stringField(frontMatter.data, 'title') ?? header.title,
    country:
      stringField(frontMatter.data, 'country') ??
      header.fields.country ??
      stringField(frontMatter.data, 'region') ??
      header.fields.region,
    statements
  }
  const joint = header.joint && named ? splitJoint(named.name) : []
  const submitters =
    joint.length > 1
      ? joint.map((name) =>
          resolveSubmitter(
            {...hints, name, country: undefined, statements: ''},
            messages,
            documentPlace
          )
        )
      : [resolveSubmitter(hints, messages, documentPlace)]
  const submitter = submitters[0] as Submitter

  const date = chooseDate(frontMatter.data, header, signature.lines, messages, documentPlace)
  const authors = chooseAuthors(frontMatter.data, header, signature.lines)
  const stem = stemOf(path)
  const id = `${profile?.id ?? 'unknown'}/${slug(submitter.name ?? '') || slug(stem) || 'contribution'}`
  const url = stringField(frontMatter.data, 'source') ?? stringField(frontMatter.data, 'url')

  const contribution: Contribution = {
    ...base,
    id,
    consultation: profile ? {id: profile.id, title: profile.title} : null,
    title: stringField(frontMatter.data, 'title') ?? header.title ?? subjectOf(header) ?? null,
    language,
    submitter,
    ...(submitters.length > 1 ? {submitters} : {}),
    authors,
    place: signature.lines?.place ?? header.place ?? null,
    date,
    header: {
      issuingBody: header.issuingBody ?? null,
      workingGroup: header.workingGroup ?? null,
      blocks: header.header,
      frontMatter: frontMatter.data ?? null
    },
    disclaimer: header.disclaimer ?? null,
    preamble: header.preamble,
    answers,
    signature: signature.blocks,
    citations,
    references,
    footnotes,
    source: {...base.source, ...(url ? {url} : {})}
  }

  return {
    contribution,
    messages: capMessages(
      sortMessages(messages),
      options.maxMessagesPerRule ?? defaultMaxMessagesPerRule
    )
  }
}

const readers: Record<Format, (context: ReadContext) => ReadResult> = {
  markdown: readMarkdown,
  text: readText,
  html: readHtml
}

function toFile(input: unknown): VFile {
  if (typeof input === 'string' || input instanceof Uint8Array) return new VFile({value: input})
  if (input instanceof VFile || isVFileLike(input)) {
    const file = input as VFile
    if (typeof file.value !== 'string' && !(file.value instanceof Uint8Array)) {
      throw new TypeError(
        `Cannot parse \`${describe(file.value)}\` for \`input.value\`, expected string or Uint8Array`
      )
    }

    return file
  }

  throw new TypeError(
    `Cannot parse \`${describe(input)}\` for \`input\`, expected string, Uint8Array or VFile`
  )
}

function isVFileLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'value' in value && 'messages' in value
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (value instanceof Uint8Array) return 'Uint8Array'
  return typeof value
}

function checkOptions(options: ParseContributionOptions) {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `Cannot parse with \`${describe(options)}\` for \`options\`, expected object`
    )
  }

  if (options.format !== undefined && !formats.includes(options.format)) {
    throw new TypeError(
      `Cannot parse \`${String(options.format)}\` for \`options.format\`, expected ${formats.map((format) => `\`${format}\``).join(', ')}`
    )
  }

  if (
    options.maxDepth !== undefined &&
    !(Number.isInteger(options.maxDepth) && options.maxDepth > 0)
  ) {
    throw new TypeError(
      `Cannot parse \`${String(options.maxDepth)}\` for \`options.maxDepth\`, expected a positive whole number`
    )
  }

  if (
    options.maxMessagesPerRule !== undefined &&
    !(Number.isInteger(options.maxMessagesPerRule) && options.maxMessagesPerRule > 0)
  ) {
    throw new TypeError(
      `Cannot parse \`${String(options.maxMessagesPerRule)}\` for \`options.maxMessagesPerRule\`, expected a positive whole number`
    )
  }

  if (
    options.maxSize !== undefined &&
    !(typeof options.maxSize === 'number' && options.maxSize > 0)
  ) {
    throw new TypeError(
      `Cannot parse \`${String(options.maxSize)}\` for \`options.maxSize\`, expected a positive number`
    )
  }

  const profiles = options.consultations ?? defaultConsultations
  if (options.consultations !== undefined) {
    if (!Array.isArray(options.consultations)) {
      throw new TypeError(
        `Cannot parse with \`${describe(options.consultations)}\` for \`options.consultations\`, expected an array of consultation profiles`
      )
    }

    for (const [index, profile] of options.consultations.entries()) {
      const checked = ConsultationProfile.safeParse(profile)
      if (!checked.success) {
        const issue = checked.error.issues[0]
        throw new TypeError(
          `Cannot parse with an invalid profile for \`options.consultations[${index}]\`: ${issue ? `${issue.path.join('.') || 'profile'}: ${issue.message}` : 'invalid'}`
        )
      }
    }
  }

  if (
    options.consultation !== undefined &&
    !profiles.some((profile) => profile.id === options.consultation)
  ) {
    throw new TypeError(
      `Cannot parse \`${String(options.consultation)}\` for \`options.consultation\`, expected ${profiles.map((profile) => `\`${profile.id}\``).join(', ')}`
    )
  }
}

function emptyContribution(
  sha256Hex: string,
  format: Format,
  path: string | undefined
): Contribution {
  const stem = stemOf(path)
  const source: Source = {sha256: sha256Hex, format, ...(path ? {path} : {})}
  return {
    id: `unknown/${slug(stem) || 'contribution'}`,
    consultation: null,
    title: null,
    language: 'und',
    submitter: {name: null, group: 'unknown'},
    authors: [],
    place: null,
    date: null,
    header: {issuingBody: null, workingGroup: null, blocks: [], frontMatter: null},
    disclaimer: null,
    preamble: [],
    answers: [],
    signature: [],
    citations: [],
    references: [],
    footnotes: [],
    source
  }
}

/**
 * A document format that is no text, told by its first bytes: PDF, a zip (Word `.docx`,
 * OpenDocument), an OLE compound file (Word 97-2003 `.doc`, decoded as Windows-1252, or from UTF-8 by a caller), or
 * RTF.
 */
function findContainer(source: string): string | undefined {
  if (source.startsWith('%PDF-')) return 'PDF'
  if (source.startsWith('PK\u0003\u0004')) return 'Word (.docx) or OpenDocument'
  // D0 CF 11 E0 A1 B1 1A E1, as TextDecoder reads them.
  if (
    source.startsWith('\uFFFD\uFFFD\u0011\u0871\u001A\uFFFD') ||
    source.startsWith('\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1')
  )
    return 'Word 97-2003 (.doc)'
  if (source.startsWith('{\\rtf')) return 'RTF'
  return undefined
}

/** NUL bytes or many control characters mean the input is not text. */
function findBinary(source: string): {what: string; offset: number} | undefined {
  const sample = source.slice(0, 65_536)
  let controls = 0
  let firstNul = -1
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index)
    if (code === 0 && firstNul === -1) firstNul = index
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127)
      controls++
  }

  if (sample.length > 0 && controls / sample.length > 0.1) {
    return {
      what: `${controls} control characters in the first ${sample.length}`,
      offset: firstNul === -1 ? 0 : firstNul
    }
  }

  if (firstNul !== -1 && controls / sample.length > 0.01) {
    return {what: 'NUL bytes', offset: firstNul}
  }

  return undefined
}

/** Control characters other than white space: removed from the text read, counted here. */
function findControls(source: string): {count: number; offset: number} | undefined {
  let count = 0
  let offset = -1
  for (let index = 0; index < source.length; index++) {
    if (!isControl(source.charCodeAt(index))) continue
    count++
    if (offset === -1) offset = index
  }

  return count > 0 ? {count, offset} : undefined
}

function stringField(data: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = data?.[key]
  if (typeof value === 'string' && value.trim()) return value.trim()
  if (typeof value === 'number') return String(value)
  return undefined
}

/**
 * A form record's text as the answer to the topic its `Area:` field names (a record has no
 * questions of its own): the blocks after its fields, the answer's place that of the field.
 */
function answerTopic(
  header: ReturnType<typeof readHeader>,
  profile: ConsultationProfile | undefined
): Answer | undefined {
  const {topic, fieldsEnd} = header
  if (!topic || fieldsEnd === undefined || !profile) return undefined
  const question = topicQuestion(profile, topic.text)
  if (!question) return undefined
  const blocks = header.preamble.filter((block) => block.place.start.offset >= fieldsEnd)
  header.preamble = header.preamble.filter((block) => block.place.start.offset < fieldsEnd)
  return {questionId: question.id, questionText: topic.text, place: topic.place, blocks}
}

function buildAnswers(units: readonly Unit[]): Answer[] {
  const answers: Answer[] = []
  for (const unit of units) {
    if (unit.type === 'question') {
      answers.push({
        questionId: unit.questionId,
        questionText: unit.text,
        place: unit.place,
        blocks: []
      })
    } else if (unit.type === 'content') {
      answers.at(-1)?.blocks.push(...unit.blocks)
    }
  }

  return answers
}

function buildFootnotes(
  context: ReadContext,
  units: readonly Unit[],
  messages: VFileMessage[]
): Footnote[] {
  const footnotes: Footnote[] = []
  const markersByLabel = new Map<string, Place[]>()
  for (const marker of context.markers) {
    const places = markersByLabel.get(marker.label) ?? []
    places.push(marker.place)
    markersByLabel.set(marker.label, places)
  }

  for (const unit of units) {
    if (unit.type !== 'footnote') continue
    const run = tidyRun(unit.segment.run)
    context.runs.push(run)
    footnotes.push({
      label: unit.segment.label,
      text: run.text,
      place: unit.segment.place,
      referencedAt: markersByLabel.get(unit.segment.label) ?? []
    })
  }

  const defined = new Set(footnotes.map((footnote) => footnote.label))
  for (const footnote of footnotes) {
    if (footnote.referencedAt.length === 0) {
      messages.push(
        createMessage(
          'unlinked-footnote',
          {label: footnote.label, missing: 'reference'},
          footnote.place
        )
      )
    }
  }

  const reported = new Set<string>()
  for (const marker of context.markers) {
    if (defined.has(marker.label) || reported.has(marker.label)) continue
    reported.add(marker.label)
    messages.push(
      createMessage('unlinked-footnote', {label: marker.label, missing: 'definition'}, marker.place)
    )
  }

  return footnotes
}

interface SubmitterHints {
  name: string | undefined
  /** The title, where a government's country is looked for when nothing else names it. */
  title: string | undefined
  group: string | undefined
  country: string | undefined
  statements: string
}

/**
 * The members of a joint contribution, from the name its joint cue gives: `the Governments of
 * Indonesia and Egypt` (each country), `A (Philippines), the B and C` (each organisation, with its
 * seat). A name that does not split into at least two gives itself.
 */
function splitJoint(name: string): string[] {
  const governments = governmentsOf.exec(name)
  const list = governments ? name.slice(governments[0].length) : name
  const parts = list
    .split(/,|\s(?:and|y|et)\s/u)
    .map((part) =>
      part
        .trim()
        .replace(/^(?:and|y|et)\s/u, '')
        .replace(/^(?:the|la|el|le|les|l['’])\s+/iu, '')
    )
    .filter(Boolean)
  if (parts.length < 2 || parts.some((part) => !/^\p{Lu}/u.test(part))) return [name]
  if (governments && parts.some((part) => !resolveCountry(part))) return [name]
  return parts
}

const governmentsOf =
  /^(?:the\s+)?(?:governments|gobiernos|gouvernements)\s+(?:of\s+(?:the\s+)?|de\s+|del\s+|des\s+|du\s+)/iu

type SubmitterCue =
  | 'front-matter'
  | 'form-field'
  | 'submitted-by'
  | 'letterhead'
  | 'email-header'
  | 'title'
  | 'first-sentence'

/** The sender of a post to a mailing list (`From: Name <address>` with a `Subject:`), by name. */
function senderOf(header: ReturnType<typeof readHeader>): string | undefined {
  const {from, subject} = header.fields
  if (!from || subject === undefined) return undefined
  const name = from
    .replace(/<[^<>]*>/g, '')
    .replace(/["“”]/g, '')
    .trim()
  return name && !name.includes('@') ? name : undefined
}

/**
 * The submitter's name from the most explicit cue there is: front matter, a form field,
 * `Submitted by` (or a title that says so), a letterhead, the title, and last the first sentence
 * of the body (`The X (ABBR) represents …`).
 */
function nameSubmitter(
  data: Record<string, unknown> | undefined,
  header: ReturnType<typeof readHeader>
): {name: string; cue: SubmitterCue} | undefined {
  const fromFrontMatter =
    stringField(data, 'submitter') ??
    stringField(data, 'organization') ??
    stringField(data, 'organisation')
  if (fromFrontMatter) return {name: fromFrontMatter, cue: 'front-matter'}
  if (header.fields.organization) return {name: header.fields.organization, cue: 'form-field'}
  if (header.submitter) return {name: header.submitter, cue: header.submitterCue ?? 'submitted-by'}
  const sender = senderOf(header)
  if (sender) return {name: sender, cue: 'email-header'}
  const first = header.preamble.find(
    (block) => block.type === 'paragraph' && !/^\p{L}+$/u.test(block.text)
  )
  const sentence = first?.type === 'paragraph' ? first.text.slice(0, 400) : ''
  const found = firstSentence.exec(sentence)
  return found?.[1] ? {name: found[1].trim(), cue: 'first-sentence'} : undefined
}

/**
 * A body's first sentence that names its submitter: `The Network of Women in Digital Rights (NWDR)
 * represents …`, `ISOC Tunisia thanks …`, `Mozilla offers the following comments …`: a name in
 * capitalised words (an abbreviation may follow), then a verb with which submitters present
 * themselves.
 */
const firstSentence =
  /^(?:[Tt]he\s+|[Ll]a\s+|[Ee]l\s+|[Ll]e\s+|[Ll]['’]\s*)?(\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.’'-]*|of|for|and|on|in|at|the|de|del|la|du|des|et|y|pour|para)){0,9})(?:\s+\(\p{Lu}[\p{L}\p{N}&.-]{1,11}\))?,?\s+(?:represents|brings together|gathers|unites|was founded|welcomes|appreciates|thanks|wishes to thank|offers|submits|proposes|is pleased|is grateful|would like to|fully supports|regroupe|rassemble|représente|remercie|salue|reúne|agrupa|representa|agradece|saluda|presenta)\b/u

function resolveSubmitter(
  hints: SubmitterHints,
  messages: VFileMessage[],
  place: Place
): Submitter {
  if (!hints.name) messages.push(createMessage('no-submitter-found', {}, place))
  let name = hints.name?.trim() || undefined
  let seat: string | undefined
  const parenthetical = name ? trailingParenthetical(name) : undefined
  const found = parenthetical ? seatOf(parenthetical.inside) : undefined
  if (name && parenthetical && found) {
    seat = found
    name = parenthetical.before
  }

  const stated = hints.group ? groupFromCategory(hints.group) : undefined
  const ownCountry = name ? resolveCountry(name) : undefined
  // A form that states a group it has no word for (`Other`) is not second-guessed from the text.
  const group: StakeholderGroup =
    stated ??
    (ownCountry ? 'government' : undefined) ??
    (name ? groupFromName(name) : undefined) ??
    (name && !hints.group ? groupFromStatements(hints.statements) : undefined) ??
    'unknown'

  if (name && group === 'unknown') {
    messages.push(createMessage('unknown-stakeholder-group', {name}, place))
  }

  const where = hints.country ? resolveRegion(hints.country) : {}
  let country: string | undefined
  if (group === 'government') {
    country =
      ownCountry ?? where.country ?? (hints.title ? resolveRegion(hints.title).country : undefined)
    if (!country && name) {
      messages.push(createMessage('unknown-country', {name}, place))
    }
  } else {
    country = seat ?? where.country ?? (name ? basedIn(hints.statements.slice(0, 2000)) : undefined)
  }

  const regionalGroup = group === 'government' && country ? regionalGroupOf(country) : undefined
  return {
    name: name ?? null,
    group,
    ...(country ? {country} : {}),
    ...(regionalGroup ? {regionalGroup} : {}),
    ...(!country && where.region ? {region: where.region} : {})
  }
}

/**
 * The country of a seat in parentheses after a name: a country (`(Kenya)`), or a place and its
 * country (`(Nairobi, Kenya)`, `(São Paulo, Brazil)`), each place a few capitalised words; not a
 * description that mentions a country (`(Information Security Forum agent for Brazil)`).
 */
function seatOf(inside: string): string | undefined {
  const parts = inside.split(',').map((part) => part.trim())
  const last = parts.at(-1)
  const code = last ? resolveCountry(last) : undefined
  if (!code) return undefined
  return parts.slice(0, -1).every((part) => isPlaceName(part)) ? code : undefined
}

/**
 * The seat a document gives its submitter in its own description: `based in Nairobi, Kenya`,
 * `basada en Quito, Ecuador`, `basée à Dakar (Sénégal)`, `a Kenya-based organisation`.
 */
function basedIn(text: string): string | undefined {
  const found = basedInPattern.exec(text)
  if (found?.[1]) return resolveRegion(found[1]).country
  const adjective = basedPattern.exec(text)
  return adjective?.[1] ? resolveCountry(adjective[1]) : undefined
}

const basedInPattern =
  /\b(?:based|headquartered|located|established) in ((?:\p{Lu}[\p{L}'’.-]*[ ,]{0,2}){1,6})/u
const basedPattern = /\b(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)?)-based\b/u

/** A place's name: up to five words, capitalised but for particles (`Ciudad de México`). */
function isPlaceName(text: string): boolean {
  const words = text.split(/\s+/)
  return (
    words.length <= 5 &&
    words.every((word) => /^\p{Lu}/u.test(word) || placeParticles.has(word)) &&
    !organisationWord.test(text) &&
    /^\p{Lu}/u.test(words[0] ?? '')
  )
}

const organisationWord =
  /\b(?:university|universidad|universit[ée]|institute|instituto|institut|college|school|office|ministry|department|centre|center|agent|agency)\b/iu
const placeParticles = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'do',
  'da',
  'dos',
  'das',
  'of',
  'the',
  'on',
  'upon',
  'sur',
  'en',
  'le',
  'les',
  'di',
  'am',
  'an',
  'der'
])

function chooseDate(
  data: Record<string, unknown> | undefined,
  header: ReturnType<typeof readHeader>,
  signature: SignatureLines | undefined,
  messages: VFileMessage[],
  place: Place
): string | null {
  const candidates: Array<{iso: string | undefined; text: string} | undefined> = [
    signature?.date,
    dateFrom(stringField(data, 'date')),
    header.date,
    dateFrom(header.fields.date),
    dateFrom(header.fields.timestamp, 'mdy')
  ]
  for (const candidate of candidates) {
    if (!candidate) continue
    if (candidate.iso) return candidate.iso
    messages.push(createMessage('invalid-date', {text: candidate.text}, place))
  }

  messages.push(createMessage('no-date-found', {}, place))
  return null
}

function dateFrom(text: string | undefined, order: 'mdy' | 'dmy' = 'dmy') {
  if (!text) return undefined
  const found = findDate(text, order)
  return found
    ? {iso: found.iso, text: text.slice(found.index, found.index + found.length)}
    : undefined
}

function chooseAuthors(
  data: Record<string, unknown> | undefined,
  header: ReturnType<typeof readHeader>,
  signature: SignatureLines | undefined
): Author[] {
  const listed = data?.authors ?? data?.author
  const fromFrontMatter = (
    Array.isArray(listed) ? listed : listed === undefined ? [] : [listed]
  ).flatMap((entry): Author[] => {
    if (typeof entry === 'string' && entry.trim()) return [{name: entry.trim()}]
    if (entry && typeof entry === 'object' && 'name' in entry && typeof entry.name === 'string') {
      const role = 'role' in entry && typeof entry.role === 'string' ? entry.role : undefined
      return [{name: entry.name, ...(role ? {role} : {})}]
    }

    return []
  })
  if (fromFrontMatter.length > 0) return fromFrontMatter
  const authors = [...(signature?.authors ?? [])]
  const sender = senderOf(header)
  if (authors.length === 0 && header.fields.name) authors.push({name: header.fields.name})
  else if (authors.length === 0 && sender) authors.push({name: sender})
  return authors
}

/** An e-mail's subject as a title, without its list tag and reply marks (`[list] Re: …`). */
function subjectOf(header: ReturnType<typeof readHeader>): string | undefined {
  const subject = header.fields.subject
  if (!subject || !header.fields.from) return undefined
  return (
    subject.replace(/^(?:\s*(?:\[[^\]]{1,60}\]|(?:re|fwd?|tr|rv)\s*:))+\s*/iu, '').trim() ||
    undefined
  )
}

function blockText(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'code': {
      return [block.text]
    }

    case 'list': {
      return block.items.flatMap((item) => item.blocks.flatMap((child) => blockText(child)))
    }

    case 'quote': {
      return block.blocks.flatMap((child) => blockText(child))
    }

    case 'table': {
      return block.rows.map((row) => row.join(' '))
    }
  }
}

/** The file name of a path without its extension, for ids when there is no submitter. */
function stemOf(path: string | undefined): string {
  return path ? (path.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '') : ''
}

function within(offset: number, place: Place): boolean {
  return offset >= place.start.offset && offset < place.end.offset
}

/** Sort by place in the source; the sort is stable, so a range keeps its order. */
function inSourceOrder<T extends {place: Place}>(values: T[]): T[] {
  return values.sort((a, b) => a.place.start.offset - b.place.start.offset)
}

function sortMessages(messages: VFileMessage[]): VFileMessage[] {
  return [...messages].sort(
    (a, b) =>
      (a.place && 'start' in a.place ? (a.place.start.offset ?? 0) : (a.place?.offset ?? -1)) -
        (b.place && 'start' in b.place ? (b.place.start.offset ?? 0) : (b.place?.offset ?? -1)) ||
      String(a.ruleId).localeCompare(String(b.ruleId))
  )
}
