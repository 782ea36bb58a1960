import {tunisAgenda} from '../../consultations/tunis-agenda.js'
import type {Citation} from '../../schema/citation.js'
import type {Instrument} from '../../schema/consultation-profile.js'
import type {Locator} from '../runs/locate.js'
import type {TextRun} from '../runs/text-run.js'
import {findCitedInstrument} from './find-cited-instrument.js'

const keyword =
  /(?<![\p{L}\p{N}])(paragraphs?|paragraphes?|p[aá]rrafos?|parrafos?|paras?\.?|pars?\.|§§?)\s*(?=\d)/giu
const subFirst =
  /(?<![\p{L}\p{N}])(?:sub-?paragraph|apartado|inciso|literal|alin[ée]a)\s+\(?([a-z])\)?\s+(?:of|del|de la|du|de)\s+(?:paragraph|p[aá]rrafo|paragraphe)\s+(\d{1,3})(?!\d)/giu
const number = /^(\d{1,3})(?!\d)/
const subParagraph = /^(?:\s?\(([a-z])\)|\.([a-z])\)?(?![\p{L}\p{N}])|\s([a-z])\)|([a-z])\))/u
const listSeparator =
  /^\s*(?:,\s*(?:and\s+|y\s+|et\s+|e\s+)?|\s(?:and|y|et|e|&)\s+|;\s*)((?:paras?\.?|§)\s*)?(?=\d)/u
const rangeSeparator = /^\s*(?:-|–|—|\s(?:to|through|thru|al|a|à|au|hasta)\s)\s*(?=\d)/u

/**
 * Find citations of instruments' paragraphs (by default the Tunis Agenda's) in a run of text, in
 * English, Spanish and French spellings (`para.35.a`, `paragraph 35(a)`, `paras 69-71`, `§69`,
 * `párrafos 68 al 71`, `paragraphes 69 à 71`, `apartado a) del párrafo 35`), one citation per
 * paragraph, ranges expanded, each keyed by its instrument: the one its name says (`paragraph 5 of
 * the X`, `X, paragraph 5`), else the first (see `findCitedInstrument`). Paragraphs said to be of
 * another document (`paragraph 5 of resolution 70/125`), or above the last of their instrument,
 * are left out.
 *
 * @param run
 *   A tidied run.
 * @param locator
 *   The source's locator.
 * @param language
 *   The document's language: in Spanish and Portuguese `para` is a preposition, not a citation.
 * @param instruments
 *   The instruments whose paragraphs are cited (their ids, names and last paragraphs), from the
 *   consultation's profile; the first is the one a citation that names none is of.
 * @returns
 *   The citations.
 */
export function findCitations(
  run: TextRun,
  locator: Locator,
  language: string,
  instruments: readonly Instrument[] = [tunisAgenda]
): Citation[] {
  const lastParagraph = Math.max(...instruments.map((instrument) => instrument.paragraphs))
  const text = run.text
  if (!/\d/.test(text)) return []
  const found: Found[] = []
  const add = (instrument: Instrument, items: readonly ListItem[], start: number, end: number) => {
    // A long list is cut into its items, so that each citation's text stays short.
    const whole = end - start <= maxCitationText
    const seen = new Set<string>()
    for (const item of items) {
      if (seen.has(item.paragraph) || Number.parseInt(item.paragraph, 10) > instrument.paragraphs)
        continue
      seen.add(item.paragraph)
      found.push(
        whole
          ? {instrument: instrument.id, paragraph: item.paragraph, start, end}
          : {instrument: instrument.id, paragraph: item.paragraph, start: item.start, end: item.end}
      )
    }
  }

  const covered: Array<[number, number]> = []
  for (const match of text.matchAll(subFirst)) {
    const end = match.index + match[0].length
    covered.push([match.index, end])
    const instrument = findCitedInstrument(text, match.index, end, instruments)
    if (instrument) {
      const paragraph = `${Number(match[2])}(${(match[1] ?? '').toLowerCase()})`
      add(instrument, [{paragraph, start: match.index, end}], match.index, end)
    }
  }

  // Both the covered spans and the keywords come in text order: one pointer walks the spans.
  let span = 0
  // Where the last list read ends: a keyword inside it (`para 69 and para 70`) was read with it.
  let readUntil = 0
  for (const match of text.matchAll(keyword)) {
    const word = (match[1] ?? '').toLowerCase()
    if (word === 'para' && /^(?:es|pt|gl|ca)$/.test(language)) continue
    if (match.index < readUntil) continue
    while (span < covered.length && (covered[span]?.[1] ?? 0) <= match.index) span++
    if ((covered[span]?.[0] ?? Number.POSITIVE_INFINITY) <= match.index) continue
    const parsed = readList(text, match.index, match.index + match[0].length, lastParagraph)
    readUntil = parsed.end
    if (parsed.items.length === 0) continue
    const instrument = findCitedInstrument(text, match.index, parsed.end, instruments)
    if (!instrument) continue
    const closesOuter = text.charAt(match.index - 1) === '(' && text.charAt(parsed.end - 1) === ')'
    add(instrument, parsed.items, match.index, closesOuter ? parsed.end - 1 : parsed.end)
  }

  return foldBySentence(
    text,
    found.sort((a, b) => a.start - b.start)
  ).map(({instrument, paragraph, start, end}) => ({
    instrument,
    paragraph,
    text: text.slice(start, end),
    place: locator.runPlace(run, start, end)
  }))
}

