import type {Author} from '../schema/author.js'
import type {Block} from '../schema/block.js'
import type {ConsultationProfile} from '../schema/consultation-profile.js'
import type {Place} from '../schema/place.js'
import {findDate} from './find-date.js'
import {findPhrase} from './find-phrase.js'
import type {Locator} from './locate.js'
import {countWords, normalize} from './normalize.js'
import {type FieldName, readField} from './read-field.js'
import {readFieldBlock} from './split-form-fields.js'
import {tidyRun} from './text-run.js'
import type {ContentUnit} from './unit.js'

/** What the header of a contribution says. */
export interface HeaderFields {
  issuingBody: string | undefined
  workingGroup: string | undefined
  title: string | undefined
  submitter: string | undefined
  /** Which line named the submitter. */
  submitterCue: 'submitted-by' | 'letterhead' | 'title' | undefined
  /** Whether that line says the contribution is a joint one (`Submitted jointly by`, `Joint submission by`). */
  joint: boolean
  /** The place of a `City, date` line under the title. */
  place: string | undefined
  disclaimer: string | undefined
  /** Values of `Key: value` lines (form exports, contact details), keyed by a canonical name. */
  fields: Partial<Record<FieldName, string>>
  /** A date written alone on a line (the date of a letter). */
  date: {iso: string | undefined; text: string} | undefined
  authors: Author[]
  /** A form's topic field (`Area:`), with the place of its line. */
  topic: {text: string; place: Place} | undefined
  /** Where a form record's fields end: what follows them is its text. */
  fieldsEnd: number | undefined
  /** The blocks the header fields were read from. */
  header: Block[]
  /** The rest: the preamble. */
  preamble: Block[]
}

const submittedBy =
  /^(?:submitted jointly by|jointly submitted by|joint (?:submission|contribution|statement) (?:by|of|from)|presentad[oa] conjuntamente por|soumise? conjointement par|submitted by|submission (?:by|from)|contribution (?:by|from|of)|presentad[oa] por|enviad[oa] por|remitid[oa] por|contribuci[oó]n de|pr[ée]sent[ée]e? par|soumise? par|contribution de)\b\s*[:：]?\s*/iu
