import type {
  BlockContent,
  DefinitionContent,
  List as MdastList,
  ListItem as MdastListItem,
  Nodes,
  PhrasingContent,
  Root,
  RootContent
} from 'mdast'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {toString as mdastToString} from 'mdast-util-to-string'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmTable} from 'micromark-extension-gfm-table'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {type Processor, unified} from 'unified'
import type {Block, ListItem, Paragraph} from '../schema/block.js'
import type {Place} from '../schema/place.js'
import {type InlineSyntax, isWhollyStrong, leadSegments, splitLeadLine} from './inline-shape.js'
import type {ReadContext} from './read-context.js'
import {readHtmlFragment} from './read-html.js'
import type {ItemSegment, ReadResult, Segment} from './segment.js'
import {segmentBlocks} from './segment-blocks.js'
import {createRunBuilder, type TextRun} from './text-run.js'
import {toParagraph} from './to-paragraph.js'

/** Tables and footnotes of GFM, without the rest (autolinks, strikethrough) it costs to parse. */
function remarkTablesAndFootnotes(this: Processor) {
  const data = this.data()
  data.micromarkExtensions ??= []
  data.fromMarkdownExtensions ??= []
  data.micromarkExtensions.push(gfmTable(), gfmFootnote())
  data.fromMarkdownExtensions.push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown())
}

let processor: ReturnType<typeof createProcessor> | undefined

function createProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkTablesAndFootnotes)
    .freeze()
}

/**
 * Parse Markdown into a syntax tree with the extensions the parser uses.
 *
 * @param source
 *   Markdown.
 * @returns
 *   The mdast root.
 */
export function parseMarkdown(source: string): Root {
  processor ??= createProcessor()
  return processor.parse(source)
}

/**
 * Read Markdown (Word or PDF converted to Markdown, web republications with front matter and HTML
 * blocks) into segments.
 *
 * @param context
 *   The read context.
 * @returns
 *   The segments, the front matter and the footnote markers.
 */
export function readMarkdown(context: ReadContext): ReadResult {
  const tree = parseMarkdown(context.source)
  const result: ReadResult = {
    segments: [],
    frontMatter: undefined,
    plainMarkers: new Set(),
    dropped: []
  }

  for (const node of tree.children) {
    if (node.type === 'yaml' && result.frontMatter === undefined && node.position) {
      result.frontMatter = {value: node.value, place: placeOf(node)}
      continue
    }

    // One by one: an HTML block may give hundreds of thousands of segments, too many to spread.
    for (const segment of toSegments(context, node)) result.segments.push(segment)
  }

  return result
}

function toSegments(context: ReadContext, node: RootContent): Segment[] {
  switch (node.type) {
    case 'paragraph': {
      const lead = splitLeadLine(node.children, markdownSyntax)
      if (lead) {
        // A bold line with text under it in the same paragraph is a heading the writer set in
        // bold (`**Recommendations**` and the answer on the next line): two segments.
        const [head, rest] = lead
        return leadSegments(
          {run: inlineRun(context, head), end: placeOf(head.at(-1) ?? node).end},
          {run: inlineRun(context, rest), strong: isWhollyStrong(rest, markdownSyntax)},
          placeOf(node),
          context.locator
        )
      }

      return [
        {
          kind: 'text',
          emphasis: isWhollyStrong(node.children, markdownSyntax) ? 'strong' : 'plain',
          depth: 0,
          run: inlineRun(context, node.children),
          place: placeOf(node)
        }
      ]
    }

    case 'heading': {
      return [
        {
          kind: 'text',
          emphasis: 'heading',
          depth: node.depth,
          run: inlineRun(context, node.children),
          place: placeOf(node)
        }
      ]
    }

    case 'list': {
      return [toListSegment(context, node)]
    }

    case 'blockquote': {
      const blocks = node.children.flatMap((child) => toBlocks(context, child))
      const only = node.children.length === 1 ? node.children[0] : undefined
      return [
        {
          kind: 'quote',
          block: {type: 'quote', blocks, place: placeOf(node)},
          run: only?.type === 'paragraph' ? inlineRun(context, only.children) : undefined
        }
      ]
    }

    case 'footnoteDefinition': {
      const runs = node.children.flatMap((child) =>
        child.type === 'paragraph' ? [inlineRun(context, child.children)] : []
      )
      const builder = createRunBuilder()
      for (const [index, run] of runs.entries()) {
        if (index > 0) builder.virtual('\n', run.offsets[0] ?? 0)
        builder.run(run)
      }

      return [
        {
          kind: 'footnote',
          label: node.label ?? node.identifier,
          run: builder.build(),
          place: placeOf(node)
        }
      ]
    }

    case 'html': {
      const start = node.position?.start.offset ?? 0
      return readHtmlFragment(context, node.value, start)
    }

    case 'table': {
      const [block] = toBlocks(context, node)
      if (block?.type !== 'table') return []
      return [
        {
          kind: 'table',
          block,
          rows: node.children.map((row) => ({
            place: placeOf(row),
            cells: row.children.map((cell) => ({run: inlineRun(context, cell.children)}))
          }))
        }
      ]
    }

    default: {
      return toBlocks(context, node).map((block) => ({kind: 'other', block}))
    }
  }
}

function toListSegment(context: ReadContext, node: MdastList): Segment {
  const items: ItemSegment[] = nestByColumn(node.children).map((entry, index) =>
    toItemSegment(context, entry, node.ordered ? (node.start ?? 1) + index : undefined)
  )
  return {
    kind: 'list',
    block: {
      type: 'list',
      ordered: node.ordered === true,
      items: items.map((item) => item.block),
      place: placeOf(node)
    },
    items
  }
}

