import type {Format} from './detect-format.js'
import type {ReadContext} from './read-context.js'
import {readHtml} from './read-html.js'
import {readMarkdown} from './read-markdown.js'
import {readText} from './read-text.js'
import type {ReadResult} from './segment.js'

/** A reader: a format's source to segments. */
export type Reader = (context: ReadContext) => ReadResult

/** The reader of each format. */
export const readers: Readonly<Record<Format, Reader>> = {
  markdown: readMarkdown,
  text: readText,
  html: readHtml
}
