import type {ConsultationProfile} from '../../schema/consultation-profile.js'
import {countWords, normalize} from '../../text/normalize.js'
import type {Locator} from '../runs/locate.js'
import {tidyRun} from '../runs/text-run.js'
import {readFieldBlock} from '../structure/split-form-fields.js'
import type {ContentUnit} from '../structure/unit.js'
import {collectFieldLabels} from '../words/collect-field-labels.js'
import {collectMeetingNames} from './collect-meeting-names.js'
import {knownField, sectionLabel} from './header-cues.js'
import {emptyHeaderFields, type HeaderFields} from './header-fields.js'
import {type HeaderLine, type HeaderState, headerRules} from './header-rules.js'

export type {HeaderFields} from './header-fields.js'

/**
 * Read the header of a contribution from the units before its first question: the issuing body,
 * the working group, the title, `Submitted by` (and its Spanish and French forms) with the
 * submitter, the disclaimer, `Key: value` form fields and a letter's date. What is none of these
 * is the preamble.
 *
 * @param units
 *   The content units before the first question.
 * @param locator
 *   The source's locator.
 * @param profiles
 *   The consultations known, whose cues name issuing bodies and working groups, and which name
 *   the labels of form fields and the meetings a title addresses.
 * @returns
 *   The header fields, the header blocks and the preamble.
 */
export function readHeader(
  units: readonly ContentUnit[],
  locator: Locator,
  profiles: readonly ConsultationProfile[]
): HeaderFields {
  const cues = (pick: (profile: ConsultationProfile) => readonly string[] | undefined) =>
    [...new Set(profiles.flatMap((profile) => pick(profile) ?? []))].map((phrase) =>
      normalize(phrase)
    )
  const state: HeaderState = {
    result: emptyHeaderFields(),
    expectSubmitter: false,
    expectField: undefined,
    labels: 0,
    bodies: cues((profile) => profile.cues?.issuingBody),
    groups: cues((profile) => profile.cues?.workingGroup),
    fieldLabels: collectFieldLabels(profiles),
    meetingNames: collectMeetingNames(profiles)
  }
  const {result} = state
  for (const unit of units) {
    const segment = unit.segment
    if (segment?.kind !== 'text') {
      result.preamble.push(...unit.blocks)
      state.expectSubmitter = false
      state.expectField = undefined
      continue
    }

    const text = tidyRun(segment.run).text
    const line: HeaderLine = {segment, text, words: countWords(text)}
    const destination = readTop(line, state, locator) ?? readLine(line, state)
    if (destination === 'header') result.header.push(...unit.blocks)
    else result.preamble.push(...unit.blocks)
    if (destination === 'label') state.labels += unit.blocks.length
  }

  return result
}

/** The paragraphs read before any rule: section labels, a form's title and fields, a value expected. */
function readTop(
  {segment, text, words}: HeaderLine,
  state: HeaderState,
  locator: Locator
): 'header' | 'preamble' | 'label' | undefined {
  const {result} = state
  // A line that only names the section below (`Document`, as text extracted from a web record
  // begins) is kept, and does not end the top of the document.
  if (segment.role === 'label' || (words === 1 && sectionLabel.test(text))) return 'label'
  if (segment.role === 'title') {
    result.title ??= text
    return 'header'
  }

  if (segment.role === 'fields') {
    for (const field of readFieldBlock(segment.run, state.fieldLabels)) {
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
    return 'header'
  }

  if (state.expectSubmitter && words <= 20) {
    result.submitter = text
    state.expectSubmitter = false
    return 'header'
  }

  return undefined
}

/** A paragraph after the top: a value for a field expected, else the first header rule that applies. */
function readLine(line: HeaderLine, state: HeaderState): 'header' | 'preamble' {
  const field = state.expectField
  state.expectSubmitter = false
  state.expectField = undefined
  if (field && line.words <= 20 && !knownField(line.text, state.fieldLabels)) {
    state.result.fields[field] ??= line.text
    return 'preamble'
  }

  // A definition list's term that names a field (`<dt>Country</dt>`): its value is the `<dd>`.
  const term =
    line.segment.term && line.words <= 6
      ? knownField(`${line.text}:`, state.fieldLabels)
      : undefined
  if (term && !term.value) {
    state.expectField = term.name
    return 'preamble'
  }

  for (const rule of headerRules) {
    const destination = rule(line, state)
    if (destination) return destination
  }

  return 'preamble'
}
