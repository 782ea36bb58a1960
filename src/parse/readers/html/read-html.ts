import {fromHtml} from 'hast-util-from-html'
import {createRunBuilder} from '../../runs/text-run.js'
import {measureHtmlNesting} from '../measure-nesting.js'
import type {ReadContext} from '../read-context.js'
import type {ReadResult, Segment} from '../segment.js'
import {findContent} from './find-html-content.js'
import {HtmlReader} from './html-reader.js'

/**
 * Read a whole HTML document into segments: its `<main>` (else its only `<article>`) when it has
 * one, the page chrome around it dropped and reported.
 *
 * @param context
 *   The read context (`maxDepth`: the deepest element nesting read as structure).
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
