import type {Block} from '../../schema/block.js'
import type {Place} from '../../schema/place.js'
import type {FootnoteSegment, ListSegment, TextSegment} from '../readers/segment.js'
import type {TextRun} from '../runs/text-run.js'

/** A question (or an unmatched section heading) found in the document. */
export interface QuestionUnit {
  type: 'question'
  questionId: string | null
  text: string
  /** The question's tidied run, whose footnote markers count. */
  run: TextRun
  place: Place
  /** The heading rank when the question is a heading, `0` otherwise. */
  depth: number
  number: number | undefined
}

/** Content between questions, with its text segment when it is one paragraph. */
export interface ContentUnit {
  type: 'content'
  blocks: Block[]
  segment: TextSegment | ListSegment | undefined
}

export interface FootnoteUnit {
  type: 'footnote'
  segment: FootnoteSegment
}

/** A top-level unit of a document: a question, content, or a footnote. */
export type Unit = QuestionUnit | ContentUnit | FootnoteUnit
