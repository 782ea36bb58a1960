import type {Block} from '../schema/block.js'
import type {ConsultationProfile} from '../schema/consultation-profile.js'
import type {Place} from '../schema/place.js'
import {fromSuperscript} from './find-markers.js'
import {type QuestionMatcher, readLabelOf} from './match-question.js'
import {fewWords, normalize} from './normalize.js'
import type {ReadContext} from './read-context.js'
import type {FootnoteSegment, ItemSegment, ListSegment, Segment, TextSegment} from './segment.js'
import {segmentBlocks} from './segment-blocks.js'
import {joinRuns, sliceRun, type TextRun, tidyRun} from './text-run.js'
import {toParagraph} from './to-paragraph.js'

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

export type Unit = QuestionUnit | ContentUnit | FootnoteUnit

const bareLabel = /^(?:question|pregunta|q)\s*(\d{1,2})$/
const footnoteStart = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*(?=\S)|^\[\^?(\d{1,3})\]:?\s+(?=\S)/u

/**
 * Walk the segments of a document and split them into questions, content and footnotes.
 *
 * @param context
 *   The read context.
 * @param segments
 *   The document's segments.
 * @param profile
 *   The consultation the document answers, if known.
 * @param match
 *   The document's question matcher.
 * @returns
 *   The units, in document order.
 */
export function splitUnits(
  context: ReadContext,
  segments: readonly Segment[],
  profile: ConsultationProfile | undefined,
  match: QuestionMatcher
): Unit[] {
  const units: Unit[] = []
  let current: QuestionUnit | undefined
  let lastNumber = 0
  let pendingLabel: {number: number; place: Place; run: TextRun} | undefined

  const recognise = (text: string, headingLike: boolean, itemNumber?: number) => {
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
  }

  const pushQuestion = (
    questionId: string | null,
    run: TextRun,
    place: Place,
    depth: number,
    number: number | undefined
  ) => {
    const tidy = tidyRun(run)
    current = {type: 'question', questionId, text: tidy.text, run: tidy, place, depth, number}
    if (number !== undefined) lastNumber = Math.max(lastNumber, number)
    units.push(current)
  }

  const pushContent = (blocks: Block[], segment?: TextSegment | ListSegment) => {
    if (blocks.length > 0) units.push({type: 'content', blocks, segment})
  }

  for (const segment of segments) {
    if (segment.kind === 'footnote') {
      units.push({type: 'footnote', segment})
      continue
    }

    if (segment.kind === 'text' && segment.role) {
      pushContent(segmentBlocks(context, segment), segment)
      continue
    }

    if (segment.kind === 'text') {
      const footnote = asFootnote(segment)
      if (footnote) {
        units.push({type: 'footnote', segment: footnote})
        continue
      }

      // A bare label (`Question 3`) is short: fold only short texts to look for one.
      const label =
        segment.run.text.length <= 60 ? bareLabel.exec(normalize(segment.run.text)) : null
      if (label && profile) {
        pendingLabel = {number: Number(label[1]), place: segment.place, run: segment.run}
        continue
      }

      if (pendingLabel) {
        const labelled = pendingLabel
        pendingLabel = undefined
        const question =
          profile?.questions.find((entry) => entry.number === labelled.number) ?? undefined
        const head = questionHead(segment.run)
        const run = head?.rest ? head.run : segment.run
        pushQuestion(
          question?.id ?? null,
          joinRuns([labelled.run, run], '\n'),
          {start: labelled.place.start, end: head?.rest ? head.place(context) : segment.place.end},
          0,
          labelled.number
        )
        if (head?.rest) pushContent([toParagraph(context, head.rest)])
        continue
      }

      // A question on the first line(s) and its answer after a line break, in one paragraph: the
      // question alone is recognised before the whole, so that the answer is not taken into it.
      const head = segment.emphasis === 'heading' ? undefined : questionHead(segment.run)
      const split = head?.rest ? recognise(head.text, true) : undefined
      if (head?.rest && split) {
        pushQuestion(
          split.id,
          head.run,
          {start: segment.place.start, end: head.place(context)},
          0,
          split.number
        )
        pushContent([toParagraph(context, head.rest)], undefined)
        continue
      }

      const headingLike = isHeadingLike(segment)
      const found = recognise(segment.run.text, headingLike)
      if (found) {
        pushQuestion(
          found.id,
          segment.run,
          segment.place,
          segment.emphasis === 'heading' ? segment.depth : 0,
          found.number
        )
        continue
      }

      if (current && isSectionHeading(segment, current)) {
        pushQuestion(
          null,
          segment.run,
          segment.place,
          segment.emphasis === 'heading' ? segment.depth : 0,
          undefined
        )
        continue
      }

      pushContent(segmentBlocks(context, segment), segment)
      continue
    }

    if (segment.kind === 'quote') {
      const found = segment.run ? recognise(segment.run.text, true) : undefined
      if (found && segment.run) {
        pushQuestion(found.id, segment.run, segment.block.place, 0, found.number)
      } else {
        pushContent([segment.block])
      }

      continue
    }

    if (segment.kind === 'list') {
      splitList(segment, recognise, pushQuestion, pushContent, context)
      continue
    }

    // A table of questions and answers (a form converted from Word): a row whose first cell is a
    // question opens it, the row's other cells are the answer; other rows stay a table.
    if (
      segment.kind === 'table' &&
      profile &&
      segment.rows.some((row) => row.cells[0] && match(row.cells[0].run.text, true, profile))
    ) {
      let pending: number[] = []
      const flush = () => {
        const first = segment.rows[pending[0] ?? -1]
        const last = segment.rows[pending.at(-1) ?? -1]
        if (first && last) {
          pushContent([
            {
              type: 'table',
              rows: pending.map((index) => segment.block.rows[index] ?? []),
              place: {start: first.place.start, end: last.place.end}
            }
          ])
        }

        pending = []
      }

      for (const [index, row] of segment.rows.entries()) {
        const [head, ...cells] = row.cells
        const found = head ? recognise(head.run.text, true) : undefined
        if (!head || !found) {
          pending.push(index)
          continue
        }

        flush()
        // A cell's place is that of its text, without the pipes or tags around it (a paragraph
        // without a place given takes that of its text).
        pushQuestion(
          found.id,
          head.run,
          context.locator.runPlace(tidyRun(head.run)),
          0,
          found.number
        )
        pushContent(
          cells
            .filter((cell) => cell.run.text.trim() !== '')
            .map((cell) => toParagraph(context, cell.run))
        )
      }

      flush()
      continue
    }

    pushContent([segment.block])
  }

  return units
}

