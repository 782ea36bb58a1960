import type {Block, ListItem} from '../schema/block.js'
import type {ReadContext} from './read-context.js'
import type {ItemSegment, ReadResult, Segment} from './segment.js'
import {createRunBuilder, type TextRun} from './text-run.js'
import {toParagraph} from './to-paragraph.js'

interface Line {
  /** Offset of the first character of the line's content (after indentation). */
  start: number
  /** Offset of the end of the line's content (before the line ending). */
  end: number
  indent: number
  text: string
  page: number
}

interface Bullet {
  glyph: string
  /** Offset where the item's text starts (after the glyph and its spaces). */
  contentStart: number
}

const bulletPattern = /^([•◦▪▫■□●○·‣⁃∙➢➤►▶✓✔\-–*o\uF000-\uF8FF])\s+(?=\S)/u
const pageNumberPattern =
  /^(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page|página|pagina|p\.)\s*\d{1,4}(?:\s*(?:of|de|sur|\/)\s*\d{1,4})?|\d{1,4}\s*(?:\/|of|de|sur)\s*\d{1,4}|\d{1,4})$/iu
const footnotePattern = /^\[(\d{1,3})\]\s+(?=\S)/
/** The rule a word processor prints above footnotes, and the numbered notes under it. */
const footnoteRule = /^_{5,}$/
const ruledFootnotePattern = /^(\d{1,3})\s+(?=\S)/
const questionLabelPattern = /^(?:question|pregunta|q)\s*\d{1,2}\b/iu
const numberedPattern = /^(?:\d{1,2}|[a-z])[.)]\s+(?=\S)/u

/**
 * Read text extracted from a PDF (or a Word "save as text"): hard-wrapped lines, hyphenated words,
 * page numbers and running headers, bullets as `•`, `o`, `-` or private-use glyphs, and
 * footnotes as `[1]` at page bottoms.
 *
 * @param context
 *   The read context.
 * @returns
 *   The segments, and the page furniture that was dropped.
 */
export function readText(context: ReadContext): ReadResult {
  const lines = splitLines(context.source)
  const plainMarkers = new Set<string>()
  const result: ReadResult = {
    segments: [],
    frontMatter: undefined,
    plainMarkers,
    dropped: []
  }
  const furniture = findFurniture(lines)
  const width = typicalWidth(lines)
  const body: Array<Line | 'break'> = []
  let page = 0
  let inFootnote = false
  // Under a rule, notes are numbered `1 Text` rather than `[1] Text`.
  let ruled = false
  let lastNote = 0

  for (const [index, line] of lines.entries()) {
    if (line.page !== page) {
      page = line.page
      inFootnote = false
      ruled = false
      body.push('break')
    }

    if (footnoteRule.test(line.text) && hasFootnoteBelow(lines, index, startsRuledNote)) {
      // The rule itself is no text: it only tells that notes follow, numbered from the first.
      ruled = true
      inFootnote = true
      let first = index + 1
      while (lines[first]?.text === '') first++
      lastNote = Number(ruledFootnotePattern.exec(lines[first]?.text ?? '')?.[1] ?? 1) - 1
      continue
    }

    const kind = furniture.get(line)
    if (kind) {
      result.dropped.push({
        kind,
        text: line.text,
        place: context.locator.place(line.start, line.end)
      })
      continue
    }

    // Under a rule, a line `N text` opens a note only when N follows the last note's number, so
    // that a date (`7 December 2016`) or a numbered line below the notes is not taken for one.
    const isNote = ruled
      ? (text: string) => isRuledNote(text, lastNote + 1)
      : (text: string) => footnotePattern.test(text)
    if (footnotePattern.test(line.text)) inFootnote = true
    // A numbered line out of sequence ends the notes.
    if (inFootnote && ruled && ruledFootnotePattern.test(line.text) && !isNote(line.text)) {
      inFootnote = false
    }

    if (inFootnote) {
      if (line.text === '') {
        inFootnote = hasFootnoteBelow(lines, index, isNote)
        continue
      }

      const label = addFootnoteLine(
        context,
        result.segments,
        line,
        ruled ? ruledFootnotePattern : footnotePattern
      )
      if (ruled && label) {
        plainMarkers.add(label)
        lastNote = Number(label)
      }

      continue
    }

    body.push(line)
  }

  for (const segment of groupBody(context, body, width)) result.segments.push(segment)
  result.segments.sort((a, b) => startOf(a) - startOf(b))
  return result
}

function startOf(segment: Segment): number {
  if (segment.kind === 'text' || segment.kind === 'footnote') return segment.place.start.offset
  return segment.block.place.start.offset
}

