import type {ConsultationProfile} from '../../schema/consultation-profile.js'
import type {Place} from '../../schema/place.js'
import {normalize} from '../../text/normalize.js'
import {fromSuperscript} from '../finders/find-markers.js'
import type {ReadContext} from '../readers/read-context.js'
import type {FootnoteSegment, TextSegment} from '../readers/segment.js'
import {segmentBlocks} from '../readers/segment-blocks.js'
import {toParagraph} from '../readers/to-paragraph.js'
import {joinRuns, sliceRun, type TextRun} from '../runs/text-run.js'
import {isHeadingLike, isSectionHeading, questionHead} from './question-head.js'
import type {UnitBuilder} from './unit-builder.js'

/** A bare label (`Question 3`) waiting for the question text in the next paragraph. */
export interface PendingLabel {
  number: number
  place: Place
  run: TextRun
}

const bareLabel = /^(?:question|pregunta|q)\s*(\d{1,2})$/
const footnoteStart = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*(?=\S)|^\[\^?(\d{1,3})\]:?\s+(?=\S)/u

/**
 * Split a text segment: a footnote's text, a bare question label (kept for the next segment), a
 * question (alone, after a pending label, or with its answer after a line break in the same
 * paragraph), a section heading under a question, or content.
 *
 * @param segment
 *   The text segment.
 * @param builder
 *   The document's units.
 * @param context
 *   The read context.
 * @param profile
 *   The consultation, if known.
 * @param pending
 *   A bare label read just before, if any.
 * @returns
 *   The bare label this segment is, if it is one, for the next segment.
 */
export function splitText(
  segment: TextSegment,
  builder: UnitBuilder,
  context: ReadContext,
  profile: ConsultationProfile | undefined,
  pending: PendingLabel | undefined
): PendingLabel | undefined {
  if (segment.role) {
    builder.pushContent(segmentBlocks(context, segment), segment)
    return pending
  }

  const footnote = asFootnote(segment)
  if (footnote) {
    builder.pushFootnote(footnote)
    return pending
  }

  // A bare label (`Question 3`) is short: fold only short texts to look for one.
  const label = segment.run.text.length <= 60 ? bareLabel.exec(normalize(segment.run.text)) : null
  if (label && profile) return {number: Number(label[1]), place: segment.place, run: segment.run}
  if (pending) {
    pushLabelled(segment, pending, builder, context, profile)
    return undefined
  }

  // A question on the first line(s) and its answer after a line break, in one paragraph: the
  // question alone is recognised before the whole, so that the answer is not taken into it.
  const head = segment.emphasis === 'heading' ? undefined : questionHead(segment.run)
  const split = head?.rest ? builder.recognise(head.text, true) : undefined
  if (head?.rest && split) {
    const place = {start: segment.place.start, end: head.place(context)}
    builder.pushQuestion(split.id, head.run, place, 0, split.number)
    builder.pushContent([toParagraph(context, head.rest)], undefined)
    return undefined
  }

  const depth = segment.emphasis === 'heading' ? segment.depth : 0
  const found = builder.recognise(segment.run.text, isHeadingLike(segment))
  if (found) {
    builder.pushQuestion(found.id, segment.run, segment.place, depth, found.number)
  } else if (
    (!profile && isNumberedQuestion(segment)) ||
    (builder.current && isSectionHeading(segment, builder.current))
  ) {
    builder.pushQuestion(null, segment.run, segment.place, depth, undefined)
  } else {
    builder.pushContent(segmentBlocks(context, segment), segment)
  }

  return undefined
}

/** The question a bare label names, its text the segment after it (its answer may follow). */
function pushLabelled(
  segment: TextSegment,
  labelled: PendingLabel,
  builder: UnitBuilder,
  context: ReadContext,
  profile: ConsultationProfile | undefined
) {
  const question = profile?.questions.find((entry) => entry.number === labelled.number)
  const head = questionHead(segment.run)
  const run = head?.rest ? head.run : segment.run
  builder.pushQuestion(
    question?.id ?? null,
    joinRuns([labelled.run, run], '\n'),
    {start: labelled.place.start, end: head?.rest ? head.place(context) : segment.place.end},
    0,
    labelled.number
  )
  if (head?.rest) builder.pushContent([toParagraph(context, head.rest)])
}

/**
 * A question of a consultation the parser has no profile of: numbered, set apart (a heading, or
 * wholly bold) and asked (`**1. How should … be implemented?**`). It opens a section whose
 * question is unknown (`questionId: null`), so that the answers are kept apart, never matched.
 */
function isNumberedQuestion(segment: TextSegment): boolean {
  if (segment.emphasis === 'plain') return false
  const text = segment.run.text.trim()
  return text.length <= 400 && /^\d{1,2}[.)]\s/.test(text) && /[?？]$/.test(text)
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
