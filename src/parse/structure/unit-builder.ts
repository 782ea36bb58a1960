import type {Block} from '../../schema/block.js'
import type {ConsultationProfile} from '../../schema/consultation-profile.js'
import type {Place} from '../../schema/place.js'
import type {FootnoteSegment, ListSegment, TextSegment} from '../readers/segment.js'
import {type TextRun, tidyRun} from '../runs/text-run.js'
import {type QuestionMatcher, readLabelOf} from './match-question.js'
import type {QuestionUnit, Unit} from './unit.js'

/** A question recognised: its id and number. */
export interface Recognised {
  id: string
  number: number
}

/** The units of a document as they are split, and how its questions are recognised. */
export interface UnitBuilder {
  readonly units: readonly Unit[]
  /** The question the content is under, if any. */
  readonly current: QuestionUnit | undefined
  /**
   * Recognise a question of the consultation: by its wording, else by its number (a label, or the
   * number of its list item) when it is asked or labelled, and comes after the last one.
   */
  recognise(text: string, headingLike: boolean, itemNumber?: number): Recognised | undefined
  pushQuestion(
    questionId: string | null,
    run: TextRun,
    place: Place,
    depth: number,
    number: number | undefined
  ): void
  pushContent(blocks: Block[], segment?: TextSegment | ListSegment): void
  pushFootnote(segment: FootnoteSegment): void
}

/**
 * Create the builder of a document's units.
 *
 * @param profile
 *   The consultation the document answers, if known (no question is recognised without one).
 * @param match
 *   The document's question matcher.
 * @returns
 *   The builder.
 */
export function createUnitBuilder(
  profile: ConsultationProfile | undefined,
  match: QuestionMatcher
): UnitBuilder {
  const units: Unit[] = []
  let current: QuestionUnit | undefined
  let lastNumber = 0
  return {
    units,
    get current() {
      return current
    },
    recognise(text, headingLike, itemNumber) {
      if (!profile) return undefined
      const matched = match(text, headingLike, profile)
      if (matched && matched.question.id !== current?.questionId) {
        return {id: matched.question.id, number: matched.question.number}
      }

      const label = readLabelOf(text)
      const number = label?.number ?? itemNumber
      if (number === undefined) return undefined
      const question = profile.questions.find((entry) => entry.number === number)
      if (!question || question.id === current?.questionId) return undefined
      const asked = /[?？]\s*$/.test(text.trim())
      if ((label?.explicit && (headingLike || asked)) || (asked && number > lastNumber)) {
        return {id: question.id, number}
      }

      return undefined
    },
    pushQuestion(questionId, run, place, depth, number) {
      const tidy = tidyRun(run)
      current = {type: 'question', questionId, text: tidy.text, run: tidy, place, depth, number}
      if (number !== undefined) lastNumber = Math.max(lastNumber, number)
      units.push(current)
    },
    pushContent(blocks, segment) {
      if (blocks.length > 0) units.push({type: 'content', blocks, segment})
    },
    pushFootnote(segment) {
      units.push({type: 'footnote', segment})
    }
  }
}
