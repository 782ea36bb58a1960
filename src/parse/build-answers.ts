import type {DraftAnswer} from './readers/draft.js'
import type {Unit} from './structure/unit.js'

/**
 * The answers of a document, from its units from the first question on: each question opens an
 * answer, whose blocks are the content up to the next question (footnotes are not in it).
 *
 * @param units
 *   The units from the first question on.
 * @returns
 *   The answers, each with its question's run.
 */
export function buildAnswers(units: readonly Unit[]): DraftAnswer[] {
  const answers: Array<DraftAnswer & {blocks: DraftAnswer['blocks']}> = []
  for (const unit of units) {
    if (unit.type === 'question') {
      answers.push({
        questionId: unit.questionId,
        questionText: unit.text,
        place: unit.place,
        blocks: [],
        run: unit.run
      })
    } else if (unit.type === 'content') {
      answers.at(-1)?.blocks.push(...unit.blocks)
    }
  }

  return answers
}
