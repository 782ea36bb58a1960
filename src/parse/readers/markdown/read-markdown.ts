import type {FootnoteDefinition, Paragraph as MdastParagraph, RootContent, Table} from 'mdast'
import {createRunBuilder} from '../../runs/text-run.js'
import {readHtmlFragment} from '../html/read-html.js'
import {isWhollyStrong, leadSegments, splitLeadLine} from '../inline-shape.js'
import type {ReadContext} from '../read-context.js'
import type {ReadResult, Segment} from '../segment.js'
import {toBlocks, toListSegment} from './markdown-blocks.js'
import {inlineRun, markdownSyntax, placeOf} from './markdown-inline.js'
import {parseMarkdown} from './parse-markdown.js'

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
      return paragraphSegments(context, node)
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
      return [footnoteSegment(context, node)]
    }

    case 'html': {
      const start = node.position?.start.offset ?? 0
      return readHtmlFragment(context, node.value, start)
    }

    case 'table': {
      return tableSegments(context, node)
    }

    default: {
      return toBlocks(context, node).map((block) => ({kind: 'other', block}))
    }
  }
}

function paragraphSegments(context: ReadContext, node: MdastParagraph): Segment[] {
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

/** A footnote definition's paragraphs, joined by line breaks. */
function footnoteSegment(context: ReadContext, node: FootnoteDefinition): Segment {
  const runs = node.children.flatMap((child) =>
    child.type === 'paragraph' ? [inlineRun(context, child.children)] : []
  )
  const builder = createRunBuilder()
  for (const [index, run] of runs.entries()) {
    if (index > 0) builder.virtual('\n', run.offsets[0] ?? 0)
    builder.run(run)
  }

  return {
    kind: 'footnote',
    label: node.label ?? node.identifier,
    run: builder.build(),
    place: placeOf(node)
  }
}

/** A table, with the run of each cell (for tables of questions and answers). */
function tableSegments(context: ReadContext, node: Table): Segment[] {
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
