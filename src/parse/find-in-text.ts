import type {VFileMessage} from 'vfile-message'
import {tunisAgenda} from '../consultations/tunis-agenda.js'
import type {Citation} from '../schema/citation.js'
import type {ConsultationProfile} from '../schema/consultation-profile.js'
import type {Footnote} from '../schema/footnote.js'
import type {Reference} from '../schema/reference.js'
import {chooseLanguage} from './finders/choose-language.js'
import {findCited} from './finders/find-cited.js'
import {findMarkers} from './finders/find-markers.js'
import {linkFootnotes} from './finders/link-footnotes.js'
import {walkRuns} from './finders/walk-runs.js'
import type {Parts} from './read-parts.js'
import type {Locator} from './runs/locate.js'

const defaultInstruments = [tunisAgenda]

/** What the walk over the finished parts of a contribution finds in their text. */
export interface FoundInText {
  footnotes: Footnote[]
  language: string
  citations: Citation[]
  references: Reference[]
}

/**
 * The one walk over the finished parts: footnote markers (linked to the footnotes), then the
 * language of the body, then the citations and references of its text.
 *
 * @param parts
 *   The parts as read (header and preamble, answers, signature, footnotes).
 * @param plainLabels
 *   Labels of notes below a rule, whose markers are plain digits (from the text reader).
 * @param profile
 *   The consultation, if known (the instruments its citations are of: by default, and when it is
 *   not known, the Tunis Agenda).
 * @param locator
 *   The source's locator.
 * @param messages
 *   The messages to add to (`unlinked-footnote`).
 * @param data
 *   The front matter, if any (its `language`).
 * @returns
 *   The linked footnotes, the language, the citations and the references.
 */
export function findInText(
  parts: Parts,
  plainLabels: ReadonlySet<string>,
  profile: ConsultationProfile | undefined,
  locator: Locator,
  messages: VFileMessage[],
  data: Record<string, unknown> | undefined
): FoundInText {
  const runs = walkRuns({
    header: parts.header.header,
    preamble: parts.header.preamble,
    answers: parts.answers,
    signature: parts.signature.blocks,
    footnotes: parts.footnotes
  })
  const markers = findMarkers(
    runs.filter((entry) => entry.role !== 'footnote').map((entry) => entry.run),
    plainLabels,
    locator
  )
  const footnotes = linkFootnotes(parts.footnotes, markers, messages)
  const text = runs.filter((entry) => entry.role !== 'question').map((entry) => entry.run)
  const language = chooseLanguage(data, text, parts.answers[0]?.place.start.offset)
  const instruments = profile?.instruments?.length ? profile.instruments : defaultInstruments
  const cited = findCited(text, locator, language, instruments)
  return {footnotes, language, ...cited}
}
