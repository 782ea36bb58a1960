import type {ReadContext} from '../read-context.js'
import type {ReadResult, Segment} from '../segment.js'
import {groupBody} from './group-text-body.js'
import {type NoteState, takeNoteLine, takeNoteRule} from './text-footnotes.js'
import {findFurniture, type Line, splitLines, typicalWidth} from './text-lines.js'

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
  const segments: Segment[] = []
  const dropped: ReadResult['dropped'] = []
  const furniture = findFurniture(lines)
  const body: Array<Line | 'break'> = []
  const notes: NoteState = {inFootnote: false, ruled: false, lastNote: 0}
  let page = 0
  for (const [index, line] of lines.entries()) {
    if (line.page !== page) {
      page = line.page
      notes.inFootnote = false
      notes.ruled = false
      body.push('break')
    }

    if (takeNoteRule(notes, lines, index)) continue
    const kind = furniture.get(line)
    if (kind) {
      dropped.push({kind, text: line.text, place: context.locator.place(line.start, line.end)})
      continue
    }

    if (takeNoteLine(notes, lines, index, context, segments, plainMarkers)) continue
    body.push(line)
  }

  for (const segment of groupBody(context, body, typicalWidth(lines))) segments.push(segment)
  segments.sort((a, b) => startOf(a) - startOf(b))
  return {segments, frontMatter: undefined, plainMarkers, dropped}
}

function startOf(segment: Segment): number {
  if (segment.kind === 'text' || segment.kind === 'footnote') return segment.place.start.offset
  return segment.block.place.start.offset
}
