import type {Contribution} from '../schema/contribution.js'

/** What `toPlainText` returns. */
export interface PlainText {
  /** The text: every sentence as read, in document order. */
  readonly text: string
  /**
   * Where each sentence is in `text`, by the offset of its start in the source: start and end
   * (exclusive) in UTF-16 code units.
   */
  readonly sentences: ReadonlyMap<number, {readonly start: number; readonly end: number}>
}

interface Piece {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly line: number
  readonly endLine: number
}

/**
 * The plain text of a contribution as `wgec` read it: every sentence (and question, and
 * footnote) in the order of the source, without markup, a sentence of the same line or
 * paragraph after a space, a new line after a new line, and a blank line where the source has
 * one. Every evidence quote is a sentence, so it is found verbatim at the offsets this gives.
 *
 * @param contribution
 *   A contribution as parsed (with its blocks).
 * @returns
 *   The text and where each sentence is in it.
 * @example
 *   toPlainText(contribution).text.startsWith('Contribution of') // => true
 */
export function toPlainText(contribution: Contribution): PlainText {
  const pieces: Piece[] = []
  const collect = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const item of value) collect(item)
      return
    }
    if (!value || typeof value !== 'object') return
    const record = value as Record<string, unknown>
    if (Array.isArray(record.sentences)) {
      for (const sentence of record.sentences as Array<{text: string; place: Span}>) {
        pieces.push({text: sentence.text, ...span(sentence.place)})
      }
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'sentences') collect(child)
  }
  collect([contribution.header.blocks, contribution.preamble])
  for (const answer of contribution.answers) {
    pieces.push({text: answer.questionText, ...span(answer.place)})
    collect(answer.blocks)
  }
  collect(contribution.signature)
  for (const footnote of contribution.footnotes) {
    pieces.push({text: `${footnote.label}. ${footnote.text}`, ...span(footnote.place)})
  }

  pieces.sort((a, b) => a.start - b.start || b.end - a.end)
  let text = ''
  let last: Piece | undefined
  const sentences = new Map<number, {start: number; end: number}>()
  for (const piece of pieces) {
    // A question or heading may hold sentences of its own: keep the outer piece only once.
    if (last && piece.start < last.end) {
      if (piece.start === last.start && piece.text === last.text) continue
      if (!sentences.has(piece.start) && last.text.includes(piece.text)) {
        const at = text.length - last.text.length + last.text.indexOf(piece.text)
        sentences.set(piece.start, {start: at, end: at + piece.text.length})
      }
      continue
    }
    if (last)
      text += piece.line > last.endLine + 1 ? '\n\n' : piece.line > last.endLine ? '\n' : ' '
    sentences.set(piece.start, {start: text.length, end: text.length + piece.text.length})
    text += piece.text
    last = piece
  }

  return {text: text === '' ? '' : `${text}\n`, sentences}
}

interface Span {
  readonly start: {readonly line: number; readonly offset: number}
  readonly end: {readonly line: number; readonly offset: number}
}

function span(place: Span) {
  return {
    start: place.start.offset,
    end: place.end.offset,
    line: place.start.line,
    endLine: place.end.line
  }
}
