import type {Block, ListItem} from '../../../schema/block.js'
import {createRunBuilder, type TextRun} from '../../runs/text-run.js'
import type {ReadContext} from '../read-context.js'
import type {ItemSegment, Segment} from '../segment.js'
import {toParagraph} from '../to-paragraph.js'
import {bulletPattern, type Line} from './text-lines.js'

/** A bullet at the start of a line. */
export interface Bullet {
  glyph: string
  /** Offset where the item's text starts (after the glyph and its spaces). */
  contentStart: number
}

/** A list item being read: its level, indentation, glyph and lines. */
export interface OpenItem {
  level: number
  indent: number
  glyph: string
  lines: Line[]
  bullet: Bullet
}

interface ItemNode {
  item: OpenItem
  children: ItemNode[]
}

/** Deepest list level read from text; deeper items stay at this level. */
const maxLevel = 32

/**
 * The bullet a line starts with, if any.
 *
 * @param line
 *   A line.
 * @returns
 *   Its bullet.
 */
export function readBullet(line: Line): Bullet | undefined {
  const match = bulletPattern.exec(line.text)
  if (!match) return undefined
  return {glyph: match[1] ?? '', contentStart: line.start + match[0].length}
}

/**
 * The level of a new item: one below the last item indented less (when indented past the first
 * item), else by its glyph, in the order glyphs were first seen.
 *
 * @param glyphLevels
 *   The glyphs seen, in order (a new one is added).
 * @param glyph
 *   The item's glyph.
 * @param indent
 *   The item's indentation.
 * @param items
 *   The items of the list so far.
 * @returns
 *   The level, at most 32.
 */
export function levelOf(
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

/**
 * The run of some lines, joined by line breaks, from an offset in the first.
 *
 * @param context
 *   The read context.
 * @param lines
 *   The lines.
 * @param start
 *   Where the run starts in the first line.
 * @returns
 *   The run.
 */
export function linesRun(context: ReadContext, lines: readonly Line[], start: number): TextRun {
  const builder = createRunBuilder()
  for (const [index, line] of lines.entries()) {
    if (index > 0) builder.virtual('\n', lines[index - 1]?.end ?? line.start)
    builder.source(context.source, index === 0 ? start : line.start, line.end)
  }

  return builder.build()
}

/**
 * The list segment of the items read, nested by level.
 *
 * @param context
 *   The read context.
 * @param items
 *   The items.
 * @returns
 *   The segment.
 */
export function listSegment(context: ReadContext, items: readonly OpenItem[]): Segment {
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
