import type {Element, ElementContent, Nodes} from 'hast'
import {visit} from 'unist-util-visit'
import type {InlineSyntax} from '../inline-shape.js'

/** Elements whose content is no text of the document. */
export const skipped: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'meta',
  'link'
])

export const headings: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** Elements that end the paragraph of inline content before them. */
export const blockLike: ReadonlySet<string> = new Set([
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
 * Whether an element is not shown: `hidden`, `aria-hidden="true"`, or styled `display: none` or
 * `visibility: hidden`.
 *
 * @param node
 *   An element.
 * @returns
 *   Whether it is hidden.
 */
export function isHidden(node: Element): boolean {
  const {hidden, ariaHidden, style} = node.properties
  if (hidden !== undefined && hidden !== null && hidden !== false) return true
  if (String(ariaHidden) === 'true') return true
  return (
    typeof style === 'string' &&
    /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style)
  )
}

/** How the segment logic tells hast's inline nodes. */
export const htmlSyntax: InlineSyntax<ElementContent> = {
  isStrong: (node) =>
    node.type === 'element' && (node.tagName === 'strong' || node.tagName === 'b'),
  isBreak: (node) => node.type === 'element' && node.tagName === 'br',
  isMeaningful: (node) => isMeaningful(node),
  isSkipped: (node) => !isMeaningful(node),
  opensLine: () => false
}

function isMeaningful(node: ElementContent): boolean {
  return !(node.type === 'text' && node.value.trim() === '') && node.type !== 'comment'
}

/**
 * The text of a node: the values of the text nodes under it, in order (comments are none).
 *
 * @param node
 *   A hast node.
 * @param separator
 *   Put between the values.
 * @returns
 *   The text.
 */
export function textOf(node: Nodes, separator = ''): string {
  const parts: string[] = []
  visit(node, 'text', (text) => {
    parts.push(text.value)
  })
  return parts.join(separator)
}
