import type {Paragraph} from '../../schema/block.js'
import type {Place} from '../../schema/place.js'
import {type TextRun, tidyRun} from '../runs/text-run.js'
import {toSentences} from '../runs/to-sentences.js'
import type {WithRun} from './draft.js'
import type {ReadContext} from './read-context.js'

/**
 * Build a paragraph block from an untidied run. The block keeps its tidied run (`run`), so that
 * what its text cites and marks is found, with exact places, in one walk over the finished
 * contribution (`walkRuns`); `withoutRuns` takes it off before the contribution is returned.
 *
 * @param context
 *   The read context.
 * @param raw
 *   The paragraph's text as read.
 * @param place
 *   The place of the whole paragraph (markup included).
 * @returns
 *   The paragraph block, with its run.
 */
export function toParagraph(context: ReadContext, raw: TextRun, place?: Place): WithRun<Paragraph> {
  const run = tidyRun(raw)
  return {
    type: 'paragraph',
    text: run.text,
    sentences: toSentences(run, context.locator),
    place: place ?? context.locator.runPlace(run),
    run
  }
}
