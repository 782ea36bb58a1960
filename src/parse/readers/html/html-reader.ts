import type {Element, ElementContent, Nodes as HastNodes, Root as HastRoot} from 'hast'
import type {Block, ListItem} from '../../../schema/block.js'
import type {Place} from '../../../schema/place.js'
import {createRunBuilder, sliceRun, type TextRun} from '../../runs/text-run.js'
import {isWhollyStrong, leadSegments, splitLeadLine} from '../inline-shape.js'
import type {ReadContext} from '../read-context.js'
import type {ItemSegment, ReadResult, Segment} from '../segment.js'
import {segmentBlocks} from '../segment-blocks.js'
import {toParagraph} from '../to-paragraph.js'
import {findTitle, hasElement, selectOuter} from './find-html-content.js'
import {blockLike, headings, htmlSyntax, isHidden, skipped, textOf} from './html-elements.js'

const paragraphLike: ReadonlySet<string> = new Set(['p', 'dt', 'dd', 'summary'])

/** Deepest element nesting read as structure by default; deeper content is read as text. */
export const defaultHtmlStructureDepth = 32

/**
 * Reads a hast tree into segments: paragraphs from inline content, headings, lists item by item,
 * quotes, tables and preformatted text; hidden elements and (in whole pages) menus are dropped
 * and reported. Elements nested deeper than `context.maxDepth` are read as one paragraph each.
 */
export class HtmlReader {
  depth = 0
  /** Whether menus (`<nav>`) are page chrome, to drop: in whole pages, not in Markdown's HTML. */
  dropsChrome = false
  readonly dropped: ReadResult['dropped'] = []
  readonly maxDepth: number

  /**
   * @param context
   *   The read context (its `maxDepth` is the deepest nesting read as structure).
   * @param base
   *   Where the HTML starts in the source (HTML found in Markdown starts inside it).
   */
  constructor(
    readonly context: ReadContext,
    readonly base: number
  ) {
    this.maxDepth = context.maxDepth ?? defaultHtmlStructureDepth
  }

  root(tree: HastRoot, content?: Element): Segment[] {
    const title = findTitle(tree)
    const segments: Segment[] = []
    // The page's `<title>` is its title unless the content has its own `<h1>`.
    if (title && !hasElement(content ?? tree, 'h1')) {
      let run = this.run(title.children)
      // `Contribution of X | Site name`: the site's name is no part of the title.
      const bar = run.text.lastIndexOf(' | ')
      if (bar > 0) run = sliceRun(run, 0, bar)
      if (run.text.trim()) {
        segments.push({kind: 'text', emphasis: 'heading', depth: 1, run, place: this.place(title)})
      }
    }

    // Appended one by one: a page may hold hundreds of thousands of paragraphs, too many to spread.
    for (const segment of this.flow(content ? [content] : (tree.children as ElementContent[])))
      segments.push(segment)
    return segments
  }

