import type {ReadResult} from '../segment.js'

/** What page furniture a line is. */
export type Furniture = Extract<
  ReadResult['dropped'][number]['kind'],
  'page-number' | 'running-header'
>

/** A line of text, with where its content stands in the source and on which page. */
export interface Line {
  /** Offset of the first character of the line's content (after indentation). */
  start: number
  /** Offset of the end of the line's content (before the line ending). */
  end: number
  indent: number
  text: string
  page: number
}

/** A bullet glyph at the start of a line: `•`, `◦`, `-`, `o`, a private-use glyph, …. */
export const bulletPattern = /^([•◦▪▫■□●○·‣⁃∙➢➤►▶✓✔\-–*o\uF000-\uF8FF])\s+(?=\S)/u
const pageNumberPattern =
  /^(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page|página|pagina|p\.)\s*\d{1,4}(?:\s*(?:of|de|sur|\/)\s*\d{1,4})?|\d{1,4}\s*(?:\/|of|de|sur)\s*\d{1,4}|\d{1,4})$/iu

/**
 * Split a source into lines, trimmed, each with the page it is on (pages end at form feeds).
 *
 * @param source
 *   The source text.
 * @returns
 *   The lines.
 */
export function splitLines(source: string): Line[] {
  const lines: Line[] = []
  let page = 0
  let start = 0
  const pattern = /\r\n|[\r\n\f]/g
  const push = (from: number, to: number) => {
    const raw = source.slice(from, to)
    const indent = raw.length - raw.trimStart().length
    const text = raw.trim()
    lines.push({start: from + indent, end: from + indent + text.length, indent, text, page})
  }

  for (const match of source.matchAll(pattern)) {
    push(start, match.index)
    start = match.index + match[0].length
    if (match[0] === '\f') page++
  }

  push(start, source.length)
  return lines
}

/**
 * Page numbers, and running headers: short lines repeated at the top or bottom of two or more
 * pages (or three times, when the text has no page breaks).
 */
export function findFurniture(lines: readonly Line[]): Map<Line, Furniture> {
  const found = new Map<Line, Furniture>()
  const pages = new Map<number, Line[]>()
  for (const line of lines) {
    if (line.text === '') continue
    const list = pages.get(line.page) ?? []
    list.push(line)
    pages.set(line.page, list)
  }

  const edges = new Map<string, {lines: Line[]; pages: Set<number>}>()
  for (const pageLines of pages.values()) {
    const edge = [...pageLines.slice(0, 2), ...pageLines.slice(-2)]
    for (const line of new Set(edge)) {
      if (pageNumberPattern.test(line.text) && pages.size > 1) {
        found.set(line, 'page-number')
        continue
      }

      if (line.text.length < 8 || line.text.length > 120 || bulletPattern.test(line.text)) continue
      const key = line.text.toLowerCase().replace(/\d+/g, '#')
      const entry = edges.get(key) ?? {lines: [], pages: new Set()}
      entry.lines.push(line)
      entry.pages.add(line.page)
      edges.set(key, entry)
    }
  }

  if (pages.size <= 1) {
    for (const line of lines) {
      if (
        /^(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page|página|pagina)\s*\d{1,4}(?:\s*(?:of|de|sur)\s*\d{1,4})?)$/iu.test(
          line.text
        )
      ) {
        found.set(line, 'page-number')
      }
    }
  }

  for (const entry of edges.values()) {
    if (entry.pages.size >= 2) for (const line of entry.lines) found.set(line, 'running-header')
  }

  return found
}

/**
 * The width of the text's lines: the median length of its long lines (80 when it has none).
 *
 * @param lines
 *   The lines.
 * @returns
 *   The width, in characters.
 */
export function typicalWidth(lines: readonly Line[]): number {
  const lengths = lines
    .map((line) => line.text.length + line.indent)
    .filter((length) => length > 40)
    .sort((a, b) => a - b)
  return lengths[Math.floor(lengths.length / 2)] ?? 80
}
