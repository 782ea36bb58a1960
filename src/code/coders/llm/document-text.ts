import type {Block} from '../../../schema/block.js'
import type {Contribution} from '../../../schema/contribution.js'
import type {Place} from '../../../schema/place.js'

/**
 * A stretch of the text sent to the model that is the submitter's own text: where it is in the
 * text sent, and where it is in the source (its sentence's or table row's place).
 */
export interface Segment {
  readonly start: number
  readonly end: number
  readonly place: Place
  readonly questionId: string | null
}

/** The text of (a part of) a contribution as the model reads it, and what each stretch is. */
export interface DocumentText {
  readonly text: string
  readonly segments: readonly Segment[]
}

/** A run of blocks under one heading of the text sent: the preamble, an answer, the signature. */
interface Section {
  readonly heading: string | null
  readonly questionId: string | null
  readonly blocks: readonly Block[]
}

/** Longest title or submitter's name sent with each part, in characters. */
const maxHeadLine = 300

/** Characters per token in the estimate (about four for English prose with GPT-style tokenizers). */
export const charactersPerToken = 4

/**
 * A rough count of the tokens a text takes: its length over four, rounded up. Good enough to
 * decide when to split a long contribution; a server counts exactly.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / charactersPerToken)
}

/**
 * The texts sent to the model for one contribution: its title and submitter's name, then its
 * preamble, each answer under its question, and its signature, in document order. When the whole
 * takes more than `maxTokens` (estimated), it is cut between answers into parts that each fit
 * (an answer that alone does not fit is cut between its blocks), each part with the title lines.
 *
 * @param contribution
 *   A parsed contribution.
 * @param maxTokens
 *   Largest estimated size of one part.
 * @returns
 *   One text or more, with their segments.
 */
export function toDocumentTexts(contribution: Contribution, maxTokens: number): DocumentText[] {
  // Title and name are cut to a line's length: they come with every part.
  const line = (text: string) => {
    const flat = text.replace(/\s+/g, ' ').trim()
    return flat.length > maxHeadLine ? `${flat.slice(0, maxHeadLine)}…` : flat
  }
  const head = [
    ...(contribution.title ? [`Title: ${line(contribution.title)}`] : []),
    ...(contribution.submitter.name ? [`Submitted by: ${line(contribution.submitter.name)}`] : [])
  ].join('\n')
  const sections: Section[] = [
    {heading: null, questionId: null, blocks: contribution.preamble},
    ...contribution.answers.map((answer) => ({
      heading: answer.questionText
        ? answer.questionId
          ? `Question: ${answer.questionText}`
          : answer.questionText
        : null,
      questionId: answer.questionId,
      blocks: answer.blocks
    })),
    {heading: 'Signature', questionId: null, blocks: contribution.signature}
  ].filter((section) => section.blocks.length > 0)

  const whole = render(head, sections)
  if (estimateTokens(whole.text) <= maxTokens) return [whole]

  // Cut: sections that do not fit alone are cut between their blocks; then sections are packed.
  // Sizes are summed from each block's own rendering, so that cutting stays linear.
  const budget = Math.max(1, maxTokens - estimateTokens(head) - 8)
  const headingSize = (section: Section) => (section.heading ? section.heading.length + 6 : 0)
  const pieces: Array<{section: Section; size: number}> = []
  for (const original of sections) {
    // A block that alone does not fit is cut into its sentences, items or rows first.
    const fitted = fitBlocks(original.blocks, budget * charactersPerToken)
    const section = {...original, blocks: fitted.map((entry) => entry.block)}
    const sizes = fitted.map((entry) => entry.size)
    const whole = headingSize(section) + sizes.reduce((sum, size) => sum + size, 0)
    if (Math.ceil(whole / charactersPerToken) <= budget) {
      pieces.push({section, size: whole})
      continue
    }
    let blocks: Block[] = []
    let size = headingSize(section)
    for (const [index, block] of section.blocks.entries()) {
      const next = size + (sizes[index] ?? 0)
      if (blocks.length > 0 && Math.ceil(next / charactersPerToken) > budget) {
        pieces.push({section: {...section, blocks}, size})
        blocks = [block]
        size = headingSize(section) + (sizes[index] ?? 0)
      } else {
        blocks.push(block)
        size = next
      }
    }
    if (blocks.length > 0) pieces.push({section: {...section, blocks}, size})
  }

  const parts: DocumentText[] = []
  let current: Section[] = []
  let size = head.length + 1
  for (const piece of pieces) {
    if (current.length > 0 && Math.ceil((size + piece.size + 1) / charactersPerToken) > maxTokens) {
      parts.push(render(head, current))
      current = [piece.section]
      size = head.length + 1 + piece.size + 1
    } else {
      current.push(piece.section)
      size += piece.size + 1
    }
  }
  if (current.length > 0 || parts.length === 0) parts.push(render(head, current))
  return parts
}

