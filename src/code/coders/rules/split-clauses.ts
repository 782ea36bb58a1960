import {normalize} from '../../../text/normalize.js'
import type {SentenceToCode} from './collect-sentences.js'

const quotation = /“([^”]{1,600})”|"([^"]{1,600})"|«([^»]{1,600})»/gu

/** A clause of a sentence, as written and folded. */
export interface Clause {
  text: string
  folded: string
  quoted: boolean
  /** The clause follows a colon: what precedes it frames it (`We propose: a new body`). */
  afterColon: boolean
}

/**
 * Split a sentence into clauses at `;`, `:` and dashes, and take text in quotation marks (four
 * words or more) out as quoted clauses.
 *
 * @param sentence
 *   A sentence to code.
 * @returns
 *   Its clauses, folded, in order.
 */
export function splitClauses(sentence: SentenceToCode): Clause[] {
  const pieces: Array<{text: string; quoted: boolean}> = []
  let last = 0
  for (const match of sentence.text.matchAll(quotation)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? ''
    if (inner.trim().split(/\s+/).length < 4) continue
    pieces.push({text: sentence.text.slice(last, match.index), quoted: sentence.quoted})
    pieces.push({text: inner, quoted: true})
    last = match.index + match[0].length
  }

  pieces.push({text: sentence.text.slice(last), quoted: sentence.quoted})
  const clauses: Clause[] = []
  for (const piece of pieces) {
    const parts = piece.text.split(/([;:—]+)/)
    for (let at = 0; at < parts.length; at += 2) {
      const text = parts[at] ?? ''
      const folded = normalize(text)
      if (folded === '') continue
      clauses.push({
        text,
        folded,
        quoted: piece.quoted,
        afterColon: (parts[at - 1] ?? '').includes(':')
      })
    }
  }

  return clauses
}
