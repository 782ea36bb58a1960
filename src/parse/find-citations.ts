import type {Citation} from '../schema/citation.js'
import type {Locator} from './locate.js'
import type {TextRun} from './text-run.js'

const keyword =
  /(?<![\p{L}\p{N}])(paragraphs?|paragraphes?|p[aá]rrafos?|parrafos?|paras?\.?|pars?\.|§§?)\s*(?=\d)/giu
const subFirst =
  /(?<![\p{L}\p{N}])(?:sub-?paragraph|apartado|inciso|literal|alin[ée]a)\s+\(?([a-z])\)?\s+(?:of|del|de la|du|de)\s+(?:paragraph|p[aá]rrafo|paragraphe)\s+(\d{1,3})(?!\d)/giu
const number = /^(\d{1,3})(?!\d)/
const subParagraph = /^(?:\s?\(([a-z])\)|\.([a-z])\)?(?![\p{L}\p{N}])|\s([a-z])\)|([a-z])\))/u
const listSeparator =
  /^\s*(?:,\s*(?:and\s+|y\s+|et\s+|e\s+)?|\s(?:and|y|et|e|&)\s+|;\s*)(?:(?:paras?\.?|§)\s*)?(?=\d)/u
const rangeSeparator = /^\s*(?:-|–|—|\s(?:to|through|thru|al|a|à|au|hasta)\s)\s*(?=\d)/u
const otherInstrumentAfter =
  /^\s*,?\s*(?:of|in|del?|de la|du|des|in the)\s+(?:the\s+|la\s+|el\s+|l['’]|le\s+)?(?:(?:general assembly |unga |ga )?resolution|resoluci[oó]n|r[ée]solution|geneva|ginebra|gen[eè]ve|wsis\s*\+\s*10|outcome|documento final|document final|declaration|declaraci[oó]n|d[ée]claration|a\/res|plan of action|plan de acci[oó]n|plan d['’]action|charter|carta|charte|convention|convenci[oó]n)/iu
const otherInstrumentBefore =
  /(?:resolution|resoluci[oó]n|r[ée]solution|a\/res\/[\w/.]+|outcome document|documento final|document final|declaration|declaraci[oó]n|d[ée]claration|plan of action)\s*[\d/.]*\s*,?\s*$/iu

/** Paragraphs of the Tunis Agenda: a number above this is not a citation of it. */
const lastParagraph = 122

/**
 * Find citations of Tunis Agenda paragraphs in a run of text, in English, Spanish and French
 * spellings (`para.35.a`, `paragraph 35(a)`, `paras 69-71`, `§69`, `párrafos 68 al 71`,
 * `paragraphes 69 à 71`, `apartado a) del párrafo 35`), one citation per paragraph, ranges expanded.
 * Paragraphs said to be of another instrument (`paragraph 5 of resolution 70/125`) are left out.
 *
 * @param run
 *   A tidied run.
 * @param locator
 *   The source's locator.
 * @param language
 *   The document's language: in Spanish and Portuguese `para` is a preposition, not a citation.
 * @returns
 *   The citations.
 */
export function findCitations(run: TextRun, locator: Locator, language: string): Citation[] {
  const text = run.text
  if (!/\d/.test(text)) return []
  const citations: Citation[] = []
  const add = (paragraphs: string[], start: number, end: number) => {
    const place = locator.runPlace(run, start, end)
    const written = text.slice(start, end)
    for (const paragraph of paragraphs) {
      citations.push({instrument: 'tunis-agenda', paragraph, text: written, place})
    }
  }

  const covered: Array<[number, number]> = []
  for (const match of text.matchAll(subFirst)) {
    covered.push([match.index, match.index + match[0].length])
    const paragraph = Number(match[2])
    if (
      paragraph <= lastParagraph &&
      !otherInstrumentAfter.test(
        text.slice(match.index + match[0].length, match.index + match[0].length + 80)
      )
    ) {
      add(
        [`${paragraph}(${(match[1] ?? '').toLowerCase()})`],
        match.index,
        match.index + match[0].length
      )
    }
  }

  for (const match of text.matchAll(keyword)) {
    const word = (match[1] ?? '').toLowerCase()
    if (word === 'para' && /^(?:es|pt|gl|ca)$/.test(language)) continue
    if (covered.some(([start, end]) => match.index >= start && match.index < end)) continue
    const parsed = readList(text, match.index + match[0].length)
    if (parsed.paragraphs.length === 0) continue
    if (otherInstrumentAfter.test(text.slice(parsed.end, parsed.end + 80))) continue
    if (otherInstrumentBefore.test(text.slice(Math.max(0, match.index - 60), match.index))) continue
    const closesOuter = text.charAt(match.index - 1) === '(' && text.charAt(parsed.end - 1) === ')'
    add(parsed.paragraphs, match.index, closesOuter ? parsed.end - 1 : parsed.end)
  }

  return citations.sort((a, b) => a.place.start.offset - b.place.start.offset)
}

/** Read `35.a) y 68 al 71` from a position: the paragraphs it names and where it ends. */
function readList(text: string, from: number): {paragraphs: string[]; end: number} {
  const paragraphs: string[] = []
  let position = from
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
    if (rangeStart !== undefined && !letter && value > rangeStart && value - rangeStart <= 50) {
      for (let between = rangeStart + 1; between <= value; between++)
        paragraphs.push(String(between))
    } else {
      paragraphs.push(letter ? `${value}(${letter})` : String(value))
    }

    position += length
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
  }

  return {paragraphs, end: trimEnd(text, from, position)}
}

function trimEnd(text: string, from: number, end: number): number {
  let at = end
  while (at > from && /\s/.test(text.charAt(at - 1))) at--
  return at
}