/** The characters a block takes in the text sent. */
function sizeOf(block: Block): number {
  return render('', [{heading: null, questionId: null, blocks: [block]}]).text.length
}

/**
 * Blocks cut so that each fits in `budget` characters where it can: a paragraph or heading into
 * its sentences, a list into its items (an item into its blocks), a table into its rows, a quote
 * into its blocks. One sentence longer than the budget stays whole: it is not cut. Each block
 * comes with its size, in characters.
 */
function fitBlocks(blocks: readonly Block[], budget: number): Array<{block: Block; size: number}> {
  const fitted: Array<{block: Block; size: number}> = []
  const visit = (values: readonly Block[]) => {
    for (const block of values) {
      const size = sizeOf(block)
      const pieces = size > budget ? piecesOf(block) : []
      // Pushed one by one: a paragraph may have tens of thousands of sentences.
      if (pieces.length > 1) visit(pieces)
      else fitted.push({block, size})
    }
  }
  visit(blocks)
  return fitted
}

function piecesOf(block: Block): Block[] {
  if (block.type === 'paragraph' || block.type === 'heading')
    return block.sentences.map((sentence) => ({...block, sentences: [sentence]}))
  if (block.type === 'table') return block.rows.map((row) => ({...block, rows: [row]}))
  if (block.type === 'quote') return block.blocks.map((inner) => ({...block, blocks: [inner]}))
  if (block.type === 'list') {
    if (block.items.length > 1) return block.items.map((item) => ({...block, items: [item]}))
    const [item] = block.items
    return item ? item.blocks.map((inner) => ({...block, items: [{...item, blocks: [inner]}]})) : []
  }
  return [block]
}

function render(head: string, sections: readonly Section[]): DocumentText {
  let text = ''
  const segments: Segment[] = []
  const write = (value: string) => {
    text += value
  }
  const line = (
    prefix: string,
    pieces: ReadonlyArray<{text: string; place: Place}>,
    questionId: string | null
  ) => {
    write(prefix)
    for (const [index, piece] of pieces.entries()) {
      if (index > 0) write(' ')
      const flat = piece.text.replace(/\s+/g, ' ')
      segments.push({
        start: text.length,
        end: text.length + flat.length,
        place: piece.place,
        questionId
      })
      write(flat)
    }
    write('\n')
  }
  const blocks = (values: readonly Block[], prefix: string, questionId: string | null) => {
    for (const block of values) {
      if (block.type === 'paragraph') line(prefix, block.sentences, questionId)
      else if (block.type === 'heading') line(`${prefix}### `, block.sentences, questionId)
      else if (block.type === 'code')
        line(prefix, [{text: block.text, place: block.place}], questionId)
      else if (block.type === 'table')
        for (const row of block.rows)
          line(prefix, [{text: row.join(' | '), place: block.place}], questionId)
      else if (block.type === 'quote') blocks(block.blocks, `${prefix}> `, questionId)
      else
        for (const [index, item] of block.items.entries()) {
          const marker = block.ordered ? `${index + 1}. ` : '- '
          // The first block of an item takes the marker; the rest are indented under it.
          const [first, ...rest] = item.blocks
          if (first) blocks([first], `${prefix}${marker}`, questionId)
          blocks(rest, `${prefix}${' '.repeat(marker.length)}`, questionId)
        }
    }
  }

  if (head) write(`${head}\n`)
  for (const section of sections) {
    if (text) write('\n')
    if (section.heading) write(`## ${section.heading.replace(/\s+/g, ' ')}\n\n`)
    blocks(section.blocks, '', section.questionId)
  }
  return {text, segments}
}
