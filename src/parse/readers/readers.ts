import type {Format} from '../source/detect-format.js'
import {readHtml} from './html/read-html.js'
import {readMarkdown} from './markdown/read-markdown.js'
import type {ReadContext} from './read-context.js'
import type {ReadResult} from './segment.js'
import {readText} from './text/read-text.js'

/** A reader: a format's source to segments. */
export type Reader = (context: ReadContext) => ReadResult

/** The reader of each format. */
export const readers: Readonly<Record<Format, Reader>> = {
  markdown: readMarkdown,
  text: readText,
  html: readHtml
}
