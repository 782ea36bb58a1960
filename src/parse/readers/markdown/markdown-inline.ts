import type {Nodes, PhrasingContent} from 'mdast'
import type {Place} from '../../../schema/place.js'
import {createRunBuilder, type TextRun} from '../../runs/text-run.js'
import type {InlineSyntax} from '../inline-shape.js'
import type {ReadContext} from '../read-context.js'

/**
 * The text of inline content, each character pointing at its source offset. Footnote references
 * are kept as `[^label]`; images give their alternative text; inline HTML tags are markup.
 */
export function inlineRun(context: ReadContext, nodes: readonly PhrasingContent[]): TextRun {
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
export const markdownSyntax: InlineSyntax<PhrasingContent> = {
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

/**
 * The place from the start of one place to the end of another.
 *
 * @param a
 *   The first place.
 * @param b
 *   The last place.
 * @returns
 *   The place that spans both.
 */
export function joinPlaces(a: Place, b: Place): Place {
  return {start: a.start, end: b.end}
}