function splitList(
  segment: ListSegment,
  recognise: (
    text: string,
    headingLike: boolean,
    itemNumber?: number
  ) => {id: string; number: number} | undefined,
  pushQuestion: (
    id: string | null,
    run: TextRun,
    place: Place,
    depth: number,
    number: number | undefined
  ) => void,
  pushContent: (blocks: Block[], segment?: TextSegment | ListSegment) => void,
  context: ReadContext
) {
  let pending: ItemSegment[] = []
  let split = false
  const flush = () => {
    if (pending.length === 0) return
    const first = pending[0]
    const last = pending.at(-1)
    if (!split && pending.length === segment.items.length) {
      pushContent([segment.block], segment)
    } else if (first && last) {
      pushContent([
        {
          type: 'list',
          ordered: segment.block.ordered,
          items: pending.map((item) => item.block),
          place: {start: first.block.place.start, end: last.block.place.end}
        }
      ])
    }

    pending = []
  }

  for (const item of segment.items) {
    const head = item.first ? questionHead(item.first) : undefined
    const text = head?.text ?? item.first?.text
    const found = text === undefined ? undefined : recognise(text, true, item.number)
    if (found && item.first && item.firstPlace) {
      flush()
      split = true
      // The question's place ends with it: an answer on the item's next line is not in it.
      const place = head?.rest
        ? {start: item.firstPlace.start, end: head.place(context)}
        : item.firstPlace
      pushQuestion(found.id, head?.run ?? item.first, place, 0, found.number)
      if (head?.rest) pushContent([toParagraph(context, head.rest)])
      pushContent(item.rest)
      continue
    }

    pending.push(item)
  }

  flush()
}

/**
 * The first line(s) of a paragraph up to a question mark (or a labelled line ending in a colon),
 * when more text follows: forms put the question and its answer in one paragraph.
 */
export function questionHead(run: TextRun):
  | {
      text: string
      run: TextRun
      rest: TextRun | undefined
      place: (context: ReadContext) => Place['end']
    }
  | undefined {
  const text = run.text
  const newline = text.indexOf('\n')
  if (newline === -1) return undefined
  let end = -1
  let from = 0
  for (let line = 0; line < 4 && from < text.length; line++) {
    const stop = text.indexOf('\n', from)
    const lineEnd = stop === -1 ? text.length : stop
    const lineText = text.slice(from, lineEnd).trim()
    if (/[?？]$/.test(lineText) || (line === 0 && /:$/.test(lineText) && readLabelOf(lineText))) {
      end = lineEnd
      break
    }

    if (stop === -1) break
    from = stop + 1
  }

  if (end === -1 || end >= text.trimEnd().length) return undefined
  const head = sliceRun(run, 0, end)
  const rest = sliceRun(run, end + 1)
  return {
    text: head.text,
    run: head,
    rest: rest.text.trim() ? rest : undefined,
    place: (context) => context.locator.runPlace(head).end
  }
}

export function isHeadingLike(segment: TextSegment): boolean {
  if (segment.emphasis !== 'plain') return true
  const text = segment.run.text.trim()
  return /[?？:]$/.test(text) || fewWords(text, 12) || readLabelOf(text) !== undefined
}

/** After a question, a heading (or, under a question that is no heading, a short bold line) opens a section. */
function isSectionHeading(segment: TextSegment, current: QuestionUnit): boolean {
  if (segment.emphasis === 'heading') return current.depth === 0 || segment.depth <= current.depth
  if (segment.emphasis !== 'strong' || current.depth > 0) return false
  const text = segment.run.text.trim()
  return fewWords(text, 12) && !/[.;,]$/.test(text)
}

/** A paragraph that starts with `¹`, `[1]` or `[^1]:` is the text of a footnote. */
function asFootnote(segment: TextSegment): FootnoteSegment | undefined {
  if (segment.emphasis === 'heading') return undefined
  const match = footnoteStart.exec(segment.run.text)
  if (!match) return undefined
  const label = match[1] ? fromSuperscript(match[1]) : (match[2] ?? '')
  return {
    kind: 'footnote',
    label,
    run: sliceRun(segment.run, match[0].length),
    place: segment.place
  }
}
