import type {Block} from '../../schema/block.js'
import {type DraftContribution, runOf} from '../readers/draft.js'
import type {TextRun} from '../runs/text-run.js'

/** Where a run stands: a question's text, a block's, or a footnote's. */
export type RunRole = 'question' | 'block' | 'footnote'

/**
 * Walk the finished contribution once, in document order (header, preamble, each answer's
 * question then its blocks, signature, footnotes), and give each run of text with its role.
 *
 * @param contribution
 *   The contribution as read.
 * @returns
 *   The runs, each with its role.
 */
export function walkRuns(contribution: DraftContribution): Array<{run: TextRun; role: RunRole}> {
  const found: Array<{run: TextRun; role: RunRole}> = []
  const visit = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      const run = runOf(block)
      if (run) found.push({run, role: 'block'})
      else if (block.type === 'list') for (const item of block.items) visit(item.blocks)
      else if (block.type === 'quote') visit(block.blocks)
    }
  }

  visit(contribution.header)
  visit(contribution.preamble)
  for (const answer of contribution.answers) {
    if (answer.run) found.push({run: answer.run, role: 'question'})
    visit(answer.blocks)
  }

  visit(contribution.signature)
  for (const footnote of contribution.footnotes) found.push({run: footnote.run, role: 'footnote'})
  return found
}
