import type {Segment, TextSegment} from '../readers/segment.js'
import type {Locator} from '../runs/locate.js'
import {sliceRun, type TextRun, tidyRun} from '../runs/text-run.js'
import type {FieldLabels} from '../words/collect-field-labels.js'
import {type FieldLine, readField} from '../words/read-field.js'

/** A line that names the section after it in a web-form record (`Abstract`, `Document`). */
const sectionLabel =
  /^(?:abstract|summary|document|text|full text|resumen|texto|documento|r[ée]sum[ée]|texte)$/iu
/** How many segments from the top a form's fields may start in. */
const reach = 6

/**
 * Split the labelled fields of a form record out of the paragraph they share with its title and
 * text (web records put them on consecutive lines): the lines before the first field become a
 * `title` segment, the fields (with the lines their values wrap onto) a `fields` segment, and a
 * section label line (`Abstract`, `Document`) a `label` segment; the rest stays text. A paragraph
 * is taken for a form when it has at least two known fields.
 *
 * @param segments
 *   The document's segments.
 * @param locator
 *   The source locator, for the places of the parts.
 * @param labels
 *   The labels of known fields (see `collectFieldLabels`).
 * @returns
 *   The segments, with form paragraphs split.
 */
export function splitFormFields(
  segments: readonly Segment[],
  locator: Locator,
  labels: FieldLabels
): Segment[] {
  const result: Segment[] = []
  for (const [index, segment] of segments.entries()) {
    const parts =
      index < reach && segment.kind === 'text' && segment.emphasis !== 'heading'
        ? splitSegment(segment, locator, labels)
        : undefined
    if (parts) result.push(...parts)
    else result.push(segment)
  }

  return result
}

interface Line {
  start: number
  end: number
  text: string
  field: FieldLine | undefined
}

function splitSegment(
  segment: TextSegment,
  locator: Locator,
  labels: FieldLabels
): TextSegment[] | undefined {
  const lines = linesOf(segment.run.text, labels)
  const first = lines.findIndex((line) => line.field?.name !== undefined)
  if (first === -1 || first > 3) return undefined
  let known = 0
  let last = first
  for (let index = first; index < lines.length; index++) {
    const line = lines[index]
    if (!line || sectionLabel.test(line.text)) break
    if (line.field?.name !== undefined) known++
    last = index
  }

  if (known < 2) return undefined
  const parts: TextSegment[] = []
  const push = (from: number, to: number, role: TextSegment['role']) => {
    const start = lines[from]?.start
    const end = lines[to]?.end
    if (start === undefined || end === undefined || from > to) return
    const run = sliceRun(segment.run, start, end)
    if (!run.text.trim()) return
    parts.push({
      kind: 'text',
      emphasis: role === 'label' ? 'strong' : 'plain',
      depth: 0,
      run,
      place: locator.runPlace(tidyRun(run)),
      ...(role ? {role} : {})
    })
  }

  push(0, first - 1, 'title')
  push(first, last, 'fields')
  let from = last + 1
  for (let index = last + 1; index < lines.length; index++) {
    const line = lines[index]
    if (line && sectionLabel.test(line.text)) {
      push(from, index - 1, undefined)
      push(index, index, 'label')
      from = index + 1
    }
  }

  push(from, lines.length - 1, undefined)
  return parts
}

function linesOf(text: string, labels: FieldLabels): Line[] {
  const lines: Line[] = []
  let start = 0
  while (start <= text.length) {
    const stop = text.indexOf('\n', start)
    const end = stop === -1 ? text.length : stop
    const line = text.slice(start, end).trim()
    lines.push({start, end, text: line, field: readField(line, labels)})
    if (stop === -1) break
    start = stop + 1
  }

  return lines
}

/**
 * The fields of a `fields` segment, each value joined with the lines it wraps onto (a line that is
 * no `Label:` line continues the field before it).
 *
 * @param run
 *   The segment's text.
 * @param labels
 *   The labels of known fields (see `collectFieldLabels`).
 * @returns
 *   The fields in order, with their line's offsets in the run.
 */
export function readFieldBlock(
  run: TextRun,
  labels: FieldLabels
): Array<FieldLine & {start: number; end: number}> {
  const fields: Array<FieldLine & {start: number; end: number}> = []
  for (const line of linesOf(run.text, labels)) {
    if (!line.text) continue
    const previous = fields.at(-1)
    if (line.field) fields.push({...line.field, start: line.start, end: line.end})
    else if (previous) {
      previous.value = previous.value ? `${previous.value} ${line.text}` : line.text
      previous.end = line.end
    }
  }

  return fields
}
