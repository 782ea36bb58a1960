import type {Element, ElementContent, Root} from 'hast'
import {toHtml as serializeHtml} from 'hast-util-to-html'

/**
 * A row of the page (of the heatmap, the cards, the table, the dot plot, the evidence) serialised
 * at once and kept as its HTML: the page of 10,000 submitters never holds its whole tree, whose
 * nodes weigh many times the text they print (2.8 GB against under 1 GiB). The text is the same.
 *
 * @param space
 *   Whether the row is HTML or SVG.
 * @param node
 *   The row.
 * @returns
 *   A hast `raw` node (printed as is by `printParts`); the text was escaped when serialised.
 */
export function serialised(space: 'html' | 'svg', node: Element): ElementContent {
  return {type: 'raw', value: serializeHtml(node, {space})} as unknown as ElementContent
}

/**
 * The largest of a floor and the values, without spreading thousands of rows into a call.
 *
 * @param floor
 *   The least result.
 * @param values
 *   The values.
 * @returns
 *   The largest.
 */
export function longest(floor: number, values: readonly number[]): number {
  let largest = floor
  for (const value of values) if (value > largest) largest = value
  return largest
}

/**
 * Print a tree into parts, joined once at the end: an element that holds serialised rows is
 * printed as its open tag, its children and its close tag, so that no level of the page copies
 * the text below it (each copy of a 60 MB page is garbage that outlives the young generation).
 *
 * @param node
 *   The tree or a node of it.
 * @param space
 *   Whether the node is in HTML or SVG.
 * @param parts
 *   Where the printed parts go.
 */
export function printParts(
  node: Root | ElementContent,
  space: 'html' | 'svg',
  parts: string[]
): void {
  if (!holdsRows(node) || !('children' in node)) {
    parts.push(serializeHtml(node, {space, allowDangerousHtml: true}))
    return
  }

  if (node.type === 'root') {
    for (const child of node.children) printParts(child as ElementContent, space, parts)
    return
  }

  const inner = node.tagName === 'svg' ? 'svg' : space
  const marker = '\u0000children\u0000'
  const shell = serializeHtml(
    {...node, children: [{type: 'raw', value: marker} as unknown as ElementContent]},
    {space, allowDangerousHtml: true}
  )
  const at = shell.indexOf(marker)
  parts.push(shell.slice(0, at))
  for (const child of node.children) printParts(child, inner, parts)
  parts.push(shell.slice(at + marker.length))
}

/** Whether a node is, or holds, rows serialised on their own (`raw` nodes). */
function holdsRows(node: Root | ElementContent): boolean {
  if ((node as {type: string}).type === 'raw') return true
  return 'children' in node && node.children.some((child) => holdsRows(child as ElementContent))
}
