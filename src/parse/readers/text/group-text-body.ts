import type {ReadContext} from '../read-context.js'
import type {Segment} from '../segment.js'
import type {Line} from './text-lines.js'
import {levelOf, linesRun, listSegment, type OpenItem, readBullet} from './text-list.js'

const questionLabelPattern = /^(?:question|pregunta|q)\s*\d{1,2}\b/iu
const numberedPattern = /^(?:\d{1,2}|[a-z])[.)]\s+(?=\S)/u

/**
 * Group the lines of a text's body into paragraphs and lists: a blank line or a page break ends
 * a paragraph unless the next line goes on with it (lower case after no closing punctuation), a
 * bullet opens an item, an indented line goes on with the item above it.
 *
 * @param context
 *   The read context.
 * @param body
 *   The body's lines, with `break` where a page ends.
 * @param width
 *   The text's typical line width.
 * @returns
 *   The segments.
 */
export function groupBody(
  context: ReadContext,
  body: ReadonlyArray<Line | 'break'>,
  width: number
): Segment[] {
  const grouper = new BodyGrouper(context, width)
  for (const entry of body) grouper.add(entry)
  grouper.closeParagraph()
  grouper.closeList()
  return grouper.segments
}

class BodyGrouper {
  readonly segments: Segment[] = []
  paragraph: Line[] = []
  items: OpenItem[] = []
  readonly glyphLevels: string[] = []
  pendingBreak = false
  blank = false

  constructor(
    readonly context: ReadContext,
    readonly width: number
  ) {}

  closeParagraph() {
    if (this.paragraph.length > 0) this.segments.push(textSegment(this.context, this.paragraph))
    this.paragraph = []
  }

  closeList() {
    if (this.items.length > 0) this.segments.push(listSegment(this.context, this.items))
    this.items = []
  }

  add(entry: Line | 'break') {
    if (entry === 'break') {
      this.pendingBreak = true
      return
    }

    const line = entry
    if (line.text === '') {
      this.blank = true
      return
    }

    const bullet = readBullet(line)
    if ((this.pendingBreak || this.blank) && this.afterBreak(line, bullet !== undefined)) return
    if (bullet) {
      this.closeParagraph()
      const level = levelOf(this.glyphLevels, bullet.glyph, line.indent, this.items)
      this.items.push({level, indent: line.indent, glyph: bullet.glyph, lines: [line], bullet})
      return
    }

    if (this.items.length > 0) {
      const item = this.items.at(-1)
      if (item && line.indent > item.indent) {
        item.lines.push(line)
        return
      }

      this.closeList()
    }

    if (
      this.paragraph.length > 0 &&
      (questionLabelPattern.test(line.text) ||
        numberedPattern.test(line.text) ||
        endsParagraph(this.paragraph.at(-1), this.width) ||
        standsAlone(this.paragraph.at(-1), line, this.width))
    ) {
      this.closeParagraph()
    }

    this.paragraph.push(line)
    if (questionLabelPattern.test(line.text) && line.text.length < 40) this.closeParagraph()
  }

  /** After a blank line or a page break: whether the line goes on with the text before it. */
  afterBreak(line: Line, bullet: boolean): boolean {
    const last = this.paragraph.at(-1) ?? this.items.at(-1)?.lines.at(-1)
    const continues =
      last !== undefined &&
      !bullet &&
      !/[.!?:;]["”»)]*$/u.test(last.text) &&
      /^[\p{Ll}(]/u.test(line.text)
    this.pendingBreak = false
    const wasBlank = this.blank
    this.blank = false
    if (continues) {
      if (this.paragraph.length > 0) this.paragraph.push(line)
      else this.items.at(-1)?.lines.push(line)
      return true
    }

    // A list that goes on after a page break is kept open.
    if (!(bullet && this.items.length > 0 && !wasBlank)) {
      this.closeParagraph()
      if (!bullet) this.closeList()
    }

    return false
  }
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
