import type {Element, ElementContent, Nodes as HastNodes, Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type {Block, ListItem} from '../schema/block.js'
import type {Place} from '../schema/place.js'
import {measureHtmlNesting} from './measure-nesting.js'
import type {ReadContext} from './read-context.js'
import type {ItemSegment, ReadResult, Segment} from './segment.js'
import {createRunBuilder, sliceRun, type TextRun} from './text-run.js'
import {toParagraph} from './to-paragraph.js'

const skipped = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'meta',
  'link'
])
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const blockLike = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul'
])

/**
 * Read a whole HTML document into segments.
 *
 * @param context
 *   The read context.
 * @returns
 *   The segments (the document's `<title>` is the first, as a heading, when present).
 */
export function readHtml(context: ReadContext): ReadResult {
  const tree = fromHtml(context.source)
  const reader = new HtmlReader(context, 0)
  reader.dropsChrome = true
  const content = findContent(tree)
  if (content) reader.dropOutside(tree, content)
  return {
    segments: reader.root(tree, content?.element),
    frontMatter: undefined,
    plainMarkers: new Set(),
    dropped: reader.dropped
  }
}

/**
 * The element that holds a web page's content: its `<main>`, else its only `<article>`, with the
 * elements around it (whose other children are the page's chrome: menus, banners, footers).
 */
function findContent(tree: HastRoot): {element: Element; around: Set<HastNodes>} | undefined {
  const parents = new Map<HastNodes, HastNodes>()
  const articles: Element[] = []
  let main: Element | undefined
  const stack: HastNodes[] = [tree]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'element') {
      if (skipped.has(node.tagName)) continue
      if (node.tagName === 'main') {
        main ??= node
        continue
      }

      if (node.tagName === 'article') {
        articles.push(node)
        continue
      }
    }

    if ('children' in node) {
      for (const child of node.children) {
        parents.set(child, node)
        stack.push(child)
      }
    }
  }

  const element = main ?? (articles.length === 1 ? articles[0] : undefined)
  if (!element) return undefined
  const around = new Set<HastNodes>()
  for (let node = parents.get(element); node; node = parents.get(node)) around.add(node)
  return {element, around}
}

/**
 * Read an HTML block found in Markdown into segments.
 *
 * @param context
 *   The read context.
 * @param html
 *   The HTML.
 * @param offset
 *   Where the HTML starts in the source.
 * @returns
 *   The segments.
 */
export function readHtmlFragment(context: ReadContext, html: string, offset: number): Segment[] {
  if (measureHtmlNesting(html) > maxFragmentDepth) {
    // Too deep for the HTML parser: keep the block as it is written, as text.
    const builder = createRunBuilder()
    builder.source(context.source, offset, offset + html.length)
    const run = builder.build()
    return [{kind: 'text', emphasis: 'plain', depth: 0, run, place: context.locator.runPlace(run)}]
  }

  return new HtmlReader(context, offset).root(fromHtml(html, {fragment: true}))
}

/** Deepest element nesting of an HTML block in Markdown given to the HTML parser. */
const maxFragmentDepth = 256

/** Deepest element nesting read as structure; deeper content is read as text. */
const maxDepth = 32

class HtmlReader {
  depth = 0
  /** Whether menus (`<nav>`) are page chrome, to drop: in whole pages, not in Markdown's HTML. */
  dropsChrome = false
  readonly dropped: ReadResult['dropped'] = []

  constructor(
    readonly context: ReadContext,
    readonly base: number
  ) {}

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
      return this.depth > maxDepth ? this.flattened(node) : this.elementAtDepth(node)
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
    if (
      node.tagName === 'p' ||
      node.tagName === 'dt' ||
      node.tagName === 'dd' ||
      node.tagName === 'summary'
    ) {
      const lead = boldLeadLine(node)
      if (lead) {
        // `<p><strong>Recommendations</strong><br>The answer…</p>`: a heading set in bold, then
        // the text under it.
        const [head, rest] = lead
        const headRun = this.run(head)
        const restRun = this.run(rest.children)
        const first = Math.max(0, restRun.text.search(/\S/))
        return [
          {
            kind: 'text',
            emphasis: 'strong',
            depth: 0,
            run: headRun,
            place: {start: place.start, end: this.place(head.at(-1) ?? node).end}
          },
          {
            kind: 'text',
            emphasis: isWhollyStrong(rest) ? 'strong' : 'plain',
            depth: 0,
            run: restRun,
            place: {
              start: this.context.locator.point(restRun.offsets[first] ?? 0),
              end: place.end
            }
          }
        ]
      }

      const run = this.run(node.children)
      if (!run.text.trim()) return []
      return [
        {kind: 'text', emphasis: isWhollyStrong(node) ? 'strong' : 'plain', depth: 0, run, place}
      ]
    }

    if (headings.has(node.tagName)) {
      const run = this.run(node.children)
      if (!run.text.trim()) return []
      return [
        {kind: 'text', emphasis: 'heading', depth: Number(node.tagName.charAt(1)), run, place}
      ]
    }

    if (node.tagName === 'ul' || node.tagName === 'ol') {
      const items = node.children
        .filter((child): child is Element => child.type === 'element' && child.tagName === 'li')
        .map((child, index) => this.item(child, node.tagName === 'ol' ? index + 1 : undefined))
      return [
        {
          kind: 'list',
          block: {
            type: 'list',
            ordered: node.tagName === 'ol',
            items: items.map((item) => item.block),
            place
          },
          items
        }
      ]
    }