  /** Report, as dropped page chrome, what lies around the content element. */
  dropOutside(tree: HastRoot, content: {element: Element; around: Set<HastNodes>}) {
    const stack: HastNodes[] = [tree]
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (!('children' in node)) continue
      for (const child of node.children) {
        if (child === content.element) continue
        if (content.around.has(child)) stack.push(child)
        else if (child.type !== 'element' || !skipped.has(child.tagName)) this.drop(child)
      }
    }
  }

  drop(node: HastNodes, kind: 'page-chrome' | 'hidden-content' = 'page-chrome') {
    const text = textOf(node, ' ').replace(/\s+/g, ' ').trim()
    if (text) {
      this.dropped.push({
        kind,
        text: text.length > 80 ? `${text.slice(0, 79)}…` : text,
        place: this.place(node)
      })
    }
  }

  /** Block-level reading: groups inline content into paragraphs. */
  flow(nodes: readonly ElementContent[]): Segment[] {
    const segments: Segment[] = []
    let inline: ElementContent[] = []
    const flush = () => {
      const run = this.run(inline)
      if (run.text.trim()) {
        segments.push({
          kind: 'text',
          emphasis: 'plain',
          depth: 0,
          run,
          place: this.context.locator.runPlace(run)
        })
      }

      inline = []
    }

    for (const node of nodes) {
      if (node.type === 'element' && skipped.has(node.tagName)) continue
      if (node.type === 'element' && isHidden(node)) {
        flush()
        this.drop(node, 'hidden-content')
        continue
      }

      if (node.type === 'element' && node.tagName === 'nav' && this.dropsChrome) {
        flush()
        this.drop(node)
        continue
      }

      if (node.type === 'element' && blockLike.has(node.tagName)) {
        flush()
        for (const segment of this.element(node)) segments.push(segment)
      } else if (node.type !== 'comment') {
        inline.push(node)
      }
    }

    flush()
    return segments
  }

  element(node: Element): Segment[] {
    this.depth++
    try {
      return this.depth > this.maxDepth ? this.flattened(node) : this.elementAtDepth(node)
    } finally {
      this.depth--
    }
  }

  /** Below the deepest level read, an element's text is one paragraph. */
  flattened(node: Element): Segment[] {
    const run = this.run(node.children)
    if (!run.text.trim()) return []
    return [{kind: 'text', emphasis: 'plain', depth: 0, run, place: this.place(node)}]
  }

  elementAtDepth(node: Element): Segment[] {
    const place = this.place(node)
    if (paragraphLike.has(node.tagName)) {
      const segments = this.paragraph(node, place)
      const [only] = segments
      return node.tagName === 'dt' && only?.kind === 'text' && segments.length === 1
        ? [{...only, term: true}]
        : segments
    }
    if (headings.has(node.tagName)) {
      const run = this.run(node.children)
      if (!run.text.trim()) return []
      return [
        {kind: 'text', emphasis: 'heading', depth: Number(node.tagName.charAt(1)), run, place}
      ]
    }

    if (node.tagName === 'ul' || node.tagName === 'ol') return [this.list(node, place)]
    if (node.tagName === 'blockquote') {
      const inner = this.flow(node.children)
      const blocks = inner.flatMap((segment) => segmentBlocks(this.context, segment))
      const only = inner.length === 1 && inner[0]?.kind === 'text' ? inner[0].run : undefined
      return [{kind: 'quote', block: {type: 'quote', blocks, place}, run: only}]
    }

    if (node.tagName === 'pre') {
      return [{kind: 'other', block: {type: 'code', text: textOf(node), place}}]
    }

    if (node.tagName === 'table') return [this.table(node, place)]
    if (node.tagName === 'hr') return []
    return this.flow(node.children)
  }

  /** A paragraph (`<p>`, `<dt>`, `<dd>`, `<summary>`), split after a bold lead line. */
  paragraph(node: Element, place: Place): Segment[] {
    const lead = splitLeadLine(node.children, htmlSyntax)
    if (lead) {
      // `<p><strong>Recommendations</strong><br>The answer…</p>`: a heading set in bold, then
      // the text under it.
      const [head, rest] = lead
      return leadSegments(
        {run: this.run(head), end: this.place(head.at(-1) ?? node).end},
        {run: this.run(rest), strong: isWhollyStrong(rest, htmlSyntax)},
        place,
        this.context.locator
      )
    }

    const run = this.run(node.children)
    if (!run.text.trim()) return []
    const emphasis = isWhollyStrong(node.children, htmlSyntax) ? 'strong' : 'plain'
    return [{kind: 'text', emphasis, depth: 0, run, place}]
  }

  list(node: Element, place: Place): Segment {
    const items = node.children
      .filter((child): child is Element => child.type === 'element' && child.tagName === 'li')
      .map((child, index) => this.item(child, node.tagName === 'ol' ? index + 1 : undefined))
    return {
      kind: 'list',
      block: {
        type: 'list',
        ordered: node.tagName === 'ol',
        items: items.map((item) => item.block),
        place
      },
      items
    }
  }

  /** A table: its rows' cell texts, and each cell's run (for tables of questions and answers). */
  table(node: Element, place: Place): Segment {
    const rows = selectOuter(node, 'tr').map((row) => ({
      row,
      cells: row.children.filter(
        (cell): cell is Element =>
          cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th')
      )
    }))
    return {
      kind: 'table',
      block: {
        type: 'table',
        rows: rows.map(({cells}) => cells.map((cell) => textOf(cell).replace(/\s+/g, ' ').trim())),
        place
      },
      rows: rows.map(({row, cells}) => ({
        place: this.place(row),
        cells: cells.map((cell) => ({run: this.run(cell.children)}))
      }))
    }
  }

  item(node: Element, number: number | undefined): ItemSegment {
    const inner = this.flow(node.children)
    const [head, ...tail] = inner
    const first = head?.kind === 'text' ? head.run : undefined
    const rest = (first ? tail : inner).flatMap((segment) => segmentBlocks(this.context, segment))
    const blocks: Block[] = [
      ...(first && head?.kind === 'text' ? [toParagraph(this.context, first, head.place)] : []),
      ...rest
    ]
    const block: ListItem = {type: 'listItem', blocks, place: this.place(node)}
    return {block, number, first, firstPlace: head?.kind === 'text' ? head.place : undefined, rest}
  }

  run(nodes: readonly ElementContent[]): TextRun {
    const builder = createRunBuilder()
    // Walked with a stack, not recursion: HTML can nest thousands of elements deep.
    const stack = [...nodes].reverse()
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.type === 'text') {
        const start = this.base + (node.position?.start.offset ?? 0)
        const end = this.base + (node.position?.end.offset ?? 0)
        builder.aligned(node.value, this.context.source, start, end)
      } else if (node.type === 'element' && !skipped.has(node.tagName)) {
        if (isHidden(node)) {
          this.drop(node, 'hidden-content')
        } else if (node.tagName === 'br') {
          builder.virtual('\n', this.base + (node.position?.start.offset ?? 0))
        } else {
          for (let index = node.children.length - 1; index >= 0; index--) {
            const child = node.children[index]
            if (child) stack.push(child)
          }
        }
      }
    }

    return builder.build()
  }

  place(node: HastNodes): Place {
    const start = this.base + (node.position?.start.offset ?? 0)
    const end = this.base + (node.position?.end.offset ?? node.position?.start.offset ?? 0)
    return this.context.locator.place(start, Math.max(start, end))
  }
}