/** A letterhead: `Permanent Mission of …`, `Misión Permanente de …`, `Mission permanente de …`. */
const mission =
  /^(?:the\s+)?(?:permanent mission|permanent delegation|misi[oó]n permanente|delegaci[oó]n permanente|mission permanente|d[ée]l[ée]gation permanente)\s+(?:of|de la|del|de|du|d['’])\s*/iu
/**
 * Where a mission's country ends: `… to the United Nations`, `… ante la ONU`, `… auprès de …`, or
 * the verb of a note verbale (`… presents its compliments`, `… has the honour`).
 */
const missionTo =
  /\s(?:to|at|in|ante|en|aupr[eè]s|[aà]|presents|presenta|pr[ée]sente|has|tiene)\s/iu
const disclaimer =
  /^(?:disclaimer|descargo de responsabilidad|exenci[oó]n de responsabilidad|aviso legal|avertissement|clause de non-responsabilit[ée]|avis de non-responsabilit[ée])\s*[:：]/iu
const letterTitle =
  /^(?:an? )?(?:open letter|joint (?:statement|letter|submission)|contribution|submission|comments|input|carta abierta|declaraci[oó]n conjunta|contribuci[oó]n|aporte|comentarios|lettre ouverte|commentaires|d[ée]claration (?:commune|conjointe))\s+(?:from|of|by|de|del|de la|du|des)\s+(?:the\s+|la\s+|el\s+|l['’]\s*|le\s+|les\s+)?(.+?)(?:\s+(?:to|on|for|a|al|à|au|aux|sur|sobre|para|pour)\s+(?:the|la|el|los|las|le|les|l['’]|members|miembros|membres|working|grupo|groupe|wgec|cstd|chair|presidente|pr[ée]sident|enhanced|cooperaci[oó]n|coop[ée]ration|internet|global|netmundial|net mundial|principles|roadmap)\b.*)?$/iu
/**
 * Read the header of a contribution from the units before its first question: the issuing body,
 * the working group, the title, `Submitted by` (and its Spanish and French forms) with the
 * submitter, the disclaimer, `Key: value` form fields and a letter's date. What is none of these
 * is the preamble.
 *
 * @param units
 *   The content units before the first question.
 * @returns
 *   The header fields, the header blocks and the preamble.
 */
export function readHeader(
  units: readonly ContentUnit[],
  locator: Locator,
  profiles: readonly ConsultationProfile[]
): HeaderFields {
  const bodies = [...new Set(profiles.flatMap((profile) => profile.cues?.issuingBody ?? []))].map(
    (phrase) => normalize(phrase)
  )
  const groups = [...new Set(profiles.flatMap((profile) => profile.cues?.workingGroup ?? []))].map(
    (phrase) => normalize(phrase)
  )
  const result: HeaderFields = {
    issuingBody: undefined,
    workingGroup: undefined,
    title: undefined,
    submitter: undefined,
    submitterCue: undefined,
    joint: false,
    place: undefined,
    disclaimer: undefined,
    fields: {},
    date: undefined,
    authors: [],
    topic: undefined,
    fieldsEnd: undefined,
    header: [],
    preamble: []
  }
  let expectSubmitter = false
  // Blocks of the preamble that only name a section.
  let labels = 0
  // A form field whose label stands alone (`**Country:**`), its value in the next paragraph.
  let expectField: FieldName | undefined

  for (const unit of units) {
    const segment = unit.segment
    if (segment?.kind !== 'text') {
      result.preamble.push(...unit.blocks)
      expectSubmitter = false
      expectField = undefined
      continue
    }

    const text = tidyRun(segment.run).text
    const words = countWords(text)
    const toHeader = () => result.header.push(...unit.blocks)

    // A line that only names the section below (`Document`, as text extracted from a web record
    // begins) is kept, and does not end the top of the document.
    if (segment.role === 'label' || (words === 1 && sectionLabel.test(text))) {
      result.preamble.push(...unit.blocks)
      labels += unit.blocks.length
      continue
    }

    if (segment.role === 'title') {
      result.title ??= text
      toHeader()
      continue
    }

    if (segment.role === 'fields') {
      for (const field of readFieldBlock(segment.run)) {
        if (!field.name || !field.value || result.fields[field.name] !== undefined) continue
        result.fields[field.name] = field.value
        if (field.name === 'topic') {
          result.topic = {
            text: field.value,
            place: locator.runPlace(segment.run, field.start, field.end)
          }
        }
      }

      result.fieldsEnd = segment.place.end.offset
      toHeader()
      continue
    }

    if (expectSubmitter && words <= 20) {
      result.submitter = text
      expectSubmitter = false
      toHeader()
      continue
    }

    const field = expectField
    expectSubmitter = false
    expectField = undefined
    if (field && words <= 20 && !knownField(text)) {
      result.fields[field] ??= text
      result.preamble.push(...unit.blocks)
      continue
    }
    if (words <= 15 && result.workingGroup === undefined && isGroupLine(text, groups)) {
      result.workingGroup = text
      toHeader()
      continue
    }

    // A note verbale's first sentence is long: up to 60 words.
    const letterhead = result.submitter === undefined && words <= 60 ? mission.exec(text) : null
    if (letterhead) {
      // The mission speaks for its government: the submitter is the country it names.
      const rest = text.slice(letterhead[0].length)
      const to = missionTo.exec(rest)
      const country = (to ? rest.slice(0, to.index) : rest).replace(
        /^(?:the|la|le|el|l['’])\s*/iu,
        ''
      )
      if (country.trim()) {
        result.submitter = country.trim()
        result.submitterCue = 'letterhead'
      }
      toHeader()
      continue
    }

    if (
      result.title === undefined &&
      segment.emphasis !== 'plain' &&
      words <= 40 &&
      result.submitter === undefined &&
      !findPhrase(text, bodies) &&
      !isBareLabel(text)
    ) {
      result.title = text
      nameFromTitle(result, text)
      toHeader()
      continue
    }

    // A plain first line that names its submitter (`X submission to the Working Group`) is the title.
    if (
      result.title === undefined &&
      result.header.length === 0 &&
      result.preamble.length === labels &&
      words <= 30 &&
      !/[.;:,]$/.test(text) &&
      nameFromTitle(result, text)
    ) {
      result.title = text
      toHeader()
      continue
    }

    const submitted = submittedBy.exec(text)
    if (submitted && words <= 30) {
      const rest = text.slice(submitted[0].length).trim()
      if (rest) result.submitter = rest
      else expectSubmitter = true
      result.submitterCue = 'submitted-by'
      result.joint = jointCue.test(submitted[0])
      toHeader()
      continue
    }

    if (disclaimer.test(text) && result.disclaimer === undefined) {
      result.disclaimer = text
      toHeader()
      continue
    }

    if (words <= 30 && result.issuingBody === undefined && !submitted && findPhrase(text, bodies)) {
      const group = findPhrase(text, groups)
      result.issuingBody = group ? text.slice(0, group.index).trim() : text
      if (group && result.workingGroup === undefined)
        result.workingGroup = text.slice(group.index).trim()
      toHeader()
      continue
    }

    const lines = segment.run.text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
    const fields = lines.map((line) => knownField(line))
    if (fields.length > 0 && fields.some((field) => field !== undefined)) {
      for (const [index, field] of fields.entries()) {
        if (!field || result.fields[field.name] !== undefined) continue
        // A label alone on its line takes the next line, unless that is a field of its own.
        const next = lines[index + 1]
        const value =
          field.value ||
          (next !== undefined && fields[index + 1] === undefined && countWords(next) <= 20
            ? next
            : '')
        if (value) result.fields[field.name] = value
      }

      const last = fields.at(-1)
      if (last && !last.value) expectField = last.name
      result.preamble.push(...unit.blocks)
      continue
    }

    const date = words <= 10 ? findDate(text) : undefined
    if (date && words <= 6 && result.date === undefined && date.length >= text.length - 2) {
      result.date = {iso: date.iso, text: text.slice(date.index, date.index + date.length)}
      toHeader()
      continue
    }

    // `Geneva, 5 December 2016` under the title: where and when it was written.
    const city = date && result.date === undefined ? placeLine.exec(text) : null
    if (date && city?.[1] && date.index + date.length >= text.length - 2) {
      result.date = {iso: date.iso, text: text.slice(date.index, date.index + date.length)}
      result.place = city[1].trim()
      toHeader()
      continue
    }

    if (result.title === undefined && result.submitter === undefined && isTitleLine(text, result)) {
      result.title = text
      toHeader()
      continue
    }

    result.preamble.push(...unit.blocks)
  }

  return result
}

const documentWord =
  /^(?:an?\s+|the\s+)?(?:contribution|submission|response|input|comments|statement|proposal|aporte|contribuci[oó]n|respuesta|comentarios|propuesta|commentaires|r[ée]ponse|proposition)\b/iu
const sectionLabel = /^(?:document|abstract|summary|resumen|r[ée]sum[ée])$/iu
const jointCue =
  /^(?:an? )?(?:joint|submitted jointly|jointly|presentad[oa] conjuntamente|soumise? conjointement|d[ée]claration (?:commune|conjointe)|declaraci[oó]n conjunta)\b/iu

/** `City, ` before a date, the city a few capitalised words. */
const placeLine = /^(\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3}),\s*(?:le\s+|el\s+)?\d/u
/** `X submission to the Working Group`, `X Government Submission`: X names the submitter. */
const ownSubmission =
  /^(\S.{0,150}?)\s+(?:government\s+)?(?:submission|contribution|input|comments|response)(?:\s+(?:to|for|on)\s.*)?$/iu
/** `Federation of Digital Rights Associations (FEDRA)`: an organisation's name as the title. */
const nameWithAbbreviation = /^(\S.{0,150}?)\s*\((\p{Lu}[\p{Lu}\p{N}&.-]{1,11})\)$/u
const notAName = /^(?:our|my|a|an|the|this|joint|final|written|further|additional)$/iu

/** Read the submitter a title names, if any, into the header; whether one was found. */
function nameFromTitle(result: HeaderFields, text: string): boolean {
  // Titles are short; the patterns are kept away from long runs of white space they backtrack on.
  if (text.length > 300 || result.submitter !== undefined) return false
  const letter = letterTitle.exec(text)
  const own = letter ? null : ownSubmission.exec(text)
  const named = letter?.[1] ?? (own?.[1] && !notAName.test(own[1]) ? own[1] : undefined)
  if (named) {
    result.submitter = named.trim().replace(/['’]s$/u, '')
    result.submitterCue = 'submitted-by'
    result.joint = jointCue.test(text)
    return true
  }

  const abbreviated = nameWithAbbreviation.exec(text)
  if (abbreviated?.[1] && countWords(abbreviated[1]) <= 12) {
    result.submitter = abbreviated[1].trim()
    result.submitterCue = 'title'
    return true
  }

  return false
}

/** A line that is the name of the working group or meeting, give or take three words. */
function isGroupLine(text: string, groups: readonly string[]): boolean {
  const found = findPhrase(text, groups)
  return (
    found !== undefined &&
    // `Contribution to the Working Group …` is a title that names the group.
    !documentWord.test(text) &&
    countWords(text.slice(0, found.index) + text.slice(found.index + found.length)) <= 3
  )
}

/** A label with nothing after it (`Submitted by:`, `Country:`): its value follows. */
function isBareLabel(text: string): boolean {
  const submitted = submittedBy.exec(text)
  if (submitted && !text.slice(submitted[0].length).trim()) return true
  const field = knownField(text)
  return field !== undefined && !field.value
}

/** In plain text, a short line standing alone after the body and working group is the title. */
function isTitleLine(text: string, fields: HeaderFields): boolean {
  return (
    (fields.issuingBody !== undefined || fields.workingGroup !== undefined) &&
    countWords(text) <= 20 &&
    !/[.;,]$/.test(text)
  )
}

/** A labelled line whose label is a known field. */
function knownField(line: string): {name: FieldName; value: string} | undefined {
  const field = readField(line)
  return field?.name ? {name: field.name, value: field.value} : undefined
}