interface NestedItem {
  item: MdastListItem
  nested: NestedItem[]
}

/**
 * Word converters often indent sub-bullets by one space, too little for CommonMark to nest them:
 * items that start further right than the list's first item belong to the item before them.
 */
function nestByColumn(items: readonly MdastListItem[]): NestedItem[] {
  const base = items[0]?.position?.start.column ?? 1
  const result: NestedItem[] = []
  let pending: MdastListItem[] = []
  const close = () => {
    const last = result.at(-1)
    if (last && pending.length > 0) for (const item of nestByColumn(pending)) last.nested.push(item)
    pending = []
  }

  for (const item of items) {
    const column = item.position?.start.column ?? base
    if (column > base && result.length > 0) {
      pending.push(item)
    } else {
      close()
      result.push({item, nested: []})
    }
  }

  close()
  return result
}

function toItemSegment(
  context: ReadContext,
  entry: NestedItem,
  number: number | undefined
): ItemSegment {
  const [head, ...tail] = entry.item.children
  const first = head?.type === 'paragraph' ? inlineRun(context, head.children) : undefined
  const firstBlock: Paragraph | undefined =
    head?.type === 'paragraph' && first ? toParagraph(context, first, placeOf(head)) : undefined
  const rest: Block[] = [
    ...(firstBlock ? [] : head ? toBlocks(context, head) : []),
    ...tail.flatMap((child) => toBlocks(context, child))
  ]

  const firstNested = entry.nested[0]
  const lastNested = entry.nested.at(-1)
  if (firstNested && lastNested) {
    rest.push({
      type: 'list',
      ordered: false,
      items: entry.nested.map((nested) => toItemSegment(context, nested, undefined).block),
      place: joinPlaces(placeOf(firstNested.item), placeOf(lastNested.item))
    })
  }

  const itemPlace = lastNested
    ? joinPlaces(placeOf(entry.item), placeOf(lastNested.item))
    : placeOf(entry.item)
  const block: ListItem = {
    type: 'listItem',
    blocks: firstBlock ? [firstBlock, ...rest] : rest,
    place: itemPlace
  }
  return {block, number, first, firstPlace: head ? placeOf(head) : undefined, rest}
}

/**
 * Turn any mdast block into blocks of the data model.
 */
function toBlocks(
  context: ReadContext,
  node: RootContent | BlockContent | DefinitionContent
): Block[] {
  switch (node.type) {
    case 'paragraph': {
      return [toParagraph(context, inlineRun(context, node.children), placeOf(node))]
    }

    case 'heading': {
      const paragraph = toParagraph(context, inlineRun(context, node.children), placeOf(node))
      return [{...paragraph, type: 'heading', depth: node.depth}]
    }

    case 'list': {
      const segment = toListSegment(context, node)
      return segment.kind === 'list' ? [segment.block] : []
    }

    case 'blockquote': {
      return [
        {
          type: 'quote',
          blocks: node.children.flatMap((child) => toBlocks(context, child)),
          place: placeOf(node)
        }
      ]
    }

    case 'code': {
      return [{type: 'code', text: node.value, place: placeOf(node)}]
    }

    case 'table': {
      return [
        {
          type: 'table',
          rows: node.children.map((row) => row.children.map((cell) => mdastToString(cell).trim())),
          place: placeOf(node)
        }
      ]
    }

    case 'html': {
      return readHtmlFragment(context, node.value, node.position?.start.offset ?? 0).flatMap(
        (segment) => segmentBlocks(context, segment)
      )
    }

    case 'footnoteDefinition': {
      return node.children.flatMap((child) => toBlocks(context, child))
    }

    default: {
      return []
    }
  }
}

/**
 * The text of inline content, each character pointing at its source offset. Footnote references
 * are kept as `[^label]`; images give their alternative text; inline HTML tags are markup.
 */
function inlineRun(context: ReadContext, nodes: readonly PhrasingContent[]): TextRun {
  const builder = createRunBuilder()
  const visit = (node: PhrasingContent) => {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    switch (node.type) {
      case 'text':
      case 'inlineCode': {
        builder.aligned(node.value, context.source, start, end)
        break
      }

      case 'break': {
        builder.virtual('\n', start)
        break
      }

      case 'image':
      case 'imageReference': {
        if (node.alt) builder.aligned(node.alt, context.source, start, end)
        break
      }

      case 'footnoteReference': {
        builder.aligned(`[^${node.label ?? node.identifier}]`, context.source, start, end)
        break
      }

      case 'html': {
        if (/^<br\b/i.test(node.value)) builder.virtual('\n', start)
        break
      }

      default: {
        if ('children' in node) for (const child of node.children) visit(child)
      }
    }
  }

  for (const node of nodes) visit(node)
  return builder.build()
}

/** How the segment logic tells mdast's inline nodes. */
const markdownSyntax: InlineSyntax<PhrasingContent> = {
  isStrong: (node) => node.type === 'strong',
  isBreak: (node) => node.type === 'break',
  isMeaningful: (node) =>
    !(node.type === 'text' && node.value.trim() === '') && node.type !== 'break',
  isSkipped: () => false,
  opensLine: (node) => node.type === 'text' && /^[ \t]*\r?\n/.test(node.value)
}

/**
 * The place of an mdast node.
 */
export function placeOf(node: Nodes): Place {
  const start = node.position?.start
  const end = node.position?.end
  return {
    start: {line: start?.line ?? 1, column: start?.column ?? 1, offset: start?.offset ?? 0},
    end: {line: end?.line ?? 1, column: end?.column ?? 1, offset: end?.offset ?? 0}
  }
}

function joinPlaces(a: Place, b: Place): Place {
  return {start: a.start, end: b.end}
}
