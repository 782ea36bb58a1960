import {createRunBuilder} from '../../runs/text-run.js'
import type {ReadContext} from '../read-context.js'
import type {Segment} from '../segment.js'
import type {Line} from './text-lines.js'

const footnotePattern = /^\[(\d{1,3})\]\s+(?=\S)/
/** The rule a word processor prints above footnotes, and the numbered notes under it. */
const footnoteRule = /^_{5,}$/
const ruledFootnotePattern = /^(\d{1,3})\s+(?=\S)/

/** Where reading the notes at the bottom of a page stands. */
export interface NoteState {
  /** Whether the lines read are notes. */
  inFootnote: boolean
  /** Whether the notes are under a rule, numbered `1 Text` rather than `[1] Text`. */
  ruled: boolean
  /** The number of the last note under a rule. */
  lastNote: number
}

/**
 * Take a line that is a rule above notes (`_____` with a note below it): from it on, lines are
 * notes numbered from the first.
 *
 * @param state
 *   The notes' state, changed when the line is a rule.
 * @param lines
 *   All the lines.
 * @param index
 *   The index of the line.
 * @returns
 *   Whether the line is such a rule (no text: it only tells that notes follow).
 */
export function takeNoteRule(state: NoteState, lines: readonly Line[], index: number): boolean {
  const line = lines[index]
  if (!line || !footnoteRule.test(line.text) || !hasFootnoteBelow(lines, index, startsRuledNote))
    return false
  state.ruled = true
  state.inFootnote = true
  let first = index + 1
  while (lines[first]?.text === '') first++
  state.lastNote = Number(ruledFootnotePattern.exec(lines[first]?.text ?? '')?.[1] ?? 1) - 1
  return true
}

/**
 * Take a line of the notes at the bottom of a page (`[1] Text`, or `1 Text` under a rule, and the
 * lines that go on from it): added to the footnote segments, the label of a note under a rule to
 * the plain markers.
 *
 * @param state
 *   The notes' state.
 * @param lines
 *   All the lines.
 * @param index
 *   The index of the line.
 * @param context
 *   The read context.
 * @param segments
 *   The segments read so far (a note's line goes on the last).
 * @param plainMarkers
 *   Labels of notes under a rule.
 * @returns
 *   Whether the line was a note's.
 */
export function takeNoteLine(
  state: NoteState,
  lines: readonly Line[],
  index: number,
  context: ReadContext,
  segments: Segment[],
  plainMarkers: Set<string>
): boolean {
  const line = lines[index]
  if (!line) return false
  // Under a rule, a line `N text` opens a note only when N follows the last note's number, so
  // that a date (`7 December 2016`) or a numbered line below the notes is not taken for one.
  const isNote = state.ruled
    ? (text: string) => isRuledNote(text, state.lastNote + 1)
    : (text: string) => footnotePattern.test(text)
  if (footnotePattern.test(line.text)) state.inFootnote = true
  // A numbered line out of sequence ends the notes.
  if (
    state.inFootnote &&
    state.ruled &&
    ruledFootnotePattern.test(line.text) &&
    !isNote(line.text)
  ) {
    state.inFootnote = false
  }

  if (!state.inFootnote) return false
  if (line.text === '') {
    state.inFootnote = hasFootnoteBelow(lines, index, isNote)
    return true
  }

  const label = addFootnoteLine(
    context,
    segments,
    line,
    state.ruled ? ruledFootnotePattern : footnotePattern
  )
  if (state.ruled && label) {
    plainMarkers.add(label)
    state.lastNote = Number(label)
  }

  return true
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
