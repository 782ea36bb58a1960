import type {ConsultationProfile, Question} from '../../schema/consultation-profile.js'
import {fewWords, normalize} from '../../text/normalize.js'

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

/** One wording (or translation) of a question, as a set of folded words. */
interface Wording {
  consultation: ConsultationProfile
  question: Question
  size: number
}

/** A profile prepared once: its wordings, an index from each word to the wordings that have it. */
interface Prepared {
  wordings: Wording[]
  index: Map<string, number[]>
  /** Scratch counts, one per wording, reused by every match (matching is synchronous). */
  shared: Uint16Array
  /** Short forms, folded and padded with a space on each side, and their number of words. */
  shortForms: Array<{
    consultation: ConsultationProfile
    question: Question
    form: string
    formWords: number
  }>
  maxWords: number
}

const cache = new WeakMap<ConsultationProfile, Prepared>()

function prepare(profile: ConsultationProfile): Prepared {
  let prepared = cache.get(profile)
  if (!prepared) {
    const wordings: Wording[] = []
    const index = new Map<string, number[]>()
    for (const question of profile.questions) {
      for (const wording of [question.text, ...question.variants]) {
        if (typeof wording !== 'string') continue
        const words = new Set(normalize(wording).split(' '))
        for (const word of words) {
          const list = index.get(word)
          if (list) list.push(wordings.length)
          else index.set(word, [wordings.length])
        }

        wordings.push({consultation: profile, question, size: words.size})
      }
    }

    const longest = Math.max(0, ...wordings.map((wording) => wording.size))
    prepared = {
      wordings,
      index,
      shared: new Uint16Array(wordings.length),
      shortForms: profile.questions.flatMap((question) =>
        question.shortForms.map((form) => ({
          consultation: profile,
          question,
          form: ` ${normalize(form)} `,
          formWords: normalize(form).split(' ').length
        }))
      ),
      maxWords: Math.ceil(longest * 1.5 + 4) + 3
    }
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
 * Read a question label at the start of a text that is not folded yet, folding only its start.
 *
 * @param text
 *   Any text.
 * @returns
 *   The label's number and whether it names itself a question (its `rest` is folded from the
 *   start of the text only).
 */
export function readLabelOf(text: string): QuestionLabel | undefined {
  // A label is short (`Preguntas 12`): fold the first words only, cut where a word ends.
  let end = text.length
  if (end > labelWindow) {
    end = labelWindow
    while (end < text.length && !/\s/.test(text.charAt(end))) end++
  }

  return readLabel(normalize(text.slice(0, end)))
}

const labelWindow = 40

/** Longer texts are answers, never questions. */
const maxLength = 600

/** Recognise questions in the texts of one document, each text scored once for all profiles. */
export type QuestionMatcher = (
  text: string,
  headingLike: boolean,
  profile?: ConsultationProfile
) => QuestionMatch | undefined

/**
 * Create a matcher for one document. It recognises a question of the given consultations in a
 * text: its wording (verbatim, translated or lightly paraphrased), or, in a text set apart as a
 * heading (`headingLike`: heading, bold, quote, label, short), a short form such as
 * `Recommendations`. It remembers each text it has scored, so that choosing the consultation and
 * then splitting the document by its questions fold and score each paragraph once.
 *
 * @param profiles
 *   The consultations to recognise.
 * @returns
 *   A matcher: the best match of any profile, or of `profile` when given.
 */
export function createQuestionMatcher(profiles: readonly ConsultationProfile[]): QuestionMatcher {
  const memo = new Map<string, Array<QuestionMatch | undefined>>()
  return (text, headingLike, profile) => {
    const at = profile ? profiles.indexOf(profile) : -1
    if ((profile && at === -1) || text.length > maxLength) {
      return bestOf(matchEach(text, profile ? [profile] : profiles, headingLike))
    }

    const key = `${headingLike ? 'h' : 'p'}${text}`
    let each = memo.get(key)
    if (!each) {
      each = matchEach(text, profiles, headingLike)
      memo.set(key, each)
    }

    return profile ? each[at] : bestOf(each)
  }
}

/** The first of the highest-scoring matches. */
function bestOf(matches: ReadonlyArray<QuestionMatch | undefined>): QuestionMatch | undefined {
  let best: QuestionMatch | undefined
  for (const match of matches) if (match && (!best || match.score > best.score)) best = match
  return best
}

/** The best match of each profile (a recognised wording beats any short form). */
function matchEach(
  text: string,
  profiles: readonly ConsultationProfile[],
  headingLike: boolean
): Array<QuestionMatch | undefined> {
  const none = profiles.map(() => undefined)
  if (text.length > maxLength) return none
  const prepared = profiles.map((profile) => prepare(profile))
  // A text much longer than every wording is an answer, not a question: skip folding it.
  let maxWords = 0
  for (const entry of prepared) maxWords = Math.max(maxWords, entry.maxWords)
  if (!fewWords(text, maxWords)) return none
  const folded = normalize(text)
  const rest = readLabel(folded)?.rest ?? folded
  const words = rest.split(' ').filter(Boolean)
  if (words.length === 0) return none
  const wordSet = new Set(words)
  return prepared.map((profile) => {
    let best: QuestionMatch | undefined
    // A score of 0.7 needs 0.56 of the text's words in some wording (0.7 of 0.8 of them), so most
    // answers are ruled out by counting their words in the profile's vocabulary.
    let known = 0
    for (const word of wordSet) if (profile.index.has(word)) known++
    // Count the words each wording shares with the text, through the index.
    const shared = profile.shared.fill(0)
    if (known >= wordSet.size * 0.55) {
      for (const word of wordSet) {
        const list = profile.index.get(word)
        if (!list) continue
        for (const at of list) shared[at] = (shared[at] ?? 0) + 1
      }
    }

    for (let at = 0; at < profile.wordings.length; at++) {
      const wording = profile.wordings[at]
      if (!wording || words.length > wording.size * 1.5 + 4) continue
      const score = (shared[at] ?? 0) / Math.max(wording.size, wordSet.size * 0.8)
      if (score >= 0.7 && (!best || score > best.score)) {
        best = {consultation: wording.consultation, question: wording.question, by: 'text', score}
      }
    }

    // Short forms count in headings only, and only when no wording is recognised.
    if (best || !headingLike) return best
    const padded = ` ${rest} `
    for (const {consultation, question, form, formWords} of profile.shortForms) {
      if (words.length > formWords + 5) continue
      if (padded.includes(form)) {
        const score = 0.5 + formWords / 100
        if (!best || score > best.score) best = {consultation, question, by: 'short', score}
      }
    }

    return best
  })
}
