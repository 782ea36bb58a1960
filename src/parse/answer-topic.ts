import type {ConsultationProfile} from '../schema/consultation-profile.js'
import type {HeaderFields} from './header/read-header.js'
import type {DraftAnswer} from './readers/draft.js'
import {topicQuestion} from './structure/choose-consultation.js'

/**
 * A form record's text as the answer to the topic its `Area:` field names (a record has no
 * questions of its own): the blocks of the preamble after its fields, the answer's place that of
 * the field.
 *
 * @param header
 *   The header read.
 * @param profile
 *   The consultation, if known.
 * @returns
 *   The answer and the preamble left without its blocks, or nothing when there is no topic.
 */
export function answerTopic(
  header: HeaderFields,
  profile: ConsultationProfile | undefined
): {answer: DraftAnswer; preamble: HeaderFields['preamble']} | undefined {
  const {topic, fieldsEnd} = header
  if (!topic || fieldsEnd === undefined || !profile) return undefined
  const question = topicQuestion(profile, topic.text)
  if (!question) return undefined
  const blocks = header.preamble.filter((block) => block.place.start.offset >= fieldsEnd)
  return {
    answer: {questionId: question.id, questionText: topic.text, place: topic.place, blocks},
    preamble: header.preamble.filter((block) => block.place.start.offset < fieldsEnd)
  }
}
