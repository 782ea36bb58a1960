import type {Place} from '../../schema/place.js'
import type {Locator} from '../runs/locate.js'
import type {TextRun} from '../runs/text-run.js'
import type {TextSegment} from './segment.js'

/**
 * What the segment logic needs to know of an inline node, whatever its syntax tree (mdast's
 * phrasing content, hast's element content): each reader gives its own answers.
 */
export interface InlineSyntax<Node> {
  /** Whether the node is bold (`strong`, `<b>`). */
  isStrong(node: Node): boolean
  /** Whether the node is a hard line break (`break`, `<br>`). */
  isBreak(node: Node): boolean
  /** Whether the node counts as content (not white space; a comment is none in HTML). */
  isMeaningful(node: Node): boolean
  /** Whether the node is passed over when looking for the bold lead and what follows it. */
  isSkipped(node: Node): boolean
  /** Whether the node is text that begins with a line break (a soft break in Markdown). */
  opensLine(node: Node): boolean
}

/**
 * Split inline content that opens with a line wholly in bold and goes on after a line break: the
 * content up to the bold node, and the rest after the break (after the bold node when the next
 * node is text that begins with a line break).
 *
 * @param children
 *   The inline content of a paragraph.
 * @param syntax
 *   How to tell its nodes.
 * @returns
 *   The bold lead and the rest, or nothing when the content does not open that way or nothing
 *   meaningful follows the break.
 */
export function splitLeadLine<Node>(
  children: readonly Node[],
  syntax: InlineSyntax<Node>
): [Node[], Node[]] | undefined {
  const first = children.findIndex((child) => !syntax.isSkipped(child))
  const lead = children[first]
  if (lead === undefined || !syntax.isStrong(lead)) return undefined
  let after = first + 1
  while (after < children.length && syntax.isSkipped(children[after] as Node)) after++
  const next = children[after]
  if (next === undefined) return undefined
  const rest = syntax.isBreak(next)
    ? children.slice(after + 1)
    : syntax.opensLine(next)
      ? children.slice(after)
      : undefined
  if (!rest?.some((child) => syntax.isMeaningful(child) && !syntax.isBreak(child))) return undefined
  return [children.slice(0, first + 1), rest]
}

/**
 * Whether inline content is wholly bold: it has meaningful nodes, and each is bold.
 *
 * @param children
 *   Inline content.
 * @param syntax
 *   How to tell its nodes.
 * @returns
 *   Whether it is.
 */
export function isWhollyStrong<Node>(
  children: readonly Node[],
  syntax: InlineSyntax<Node>
): boolean {
  const kept = children.filter((child) => syntax.isMeaningful(child))
  return kept.length > 0 && kept.every((child) => syntax.isStrong(child))
}

/**
 * The two segments of a paragraph that opens with a bold line: the bold line (a heading the
 * writer set in bold, `**Recommendations**`) and the text under it.
 *
 * @param lead
 *   The bold line's run and where it ends.
 * @param rest
 *   The rest's run and whether it is wholly bold too.
 * @param place
 *   The place of the whole paragraph.
 * @param locator
 *   The source's locator.
 * @returns
 *   The two text segments.
 */
export function leadSegments(
  lead: {run: TextRun; end: Place['end']},
  rest: {run: TextRun; strong: boolean},
  place: Place,
  locator: Locator
): [TextSegment, TextSegment] {
  const first = Math.max(0, rest.run.text.search(/\S/))
  return [
    {
      kind: 'text',
      emphasis: 'strong',
      depth: 0,
      run: lead.run,
      place: {start: place.start, end: lead.end}
    },
    {
      kind: 'text',
      emphasis: rest.strong ? 'strong' : 'plain',
      depth: 0,
      run: rest.run,
      place: {start: locator.point(rest.run.offsets[first] ?? 0), end: place.end}
    }
  ]
}
