import type {
  BlockContent,
  DefinitionContent,
  List as MdastList,
  ListItem as MdastListItem,
  RootContent
} from 'mdast'
import {toString as mdastToString} from 'mdast-util-to-string'
import type {Block, ListItem, Paragraph} from '../../../schema/block.js'
import {readHtmlFragment} from '../html/read-html.js'
import type {ReadContext} from '../read-context.js'
import type {ItemSegment, ListSegment} from '../segment.js'
import {segmentBlocks} from '../segment-blocks.js'
import {toParagraph} from '../to-paragraph.js'
import {inlineRun, joinPlaces, placeOf} from './markdown-inline.js'

/**
 * The segment of a Markdown list, item by item (sub-bullets that Word indented too little to nest
 * nested all the same).
 *
 * @param context
 *   The read context.
 * @param node
 *   The list.
 * @returns
 *   The list segment.
 */
export function toListSegment(context: ReadContext, node: MdastList): ListSegment {
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
 *
 * @param context
 *   The read context.
 * @param node
 *   An mdast block.
 * @returns
 *   Its blocks.
 */
export function toBlocks(
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
      return [toListSegment(context, node).block]
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
