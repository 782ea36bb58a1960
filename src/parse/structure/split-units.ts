import type {ConsultationProfile} from '../../schema/consultation-profile.js'
import type {ReadContext} from '../readers/read-context.js'
import type {Segment} from '../readers/segment.js'
import type {QuestionMatcher} from './match-question.js'
import {splitList} from './split-list.js'
import {splitTable} from './split-table.js'
import {type PendingLabel, splitText} from './split-text.js'
import type {Unit} from './unit.js'
import {createUnitBuilder} from './unit-builder.js'

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
  const builder = createUnitBuilder(profile, match)
  let pending: PendingLabel | undefined
  for (const segment of segments) {
    switch (segment.kind) {
      case 'footnote': {
        builder.pushFootnote(segment)
        break
      }

      case 'text': {
        pending = splitText(segment, builder, context, profile, pending)
        break
      }

      case 'quote': {
        const found = segment.run ? builder.recognise(segment.run.text, true) : undefined
        if (found && segment.run) {
          builder.pushQuestion(found.id, segment.run, segment.block.place, 0, found.number)
        } else {
          builder.pushContent([segment.block])
        }

        break
      }

      case 'list': {
        splitList(segment, builder, context)
        break
      }

      case 'table': {
        const questions =
          profile &&
          segment.rows.some((row) => row.cells[0] && match(row.cells[0].run.text, true, profile))
        if (questions) splitTable(segment, builder, context)
        else builder.pushContent([segment.block])
        break
      }

      default: {
        builder.pushContent([segment.block])
      }
    }
  }

  return [...builder.units]
}