    if (node.tagName === 'blockquote') {
      const inner = this.flow(node.children)
      const blocks = inner.flatMap((segment) => this.blocks(segment))
      const only = inner.length === 1 && inner[0]?.kind === 'text' ? inner[0].run : undefined
      return [{kind: 'quote', block: {type: 'quote', blocks, place}, run: only}]
    }

    if (node.tagName === 'pre') {
      return [{kind: 'other', block: {type: 'code', text: textOf(node), place}}]
    }

    if (node.tagName === 'table') {
      const rows = selectAll(node, 'tr').map((row) => ({
        row,
        cells: row.children.filter(
          (cell): cell is Element =>
            cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th')
        )
      }))
      return [
        {
          kind: 'table',
          block: {
            type: 'table',
            rows: rows.map(({cells}) =>
              cells.map((cell) => textOf(cell).replace(/\s+/g, ' ').trim())
            ),
            place
          },
          rows: rows.map(({row, cells}) => ({
            place: this.place(row),
            cells: cells.map((cell) => ({run: this.run(cell.children)}))
          }))
        }
      ]
    }

    if (node.tagName === 'hr') return []
    return this.flow(node.children)
  }

  item(node: Element, number: number | undefined): ItemSegment {
    const inner = this.flow(node.children)
    const [head, ...tail] = inner
    const first = head?.kind === 'text' ? head.run : undefined
    const rest = (first ? tail : inner).flatMap((segment) => this.blocks(segment))
    const blocks: Block[] = [
      ...(first && head?.kind === 'text' ? [toParagraph(this.context, first, head.place)] : []),
      ...rest
    ]
    const block: ListItem = {type: 'listItem', blocks, place: this.place(node)}
    return {block, number, first, firstPlace: head?.kind === 'text' ? head.place : undefined, rest}
  }

  blocks(segment: Segment): Block[] {
    if (segment.kind === 'text') {
      const paragraph = toParagraph(this.context, segment.run, segment.place)
      return segment.emphasis === 'heading'
        ? [{...paragraph, type: 'heading', depth: segment.depth}]
        : [paragraph]
    }

    if (segment.kind === 'footnote') return [toParagraph(this.context, segment.run, segment.place)]
    return [segment.block]
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

/** Whether an element is not shown: `hidden`, `aria-hidden="true"`, or styled `display: none`. */
function isHidden(node: Element): boolean {
  const {hidden, ariaHidden, style} = node.properties
  if (hidden !== undefined && hidden !== null && hidden !== false) return true
  if (String(ariaHidden) === 'true') return true
  return (
    typeof style === 'string' &&
    /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style)
  )
}

/**
 * An element whose first content is wholly bold and followed by `<br>` and more text: the bold part
 * and an element holding the rest.
 */
function boldLeadLine(node: Element): [ElementContent[], Element] | undefined {
  const children = node.children.filter(meaningful)
  const [first, next] = children
  if (!first || !isBold(first) || next?.type !== 'element' || next.tagName !== 'br') {
    return undefined
  }

  const rest = node.children.slice(node.children.indexOf(next) + 1)
  if (
    !rest.some(
      (child) => meaningful(child) && !(child.type === 'element' && child.tagName === 'br')
    )
  )
    return undefined
  return [node.children.slice(0, node.children.indexOf(first) + 1), {...node, children: rest}]
}

function isBold(node: ElementContent | undefined): boolean {
  return node?.type === 'element' && (node.tagName === 'strong' || node.tagName === 'b')
}

function meaningful(child: ElementContent): boolean {
  return !(child.type === 'text' && child.value.trim() === '') && child.type !== 'comment'
}

function isWhollyStrong(node: Element): boolean {
  const kept = node.children.filter(meaningful)
  return kept.length > 0 && kept.every((child) => isBold(child))
}

function textOf(node: HastNodes, separator = ''): string {
  const parts: string[] = []
  const stack: HastNodes[] = [node]
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (current.type === 'text') parts.push(current.value)
    else if ('children' in current) {
      for (let index = current.children.length - 1; index >= 0; index--) {
        const child = current.children[index]
        if (child) stack.push(child)
      }
    }
  }

  return parts.join(separator)
}

function selectAll(node: Element, tagName: string): Element[] {
  const found: Element[] = []
  const stack = [...node.children].reverse()
  for (let child = stack.pop(); child; child = stack.pop()) {
    if (child.type !== 'element') continue
    if (child.tagName === tagName) found.push(child)
    else
      for (let index = child.children.length - 1; index >= 0; index--) {
        const grandchild = child.children[index]
        if (grandchild) stack.push(grandchild)
      }
  }

  return found
}

/** Whether an element of this name is under a node (searched without recursion). */
function hasElement(node: HastNodes, tagName: string): boolean {
  const stack: HastNodes[] = [node]
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (current.type === 'element' && current.tagName === tagName) return true
    if ('children' in current) for (const child of current.children) stack.push(child)
  }

  return false
}

function findTitle(tree: HastRoot): Element | undefined {
  let found: Element | undefined
  const visit = (node: HastNodes) => {
    if (found) return
    if (node.type === 'element' && node.tagName === 'title') {
      found = node
      return
    }

    if (
      'children' in node &&
      (node.type === 'root' ||
        (node.type === 'element' && (node.tagName === 'html' || node.tagName === 'head')))
    ) {
      for (const child of node.children) visit(child)
    }
  }

  visit(tree)
  return found
}
