import {sum} from 'remeda'
import type {ConsultationProfile} from '../../schema/consultation-profile.js'
import {normalize} from '../../text/normalize.js'
import type {Segment} from '../readers/segment.js'
import {collectFieldLabels} from '../words/collect-field-labels.js'
import type {QuestionMatcher} from './match-question.js'
import {isHeadingLike, questionHead} from './question-head.js'
import {readFieldBlock} from './split-form-fields.js'

/** Why a consultation was chosen. */
export type ConsultationEvidence = 'topic' | 'header' | 'cue-and-question' | 'questions'

/** A chosen consultation and the evidence for it. */
export interface ChosenConsultation {
  profile: ConsultationProfile
  by: ConsultationEvidence
}

/** How many segments from the top count as the header, where a mention names the consultation. */
const headerReach = 8
/** The score of a wording matched all but word for word: one such question is evidence enough. */
const verbatim = 0.9
/** How much text is searched for the name of a working group or meeting. */
const cueReach = 200_000

interface Found {
  /** Questions recognised by their wording. */
  text: Set<string>
  /** Questions recognised at all (by wording or short form), with the best score of each. */
  all: Map<string, number>
  /** Wordings matched, for ties. */
  wordings: number
  /** The best score of a wording matched. */
  closest: number
  topic: boolean
  header: boolean
  cue: boolean
}

/**
 * Choose the consultation a document answers, only on strong evidence: a form's topic field
 * (`Area: … PRINCIPLES`) that names one of its topics, a mention of the consultation in the
 * header (`NETmundial`, the working group's name), its body or group named anywhere together with
 * one of its questions in its wording, or two of its questions in their wording (or one all but
 * word for word). Among the consultations with such evidence, the one whose questions are
 * recognised most closely (the best score of each question, added up) wins; on a tie, nothing is
 * chosen. A loose resemblance of one question is never enough.
 *
 * @param segments
 *   The document's segments.
 * @param profiles
 *   The consultations to choose from.
 * @param match
 *   The document's question matcher (see `createQuestionMatcher`).
 * @returns
 *   The consultation and the evidence, or `undefined`.
 */
export function chooseConsultation(
  segments: readonly Segment[],
  profiles: readonly ConsultationProfile[],
  match: QuestionMatcher
): ChosenConsultation | undefined {
  const found = new Map<ConsultationProfile, Found>()
  const entry = (profile: ConsultationProfile) => {
    let value = found.get(profile)
    if (!value) {
      value = {
        text: new Set(),
        all: new Map(),
        wordings: 0,
        closest: 0,
        topic: false,
        header: false,
        cue: false
      }
      found.set(profile, value)
    }

    return value
  }

  const consider = (text: string, headingLike: boolean) => {
    const matched = match(text, headingLike)
    if (!matched) return
    const value = entry(matched.consultation)
    value.all.set(
      matched.question.id,
      Math.max(value.all.get(matched.question.id) ?? 0, matched.score)
    )
    if (matched.by === 'text') {
      value.text.add(matched.question.id)
      value.wordings++
      value.closest = Math.max(value.closest, matched.score)
    }
  }

  let searched = 0
  for (const [index, segment] of segments.entries()) {
    if (segment.kind === 'text') {
      if (segment.role === 'fields') {
        markTopics(segment.run, profiles, entry)
        continue
      }

      if (searched < cueReach) {
        searched += segment.run.text.length
        markCues(normalize(segment.run.text), index < headerReach, profiles, entry)
      }

      if (segment.role) continue
      consider(segment.run.text, isHeadingLike(segment))
      const head = questionHead(segment.run)
      if (head) consider(head.text, true)
    } else if (segment.kind === 'quote' && segment.run) {
      consider(segment.run.text, true)
    } else if (segment.kind === 'list') {
      for (const item of segment.items) if (item.first) consider(item.first.text, true)
    } else if (segment.kind === 'table') {
      for (const row of segment.rows) if (row.cells[0]) consider(row.cells[0].run.text, true)
    }
  }

  return pickBest(profiles, found)
}

/** The consultation with the most evidence, none when two have as much. */
function pickBest(
  profiles: readonly ConsultationProfile[],
  found: ReadonlyMap<ConsultationProfile, Found>
): ChosenConsultation | undefined {
  let best: ChosenConsultation | undefined
  let bestScore = 0
  let tied = false
  for (const profile of profiles) {
    const value = found.get(profile)
    const by = value ? evidenceOf(value) : undefined
    if (!value || !by) continue
    // Each question counts by how closely it was matched, so one verbatim question outweighs
    // one that only resembles another consultation's wording.
    const score =
      Math.round(sum([...value.all.values()]) * 1000) + value.wordings + (value.topic ? 1e6 : 0)
    if (score > bestScore) {
      best = {profile, by}
      bestScore = score
      tied = false
    } else if (score === bestScore) {
      tied = true
    }
  }

  return tied ? undefined : best
}

function evidenceOf(found: Found): ConsultationEvidence | undefined {
  if (found.topic) return 'topic'
  if (found.header) return 'header'
  if (found.cue && found.text.size > 0) return 'cue-and-question'
  if (found.text.size >= 2 || found.closest >= verbatim) return 'questions'
  return undefined
}

function markTopics(
  run: Parameters<typeof readFieldBlock>[0],
  profiles: readonly ConsultationProfile[],
  entry: (profile: ConsultationProfile) => Found
) {
  const topic = readFieldBlock(run, collectFieldLabels(profiles)).find(
    (field) => field.name === 'topic'
  )
  if (!topic) return
  for (const profile of profiles) {
    const question = topicQuestion(profile, topic.value)
    if (question) {
      const found = entry(profile)
      found.topic = true
      found.all.set(question.id, 1)
    }
  }
}

/**
 * The question of a profile that a form's topic field names: the one whose topic phrase comes
 * first in the value (`COMBINED … PRINCIPLES AND ROADMAP` is the combined topic).
 *
 * @param profile
 *   The consultation.
 * @param value
 *   The topic field's value.
 * @returns
 *   The question, or `undefined`.
 */
export function topicQuestion(
  profile: ConsultationProfile,
  value: string
): ConsultationProfile['questions'][number] | undefined {
  const folded = ` ${normalize(value)} `
  let best: {question: ConsultationProfile['questions'][number]; at: number} | undefined
  for (const question of profile.questions) {
    for (const phrase of question.topics ?? []) {
      const at = folded.indexOf(` ${normalize(phrase)} `)
      if (at !== -1 && (!best || at < best.at)) best = {question, at}
    }
  }

  return best?.question
}

function markCues(
  folded: string,
  inHeader: boolean,
  profiles: readonly ConsultationProfile[],
  entry: (profile: ConsultationProfile) => Found
) {
  const text = ` ${folded} `
  for (const profile of profiles) {
    const cues = profile.cues
    if (!cues) continue
    const has = (phrases: readonly string[] | undefined) =>
      phrases?.some((phrase) => text.includes(` ${normalize(phrase)} `)) ?? false
    const named = has(cues.issuingBody) || has(cues.workingGroup)
    if (named) entry(profile).cue = true
    if (inHeader && (named || has(cues.mentions))) {
      const found = entry(profile)
      found.header = true
      found.cue = true
    }
  }
}
