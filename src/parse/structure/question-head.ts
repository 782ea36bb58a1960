import type {Place} from '../../schema/place.js'
import {fewWords} from '../../text/normalize.js'
import type {ReadContext} from '../readers/read-context.js'
import type {TextSegment} from '../readers/segment.js'
import {sliceRun, type TextRun} from '../runs/text-run.js'
import {readLabelOf} from './match-question.js'
import type {QuestionUnit} from './unit.js'

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
export function isSectionHeading(segment: TextSegment, current: QuestionUnit): boolean {
  if (segment.emphasis === 'heading') return current.depth === 0 || segment.depth <= current.depth
  if (segment.emphasis !== 'strong' || current.depth > 0) return false
  const text = segment.run.text.trim()
  return fewWords(text, 12) && !/[.;,]$/.test(text)
}
