import type {BuiltInFormat} from '../../schema/format.js'
import {readHtml} from './html/read-html.js'
import {readMarkdown} from './markdown/read-markdown.js'
import type {ReadContext} from './read-context.js'
import type {Reader} from './reader.js'
import type {ReadResult} from './segment.js'
import {readText} from './text/read-text.js'

/** The segments of a built-in format's source, by format: what the built-in readers run. */
export const readBuiltIn: Readonly<Record<BuiltInFormat, (context: ReadContext) => ReadResult>> = {
  html: readHtml,
  text: readText,
  markdown: readMarkdown
}

/**
 * The built-in readers, in the order they are sniffed: HTML (a document that starts with a
 * doctype or `<html>`), plain text (text extracted from a PDF: form feeds or bullet glyphs, and
 * no Markdown syntax), and Markdown, which reads anything else (plain text is Markdown too).
 *
 * @example
 *   builtInReaders.map((reader) => reader.format) // => ['html', 'text', 'markdown']
 */
export const builtInReaders: readonly Reader[] = [
  {
    format: 'html',
    extensions: ['.html', '.htm', '.xhtml'],
    mediaTypes: ['text/html', 'application/xhtml+xml'],
    sniff: ({text}) => text !== undefined && /^\s*(?:<!doctype html|<html[\s>])/i.test(text),
    read: (input) => ({kind: 'segments', ...readBuiltIn.html(toContext(input))})
  },
  {
    format: 'text',
    extensions: ['.txt', '.text'],
    mediaTypes: ['text/plain'],
    sniff: ({text}) =>
      text !== undefined &&
      !/^(?:#{1,6}\s|[-*+]\s|>\s|---\s*$)|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\n]+\)/m.test(text) &&
      (text.includes('\f') || /^\s*[•\uF0B7\uF0A7▪]\s/m.test(text)),
    read: (input) => ({kind: 'segments', ...readBuiltIn.text(toContext(input))})
  },
  {
    format: 'markdown',
    extensions: ['.md', '.markdown', '.mdown', '.mkd', '.mdx'],
    mediaTypes: ['text/markdown'],
    sniff: () => true,
    read: (input) => ({kind: 'segments', ...readBuiltIn.markdown(toContext(input))})
  }
]

function toContext(input: Parameters<Reader['read']>[0]) {
  return {source: input.text, locator: input.locator, maxDepth: input.maxDepth}
}
