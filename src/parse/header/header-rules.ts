import type {FieldName} from '../../schema/field-name.js'
import {countWords} from '../../text/normalize.js'
import type {TextSegment} from '../readers/segment.js'
import type {FieldLabels} from '../words/collect-field-labels.js'
import {findDate} from '../words/find-date.js'
import {findPhrase} from '../words/find-phrase.js'
import {
  disclaimer,
  isBareLabel,
  isGroupLine,
  isTitleLine,
  knownField,
  mission,
  missionTo,
  placeLine,
  submittedBy
} from './header-cues.js'
import type {HeaderFields} from './header-fields.js'
import {ministryCountry} from './ministry-country.js'
import {jointCue, nameFromTitle} from './name-from-title.js'

/** A paragraph of the top of a document, as the header rules see it. */
export interface HeaderLine {
  segment: TextSegment
  /** Its tidied text. */
  text: string
  words: number
}

/** What reading the header has found so far, and what it expects next. */
export interface HeaderState {
  readonly result: HeaderFields
  /** A `Submitted by` with nothing after it: the submitter is the next paragraph. */
  expectSubmitter: boolean
  /** A form field whose label stands alone (`**Country:**`), its value in the next paragraph. */
  expectField: FieldName | undefined
  /** Blocks of the preamble that only name a section. */
  labels: number
  /** The issuing bodies and working groups of the consultations known, normalised. */
  readonly bodies: readonly string[]
  readonly groups: readonly string[]
  /** The labels of form fields of the consultations known (see `collectFieldLabels`). */
  readonly fieldLabels: FieldLabels
  /** The names of meetings a title addresses, folded (see `collectMeetingNames`). */
  readonly meetingNames: readonly string[]
}

/**
 * A rule of the header: whether the paragraph goes to the header or the preamble (having read
 * what it says into the state), or nothing when the rule does not apply.
 */
export type HeaderRule = (line: HeaderLine, state: HeaderState) => 'header' | 'preamble' | undefined

/** The rules of the header after form fields and pending values, in order: the first that applies. */
export const headerRules: readonly HeaderRule[] = [
  workingGroupLine,
  letterhead,
  setApartTitle,
  namingTitle,
  submittedByLine,
  disclaimerLine,
  issuingBodyLine,
  fieldLines,
  subjectLine,
  dateLine,
  placeAndDateLine,
  referenceLine,
  titleLine
]

function workingGroupLine({text, words}: HeaderLine, {result, groups}: HeaderState) {
  if (words > 15 || result.workingGroup !== undefined || !isGroupLine(text, groups)) return
  result.workingGroup = text
  return 'header' as const
}

