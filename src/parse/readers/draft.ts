import type {Answer} from '../../schema/answer.js'
import type {Block} from '../../schema/block.js'
import type {Place} from '../../schema/place.js'
import type {TextRun} from '../runs/text-run.js'

/**
 * A block as read, with the tidied run its text came from (each character's source offset), so
 * that what can be derived from the finished contribution (citations, references, footnote
 * markers) is found in one walk over it, with exact places. Paragraphs and headings have one.
 */
export type WithRun<T> = T & {readonly run: TextRun}

/** An answer as read: the question's run too, whose footnote markers count. */
export type DraftAnswer = Answer & {readonly run?: TextRun | undefined}

/** A footnote as read, before the markers that refer to it are linked. */
export interface DraftFootnote {
  label: string
  text: string
  place: Place
  run: TextRun
}

/** The parts of a contribution as read, in document order, that hold text. */
export interface DraftContribution {
  header: readonly Block[]
  preamble: readonly Block[]
  answers: readonly DraftAnswer[]
  signature: readonly Block[]
  footnotes: readonly DraftFootnote[]
}

/**
 * The run of a block as read, if it has one (a paragraph or a heading).
 *
 * @param block
 *   A block.
 * @returns
 *   Its run.
 */
export function runOf(block: Block): TextRun | undefined {
  return 'run' in block ? (block as WithRun<Block>).run : undefined
}

/**
 * Blocks without the runs they were read with, as the contribution gives them.
 *
 * @param blocks
 *   Blocks as read.
 * @returns
 *   New blocks, with the same fields in the same order, and no run.
 */
export function withoutRuns(blocks: readonly Block[]): Block[] {
  return blocks.map((block) => withoutRun(block))
}

function withoutRun(block: Block): Block {
  switch (block.type) {
    case 'paragraph':
    case 'heading': {
      const {run: _run, ...rest} = block as WithRun<typeof block>
      return rest
    }

    case 'list': {
      return {
        ...block,
        items: block.items.map((item) => ({...item, blocks: withoutRuns(item.blocks)}))
      }
    }

    case 'quote': {
      return {...block, blocks: withoutRuns(block.blocks)}
    }

    default: {
      return block
    }
  }
}

/**
 * Answers without the runs they were read with.
 *
 * @param answers
 *   Answers as read.
 * @returns
 *   New answers, with the same fields in the same order.
 */
export function answersWithoutRuns(answers: readonly DraftAnswer[]): Answer[] {
  return answers.map(({run: _run, ...answer}) => ({...answer, blocks: withoutRuns(answer.blocks)}))
}
