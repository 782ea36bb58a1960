import type {Paragraph, Sentence} from '../schema/block.js'
import type {Place} from '../schema/place.js'
import type {Locator} from './locate.js'
import {type TextRun, tidyRun} from './text-run.js'

/** What readers share while they turn a source into segments. */
export interface ReadContext {
  readonly source: string
  readonly locator: Locator
  /** Footnote markers found in paragraph text, by label. */
  readonly markers: Array<{label: string; place: Place}>
  /** Every paragraph's tidied text, for citations and references. */
  readonly runs: TextRun[]
  /**
   * Labels of footnotes printed below a rule in text from a PDF, whose markers in the text are
   * plain digits after a word (`Tunis Agenda.1`): only these labels are taken for markers.
   */
  readonly plainMarkers: Set<string>
}

const superscripts: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9'
}

/** Footnote markers: Unicode superscripts after a letter, digit or punctuation, `[^x]`, and `[12]`. */
const markerPattern =
  /(?<=[\p{L}\p{N}\p{P}])([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|\[\^([^\]\s]{1,20})\]|\[(\d{1,3})\]/gu

/** A plain number right after a word or its closing punctuation, before a space or the end. */
const plainMarkerPattern = /(?<=[\p{L}.,;:)\]”’"])(\d{1,3})(?!\S)/gu

/**
 * Read the label of a superscript number.
 *
 * @param value
 *   Superscript digits such as `¹²`.
 * @returns
 *   Plain digits such as `12`.
 */
export function fromSuperscript(value: string): string {
  return [...value].map((character) => superscripts[character] ?? character).join('')
}

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

/**
 * Build a paragraph block from an untidied run, recording the footnote markers it holds.
 *
 * @param context
 *   The read context.
 * @param raw
 *   The paragraph's text as read.
 * @param place
 *   The place of the whole paragraph (markup included).
 * @returns
 *   The paragraph block.
 */
export function toParagraph(context: ReadContext, raw: TextRun, place?: Place): Paragraph {
  const run = tidyRun(raw)
  recordMarkers(context, run)
  context.runs.push(run)
  return {
    type: 'paragraph',
    text: run.text,
    sentences: toSentences(run, context.locator),
    place: place ?? context.locator.runPlace(run)
  }
}

/**
 * Record the footnote markers in a tidied run.
 *
 * @param context
 *   The read context.
 * @param run
 *   A tidied run.
 */
export function recordMarkers(context: ReadContext, run: TextRun): void {
  if (context.plainMarkers.size > 0) {
    for (const match of run.text.matchAll(plainMarkerPattern)) {
      const label = match[1] ?? ''
      if (!context.plainMarkers.has(label)) continue
      pushMarker(
        context,
        label,
        context.locator.runPlace(run, match.index, match.index + label.length)
      )
    }
  }

  if (!/[⁰¹²³⁴⁵⁶⁷⁸⁹[]/u.test(run.text)) return
  for (const match of run.text.matchAll(markerPattern)) {
    const label = match[1] ? fromSuperscript(match[1]) : (match[2] ?? match[3] ?? '')
    const start = match.index + (match[0].length - (match[1] ?? match[0]).length)
    pushMarker(context, label, context.locator.runPlace(run, start, match.index + match[0].length))
  }
}

/** A marker at a place is one marker, however many blocks are built from the text around it. */
function pushMarker(context: ReadContext, label: string, place: Place) {
  let seen = recorded.get(context)
  if (!seen) {
    seen = new Set()
    recorded.set(context, seen)
  }

  const key = `${label}@${place.start.offset}`
  if (seen.has(key)) return
  seen.add(key)
  context.markers.push({label, place})
}

const recorded = new WeakMap<ReadContext, Set<string>>()