/** Longest citation text kept whole; a longer list gives each paragraph its own item's text. */
const maxCitationText = 120

/** A sentence ends at `.`, `!` or `?` before a capital or an opening quote (not `para. 69`). */
const sentenceEnd = /[.!?…]["”»’)\]]*\s+(?=[\p{Lu}"“«(¿¡])/gu

/** A paragraph found, with the span of the text that cites it. */
interface Found {
  instrument: string
  paragraph: string
  start: number
  end: number
}

/** One citation per paragraph and sentence: `para 69 … para 69` in one sentence is one citation. */
function foldBySentence<T extends {instrument: string; paragraph: string; start: number}>(
  text: string,
  found: readonly T[]
): T[] {
  if (found.length < 2) return [...found]
  const ends = [...text.matchAll(sentenceEnd)].map((match) => match.index + match[0].length)
  const folded: T[] = []
  let sentence = 0
  let seen = new Set<string>()
  for (const citation of found) {
    let next = sentence
    while (next < ends.length && (ends[next] ?? 0) <= citation.start) next++
    if (next !== sentence) {
      sentence = next
      seen = new Set()
    }

    const key = `${citation.instrument} ${citation.paragraph}`
    if (seen.has(key)) continue
    seen.add(key)
    folded.push(citation)
  }

  return folded
}

/** One paragraph of a list, with the span of the item that names it. */
interface ListItem {
  paragraph: string
  start: number
  end: number
}

/**
 * Read `35.a) y 68 al 71` from a position: the paragraphs it names, each with the span of its item
 * (from `keywordStart` for the first), and where the list ends.
 */
function readList(
  text: string,
  keywordStart: number,
  from: number,
  lastParagraph: number
): {items: ListItem[]; end: number} {
  const items: ListItem[] = []
  let position = from
  let itemStart = keywordStart
  let rangeStart: number | undefined

  while (position < text.length) {
    const rest = text.slice(position, position + 40)
    const numeral = number.exec(rest)
    if (!numeral) break
    const value = Number(numeral[1])
    let length = numeral[0].length
    const sub = subParagraph.exec(rest.slice(length))
    let letter: string | undefined
    if (sub) {
      letter = (sub[1] ?? sub[2] ?? sub[3] ?? sub[4] ?? '').toLowerCase()
      length += sub[0].length
    }

    if (value < 1 || value > lastParagraph) break
    const end = position + length
    if (rangeStart !== undefined && !letter && value > rangeStart && value - rangeStart <= 50) {
      for (let between = rangeStart + 1; between <= value; between++)
        items.push({paragraph: String(between), start: itemStart, end})
    } else {
      items.push({paragraph: letter ? `${value}(${letter})` : String(value), start: itemStart, end})
    }

    position = end
    const after = text.slice(position, position + 20)
    const range = rangeSeparator.exec(after)
    if (range && !letter) {
      rangeStart = value
      position += range[0].length
      continue
    }

    rangeStart = undefined
    const list = listSeparator.exec(after)
    if (!list) break
    position += list[0].length
    itemStart = position - (list[1]?.length ?? 0)
  }

  return {items, end: trimEnd(text, from, position)}
}

function trimEnd(text: string, from: number, end: number): number {
  let at = end
  while (at > from && /\s/.test(text.charAt(at - 1))) at--
  return at
}