function splitLines(source: string): Line[] {
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
function findFurniture(lines: readonly Line[]): Map<Line, 'page-number' | 'running-header'> {
  const found = new Map<Line, 'page-number' | 'running-header'>()
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

function typicalWidth(lines: readonly Line[]): number {
  const lengths = lines
    .map((line) => line.text.length + line.indent)
    .filter((length) => length > 40)
    .sort((a, b) => a - b)
  return lengths[Math.floor(lengths.length / 2)] ?? 80
}

/** The first note under a rule: any number. */
function startsRuledNote(text: string): boolean {
  return ruledFootnotePattern.test(text)
}

function isRuledNote(text: string, expected: number): boolean {
  const match = ruledFootnotePattern.exec(text)
  return match !== null && Number(match[1]) === expected
}

function hasFootnoteBelow(
  lines: readonly Line[],
  index: number,
  isNote: (text: string) => boolean
): boolean {
  const page = lines[index]?.page
  for (let at = index + 1; at < lines.length; at++) {
    const next = lines[at]
    if (!next || next.page !== page) return false
    if (next.text === '') continue
    return isNote(next.text)
  }

  return false
}

/** Add a line to the footnotes: a new note when it starts with a label, else the last note's. */
function addFootnoteLine(
  context: ReadContext,
  segments: Segment[],
  line: Line,
  pattern: RegExp
): string | undefined {
  const match = pattern.exec(line.text)
  const last = segments.at(-1)
  if (!match && last?.kind === 'footnote') {
    const builder = createRunBuilder()
    builder.run(last.run)
    builder.virtual('\n', line.start)
    builder.source(context.source, line.start, line.end)
    last.run = builder.build()
    last.place = {start: last.place.start, end: context.locator.point(line.end)}
    return undefined
  }

  const contentStart = line.start + (match ? match[0].length : 0)
  const builder = createRunBuilder()
  builder.source(context.source, contentStart, line.end)
  segments.push({
    kind: 'footnote',
    label: match?.[1] ?? '',
    run: builder.build(),
    place: context.locator.place(line.start, line.end)
  })
  return match?.[1]
}

interface OpenItem {
  level: number
  indent: number
  glyph: string
  lines: Line[]
  bullet: Bullet
}

/** Group body lines into paragraphs and lists. */
function groupBody(context: ReadContext, body: Array<Line | 'break'>, width: number): Segment[] {
  const segments: Segment[] = []
  let paragraph: Line[] = []
  let items: OpenItem[] = []
  const glyphLevels: string[] = []

  const closeParagraph = () => {
    if (paragraph.length > 0) segments.push(textSegment(context, paragraph))
    paragraph = []
  }

  const closeList = () => {
    if (items.length > 0) segments.push(listSegment(context, items))
    items = []
  }

  let pendingBreak = false
  let blank = false
  for (const entry of body) {
    if (entry === 'break') {
      pendingBreak = true
      continue
    }

    const line = entry
    if (line.text === '') {
      blank = true
      continue
    }

    const bullet = readBullet(line)
    const last = paragraph.at(-1) ?? items.at(-1)?.lines.at(-1)
    const continues =
      last !== undefined &&
      !bullet &&
      !/[.!?:;]["”»)]*$/u.test(last.text) &&
      /^[\p{Ll}(]/u.test(line.text)

    if (pendingBreak || blank) {
      pendingBreak = false
      const wasBlank = blank
      blank = false
      if (continues) {
        appendLine(paragraph, items, line)
        continue
      }

      if (bullet && items.length > 0 && !wasBlank) {
        // A list that goes on after a page break.
      } else {
        closeParagraph()
        if (!bullet) closeList()
      }
    }

    if (bullet) {
      closeParagraph()
      const level = levelOf(glyphLevels, bullet.glyph, line.indent, items)
      items.push({level, indent: line.indent, glyph: bullet.glyph, lines: [line], bullet})
      continue
    }

    if (items.length > 0) {
      const item = items.at(-1)
      if (item && line.indent > item.indent) {
        item.lines.push(line)
        continue
      }

      closeList()
    }

    if (
      paragraph.length > 0 &&
      (questionLabelPattern.test(line.text) ||
        numberedPattern.test(line.text) ||
        endsParagraph(paragraph.at(-1), width) ||
        standsAlone(paragraph.at(-1), line, width))
    ) {
      closeParagraph()
    }

    paragraph.push(line)
    if (questionLabelPattern.test(line.text) && line.text.length < 40) closeParagraph()
  }

  closeParagraph()
  closeList()
  return segments
}

function appendLine(paragraph: Line[], items: OpenItem[], line: Line) {
  if (paragraph.length > 0) paragraph.push(line)
  else items.at(-1)?.lines.push(line)
}

/**
 * In text whose paragraphs are each one long line, a short line without closing punctuation
 * before a capitalised one is a line of its own: a title, a date or a heading (`Microsoft
 * submission for NETmundial`, then `March 7, 2014`).
 */
function standsAlone(line: Line | undefined, next: Line, width: number): boolean {
  return (
    // Only where paragraphs are one long line each (Word saved as text): in hard-wrapped text a
    // title wraps onto short lines too.
    width > 120 &&
    line !== undefined &&
    line.text.length + line.indent < width * 0.6 &&
    !/[.!?:;,\-–]["”»)]*$/u.test(line.text) &&
    // A form's field may wrap onto a line of capitals (`Area: … PRINCIPLES AND` / `ROADMAP`).
    !/\s(?:and|or|of|the|for|to|in|on|de|del|et|y|e|du|des)$/iu.test(line.text) &&
    !/^[\p{L} ’'()/-]{1,40}:/u.test(line.text) &&
    !/^[\p{L} ’'()/-]{1,40}:/u.test(next.text) &&
    /^[\p{Lu}\d]/u.test(next.text)
  )
}

function endsParagraph(line: Line | undefined, width: number): boolean {
  if (!line) return false
  return (
    /[?]["”»)]*$/u.test(line.text) ||
    (/[.!:]["”»)]*$/u.test(line.text) && line.text.length + line.indent < width * 0.7)
  )
}

function readBullet(line: Line): Bullet | undefined {
  const match = bulletPattern.exec(line.text)
  if (!match) return undefined
  return {glyph: match[1] ?? '', contentStart: line.start + match[0].length}
}

function levelOf(
  glyphLevels: string[],
  glyph: string,
  indent: number,
  items: readonly OpenItem[]
): number {
  const first = items[0]
  if (first && indent > first.indent) {
    let previous: OpenItem | undefined
    for (let index = items.length - 1; index >= 0 && !previous; index--) {
      const item = items[index]
      if (item && item.indent < indent) previous = item
    }

    return Math.min(maxLevel, (previous?.level ?? 0) + 1)
  }

  if (!glyphLevels.includes(glyph)) glyphLevels.push(glyph)
  return first ? Math.min(maxLevel, glyphLevels.indexOf(glyph)) : 0
}

/** Deepest list level read from text; deeper items stay at this level. */
const maxLevel = 32

function textSegment(context: ReadContext, lines: readonly Line[]): Segment {
  const run = linesRun(context, lines, lines[0]?.start ?? 0)
  const first = lines[0]
  const last = lines.at(-1)
  return {
    kind: 'text',
    emphasis: 'plain',
    depth: 0,
    run,
    place: context.locator.place(first?.start ?? 0, last?.end ?? 0)
  }
}

function linesRun(context: ReadContext, lines: readonly Line[], start: number): TextRun {
  const builder = createRunBuilder()
  for (const [index, line] of lines.entries()) {
    if (index > 0) builder.virtual('\n', lines[index - 1]?.end ?? line.start)
    builder.source(context.source, index === 0 ? start : line.start, line.end)
  }

  return builder.build()
}

function listSegment(context: ReadContext, items: readonly OpenItem[]): Segment {
  const nested = nest(items, 0, items.length)
  const segments = nested.map((node) => toItemSegment(context, node))
  const first = items[0]?.lines[0]
  const last = items.at(-1)?.lines.at(-1)
  return {
    kind: 'list',
    block: {
      type: 'list',
      ordered: false,
      items: segments.map((segment) => segment.block),
      place: context.locator.place(first?.start ?? 0, last?.end ?? 0)
    },
    items: segments
  }
}

interface ItemNode {
  item: OpenItem
  children: ItemNode[]
}

function nest(items: readonly OpenItem[], from: number, to: number): ItemNode[] {
  const nodes: ItemNode[] = []
  let index = from
  while (index < to) {
    const item = items[index]
    if (!item) break
    let end = index + 1
    while (end < to && (items[end]?.level ?? 0) > item.level) end++
    nodes.push({item, children: nest(items, index + 1, end)})
    index = end
  }

  return nodes
}

function toItemSegment(context: ReadContext, node: ItemNode): ItemSegment {
  const first = linesRun(context, node.item.lines, node.item.bullet.contentStart)
  const firstPlace = context.locator.place(
    node.item.bullet.contentStart,
    node.item.lines.at(-1)?.end ?? 0
  )
  const paragraph = toParagraph(context, first, firstPlace)
  const rest: Block[] = []
  if (node.children.length > 0) {
    const children = node.children.map((child) => toItemSegment(context, child).block)
    rest.push({
      type: 'list',
      ordered: false,
      items: children,
      place: {
        start: children[0]?.place.start ?? firstPlace.start,
        end: children.at(-1)?.place.end ?? firstPlace.end
      }
    })
  }

  const start = node.item.lines[0]?.start ?? 0
  const block: ListItem = {
    type: 'listItem',
    blocks: [paragraph, ...rest],
    place: {start: context.locator.point(start), end: rest.at(-1)?.place.end ?? firstPlace.end}
  }
  return {block, number: undefined, first, firstPlace, rest}
}
