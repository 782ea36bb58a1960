import type {ConsultationProfile, Question} from '../schema/consultation-profile.js'
import {normalize} from './normalize.js'

/** How a text was recognised as a question. */
export interface QuestionMatch {
  consultation: ConsultationProfile
  question: Question
  /** `text` for the wording (or a translation), `short` for a short form in a heading. */
  by: 'text' | 'short'
  score: number
}

/** A question label at the start of a text: `Q1.`, `Question 1 :`, `Pregunta 2.`, `3.` */
export interface QuestionLabel {
  number: number
  explicit: boolean
  rest: string
}

interface Prepared {
  consultation: ConsultationProfile
  question: Question
  wordings: Array<Set<string>>
  shortForms: string[]
}

const cache = new WeakMap<ConsultationProfile, {entries: Prepared[]; maxWords: number}>()

/** Prepare each profile once: its wordings as word sets, its short forms folded. */
function prepare(profile: ConsultationProfile): {entries: Prepared[]; maxWords: number} {
  let prepared = cache.get(profile)
  if (!prepared) {
    const entries = profile.questions.map((question) => ({
      consultation: profile,
      question,
      wordings: [question.text, ...question.variants]
        .filter((wording): wording is string => typeof wording === 'string')
        .map((wording) => new Set(normalize(wording).split(' '))),
      shortForms: question.shortForms.map((form) => normalize(form))
    }))
    const longest = Math.max(
      0,
      ...entries.flatMap((entry) => entry.wordings.map((wording) => wording.size))
    )
    prepared = {entries, maxWords: Math.ceil(longest * 1.5 + 4) + 3}
    cache.set(profile, prepared)
  }

  return prepared
}

/**
 * Read a question label at the start of a folded text.
 *
 * @param folded
 *   Text folded by `normalize`.
 * @returns
 *   The label's number, whether it names itself a question, and the text after it.
 */
export function readLabel(folded: string): QuestionLabel | undefined {
  const explicit = /^(?:question|pregunta|preguntas|q)\s*(\d{1,2})(?:\s+|$)/.exec(folded)
  if (explicit) {
    return {number: Number(explicit[1]), explicit: true, rest: folded.slice(explicit[0].length)}
  }

  const bare = /^(\d{1,2})\s+/.exec(folded)
  if (bare) return {number: Number(bare[1]), explicit: false, rest: folded.slice(bare[0].length)}
  return undefined
}

/**
 * Recognise a question of any known consultation in a text: its wording (verbatim, translated or
 * lightly paraphrased), or, in a text set apart as a heading, a short form such as
 * `Recommendations`.
 *
 * @param text
 *   The text (a paragraph, heading, quote or list item).
 * @param profiles
 *   The consultations to recognise.
 * @param headingLike
 *   Whether the text is set apart as a heading would be (heading, bold, quote, label, short).
 * @returns
 *   The best match, if any.
 */
export function matchQuestion(
  text: string,
  profiles: readonly ConsultationProfile[],
  headingLike: boolean
): QuestionMatch | undefined {
  if (text.length > 600) return undefined
  const prepared = profiles.map((profile) => prepare(profile))
  // A text much longer than every wording is an answer, not a question: skip folding it.
  if (text.split(/\s+/).length > Math.max(0, ...prepared.map((entry) => entry.maxWords)))
    return undefined
  const folded = normalize(text)
  const rest = readLabel(folded)?.rest ?? folded
  const words = rest.split(' ').filter(Boolean)
  if (words.length === 0) return undefined
  const wordSet = new Set(words)
  let best: QuestionMatch | undefined

  for (const entry of prepared.flatMap((profile) => profile.entries)) {
    for (const wording of entry.wordings) {
      if (words.length > wording.size * 1.5 + 4) continue
      let shared = 0
      for (const word of wording) if (wordSet.has(word)) shared++
      const score = shared / Math.max(wording.size, wordSet.size * 0.8)
      if (score >= 0.7 && (!best || score > best.score)) {
        best = {consultation: entry.consultation, question: entry.question, by: 'text', score}
      }
    }

    if (!headingLike || best?.by === 'text') continue
    for (const form of entry.shortForms) {
      const formWords = form.split(' ').length
      if (words.length > formWords + 5) continue
      if (` ${rest} `.includes(` ${form} `)) {
        const score = 0.5 + formWords / 100
        if (!best || score > best.score) {
          best = {consultation: entry.consultation, question: entry.question, by: 'short', score}
        }
      }
    }
  }

  return best
}