/** A mission or a ministry speaks for its government: the submitter is the country it names. */
function letterhead({segment, text, words}: HeaderLine, {result}: HeaderState) {
  const ministry = result.submitter === undefined ? ministryCountry(segment.run.text) : undefined
  if (ministry) {
    result.submitter = ministry
    result.submitterCue = 'letterhead'
    return 'header' as const
  }

  // A note verbale's first sentence is long: up to 60 words.
  const found = result.submitter === undefined && words <= 60 ? mission.exec(text) : null
  if (!found) return
  const rest = text.slice(found[0].length)
  const to = missionTo.exec(rest)
  const country = (to ? rest.slice(0, to.index) : rest).replace(/^(?:the|la|le|el|l['’])\s*/iu, '')
  if (country.trim()) {
    result.submitter = country.trim()
    result.submitterCue = 'letterhead'
  }

  return 'header' as const
}

/** A first line set apart (a heading, bold) is the title. */
function setApartTitle({segment, text, words}: HeaderLine, state: HeaderState) {
  const {result} = state
  if (
    result.title !== undefined ||
    segment.emphasis === 'plain' ||
    words > 40 ||
    result.submitter !== undefined ||
    findPhrase(text, state.bodies) ||
    isBareLabel(text, state.fieldLabels)
  )
    return
  result.title = text
  nameFromTitle(result, text, state.meetingNames)
  return 'header' as const
}

/** A plain first line that names its submitter (`X submission to the Working Group`) is the title. */
function namingTitle({text, words}: HeaderLine, {result, labels, meetingNames}: HeaderState) {
  if (
    result.title !== undefined ||
    result.header.length > 0 ||
    result.preamble.length !== labels ||
    words > 30 ||
    /[.;:,]$/.test(text) ||
    !nameFromTitle(result, text, meetingNames)
  )
    return
  result.title = text
  return 'header' as const
}

function submittedByLine({text, words}: HeaderLine, state: HeaderState) {
  const submitted = submittedBy.exec(text)
  if (!submitted || words > 30) return
  const rest = text.slice(submitted[0].length).trim()
  if (rest) state.result.submitter = rest
  else state.expectSubmitter = true
  state.result.submitterCue = 'submitted-by'
  state.result.joint = jointCue.test(submitted[0])
  return 'header' as const
}

function disclaimerLine({text}: HeaderLine, {result}: HeaderState) {
  if (!disclaimer.test(text) || result.disclaimer !== undefined) return
  result.disclaimer = text
  return 'header' as const
}

/** The issuing body (and the working group after it on the same line). */
function issuingBodyLine({text, words}: HeaderLine, {result, bodies, groups}: HeaderState) {
  if (words > 30 || result.issuingBody !== undefined || !findPhrase(text, bodies)) return
  const group = findPhrase(text, groups)
  result.issuingBody = group ? text.slice(0, group.index).trim() : text
  if (group && result.workingGroup === undefined)
    result.workingGroup = text.slice(group.index).trim()
  return 'header' as const
}

/** `Key: value` lines of known fields (a label alone on its line takes the next line). */
function fieldLines({segment}: HeaderLine, state: HeaderState) {
  const lines = segment.run.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const fields = lines.map((line) => knownField(line, state.fieldLabels))
  if (fields.length === 0 || fields.every((field) => field === undefined)) return
  for (const [index, field] of fields.entries()) {
    if (!field || state.result.fields[field.name] !== undefined) continue
    // A label alone on its line takes the next line, unless that is a field of its own.
    const next = lines[index + 1]
    const value =
      field.value ||
      (next !== undefined && fields[index + 1] === undefined && countWords(next) <= 20 ? next : '')
    if (value) state.result.fields[field.name] = value
  }

  const last = fields.at(-1)
  if (last && !last.value) state.expectField = last.name
  return 'preamble' as const
}

/** A date written alone on a line (the date of a letter). */
function dateLine({text, words}: HeaderLine, {result}: HeaderState) {
  const date = words <= 10 ? findDate(text) : undefined
  if (!date || words > 6 || result.date !== undefined || date.length < text.length - 2) return
  result.date = {iso: date.iso, text: text.slice(date.index, date.index + date.length)}
  return 'header' as const
}

/** `Geneva, 5 December 2016` under the title: where and when it was written. */
function placeAndDateLine({text, words}: HeaderLine, {result}: HeaderState) {
  const date = words <= 10 ? findDate(text) : undefined
  const city = date && result.date === undefined ? placeLine.exec(text) : null
  if (!date || !city?.[1] || date.index + date.length < text.length - 2) return
  result.date = {iso: date.iso, text: text.slice(date.index, date.index + date.length)}
  result.place = city[1].trim()
  return 'header' as const
}

function titleLine({text}: HeaderLine, {result}: HeaderState) {
  if (result.title !== undefined || result.submitter !== undefined || !isTitleLine(text, result))
    return
  result.title = text
  return 'header' as const
}

/** A letter's subject line (`Re: Response to …`) is its title, without the `Re:`. */
function subjectLine({text, words}: HeaderLine, {result}: HeaderState) {
  if (result.title !== undefined || words > 40) return
  const subject = /^re\s*:\s*(\S.*)$/iu.exec(text)
  if (!subject?.[1]) return
  result.title = subject[1]
  return 'header' as const
}

/** A letter's reference line with where and when it was written (`Our ref: X/16   Accra, 5 December 2016`). */
function referenceLine(line: HeaderLine, state: HeaderState) {
  const reference =
    /^(?:our |your |n\/ ?|v\/ ?)?r[ée]f(?:erence|erencia)?\.?\s*(?:no\.?\s*)?[:：]\s*\S+\s+(?=\S)/iu.exec(
      line.text
    )
  if (!reference || line.words > 14) return
  const text = line.text.slice(reference[0].length)
  return placeAndDateLine({...line, text, words: countWords(text)}, state)
}
