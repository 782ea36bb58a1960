import type {Block} from '../../../schema/block.js'
import type {Contribution} from '../../../schema/contribution.js'
import type {Place} from '../../../schema/place.js'
import {normalize} from '../../../text/normalize.js'

/** A sentence the coder reads, with what frames it from outside. */
export interface SentenceToCode {
  text: string
  place: Place
  questionId: string | null
  /** In a blockquote: a quotation, not the submitter's own words. */
  quoted: boolean
  /** The sentence that introduces the list this sentence is an item of (`We propose:`), folded. */
  lead: string
  /** The paragraph or heading it is in, counted from 0 (a rejection that follows is read there). */
  block: number
}

/**
 * The sentences a coder reads in a contribution, in order: the preamble's and the answers'
 * paragraphs, headings, list items at any depth and quotes (quoted), each list item with the
 * sentence that introduces its list (`We recommend:`) as its lead.
 *
 * @param contribution
 *   A parsed contribution.
 * @returns
 *   The sentences.
 */
export function collectSentences(contribution: Contribution): SentenceToCode[] {
  const sentences: SentenceToCode[] = []
  let count = 0
  const visit = (
    blocks: readonly Block[],
    questionId: string | null,
    quoted: boolean,
    lead: string
  ) => {
    let introduction = ''
    for (const block of blocks) {
      if (block.type === 'paragraph' || block.type === 'heading') {
        const at = count++
        for (const sentence of block.sentences)
          sentences.push({...sentence, questionId, quoted, lead, block: at})
        const last = block.sentences.at(-1)?.text.trim() ?? ''
        introduction = block.type === 'paragraph' && last.endsWith(':') ? normalize(last) : ''
      } else if (block.type === 'list') {
        for (const item of block.items)
          visit(item.blocks, questionId, quoted, `${introduction} ${lead}`.trim())
        introduction = ''
      } else if (block.type === 'quote') {
        visit(block.blocks, questionId, true, lead)
        introduction = ''
      }
    }
  }

  visit(contribution.preamble, null, false, '')
  for (const answer of contribution.answers) visit(answer.blocks, answer.questionId, false, '')
  return sentences
}
