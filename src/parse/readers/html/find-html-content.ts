import type {Element, Nodes, Root} from 'hast'
import {CONTINUE, EXIT, SKIP, visitParents} from 'unist-util-visit-parents'
import {skipped} from './html-elements.js'

/**
 * The element that holds a web page's content: its `<main>` (the last, when a page has more than
 * one), else its only `<article>`, with the elements around it (whose other children are the
 * page's chrome: menus, banners, footers).
 *
 * @param tree
 *   The page.
 * @returns
 *   The element and its ancestors, or nothing when the page has neither.
 */
export function findContent(tree: Root): {element: Element; around: Set<Nodes>} | undefined {
  let main: {element: Element; ancestors: Nodes[]} | undefined
  const articles: Array<{element: Element; ancestors: Nodes[]}> = []
  visitParents(tree, (node, ancestors) => {
    if (node.type !== 'element') return CONTINUE
    if (skipped.has(node.tagName)) return SKIP
    if (node.tagName === 'main') main = {element: node, ancestors: [...ancestors]}
    else if (node.tagName === 'article') articles.push({element: node, ancestors: [...ancestors]})
    else return CONTINUE
    return SKIP
  })
  const found = main ?? (articles.length === 1 ? articles[0] : undefined)
  return found ? {element: found.element, around: new Set(found.ancestors)} : undefined
}

/**
 * The page's `<title>`, looked for in the root, `<html>` and `<head>` only.
 *
 * @param tree
 *   The page.
 * @returns
 *   The title element, if any.
 */
export function findTitle(tree: Root): Element | undefined {
  let found: Element | undefined
  visitParents(tree, (node) => {
    if (node.type === 'element' && node.tagName === 'title') {
      found = node
      return EXIT
    }

    const opens =
      node.type === 'root' ||
      (node.type === 'element' && (node.tagName === 'html' || node.tagName === 'head'))
    return opens ? CONTINUE : SKIP
  })
  return found
}

/**
 * Whether an element of this name is under a node (or is the node).
 *
 * @param node
 *   A hast node.
 * @param tagName
 *   The element's name.
 * @returns
 *   Whether there is one.
 */
export function hasElement(node: Nodes, tagName: string): boolean {
  let found = false
  visitParents(node, 'element', (element) => {
    if (element.tagName !== tagName) return CONTINUE
    found = true
    return EXIT
  })
  return found
}

/**
 * The elements of this name under an element, not looking inside one found (the rows of a
 * table, not those of a table in one of its cells).
 *
 * @param node
 *   An element.
 * @param tagName
 *   The elements' name.
 * @returns
 *   The elements, in document order.
 */
export function selectOuter(node: Element, tagName: string): Element[] {
  const found: Element[] = []
  visitParents(node, 'element', (element) => {
    if (element === node || element.tagName !== tagName) return CONTINUE
    found.push(element)
    return SKIP
  })
  return found
}
