import type {Block} from '../schema/block.js'
import type {ConsultationProfile} from '../schema/consultation-profile.js'
import {answerTopic} from './answer-topic.js'
import {buildAnswers} from './build-answers.js'
import {type HeaderFields, readHeader} from './header/read-header.js'
import type {DraftAnswer, DraftFootnote} from './readers/draft.js'
import type {Locator} from './runs/locate.js'
import type {SignatureLines} from './signature/read-signature.js'
import {takeSignature} from './signature/take-signature.js'
import {readDraftFootnotes} from './structure/read-draft-footnotes.js'
import type {ContentUnit, Unit} from './structure/unit.js'

/** The parts of a document as read from its units. */
export interface Parts {
  /** The header and preamble read from the units before the first question. */
  header: HeaderFields
  answers: DraftAnswer[]
  signature: {blocks: Block[]; lines: SignatureLines | undefined}
  footnotes: DraftFootnote[]
}

/**
 * Read the parts of a document from its units: the signature from its end, the header and
 * preamble from the units before the first question, the answers from the first question on (a
 * form record's text as the answer to its topic when it has no question), and the footnotes.
 *
 * @param units
 *   The document's units.
 * @param locator
 *   The source's locator.
 * @param profiles
 *   The consultations known (for header cues).
 * @param profile
 *   The consultation the document answers, if known.
 * @returns
 *   The parts.
 */
export function readParts(
  units: readonly Unit[],
  locator: Locator,
  profiles: readonly ConsultationProfile[],
  profile: ConsultationProfile | undefined
): Parts {
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
  const topic = answers.length === 0 ? answerTopic(header, profile) : undefined
  return {
    header: topic ? {...header, preamble: topic.preamble} : header,
    answers: topic ? [topic.answer] : answers,
    signature: {blocks: signature.blocks, lines: signature.lines},
    footnotes: readDraftFootnotes(units)
  }
}
