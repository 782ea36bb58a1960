import type {Sentence} from '../../schema/block.js'
import type {Locator} from './locate.js'
import type {TextRun} from './text-run.js'

let segmenter: Intl.Segmenter | undefined

/**
 * Split a tidied run into sentences with their places.
 *
 * @param run
 *   A tidied run.
 * @param locator
 *   The source's locator.
 * @returns
 *   The sentences.
 */
export function toSentences(run: TextRun, locator: Locator): Sentence[] {
  segmenter ??= new Intl.Segmenter('en', {granularity: 'sentence'})
  const sentences: Sentence[] = []
  for (const [from, to] of chunks(run.text)) {
    for (const {segment, index} of segmenter.segment(run.text.slice(from, to))) {
      const trimmed = segment.trimEnd()
      const lead = trimmed.length - trimmed.trimStart().length
      if (trimmed.length === lead) continue
      sentences.push({
        text: trimmed.slice(lead),
        place: locator.runPlace(run, from + index + lead, from + index + trimmed.length)
      })
    }
  }

  return sentences
}

/** Longest piece of text given to the segmenter at once. */
const chunkSize = 2000

/**
 * Cut a long text into pieces of about `chunkSize` characters, after a sentence end where there is
 * one (else at a space): `Intl.Segmenter` takes time that grows with the square of the text it is
 * given, and a pathological paragraph may be megabytes long.
 */
function chunks(text: string): Array<[number, number]> {
  if (text.length <= chunkSize) return [[0, text.length]]
  const pieces: Array<[number, number]> = []
  let from = 0
  while (from < text.length) {
    if (text.length - from <= chunkSize) {
      pieces.push([from, text.length])
      break
    }

    const window = text.slice(from, from + chunkSize)
    let cut = -1
    for (const match of window.matchAll(/[.!?…]["”»’)\]]*\s+/g)) cut = match.index + match[0].length
    if (cut <= 0) cut = window.lastIndexOf(' ') + 1
    if (cut <= 0) cut = window.length
    pieces.push([from, from + cut])
    from += cut
  }

  return pieces
}
