import type {Root} from 'mdast'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmTable} from 'micromark-extension-gfm-table'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {type Processor, unified} from 'unified'

/** Tables and footnotes of GFM, without the rest (autolinks, strikethrough) it costs to parse. */
function remarkTablesAndFootnotes(this: Processor) {
  const data = this.data()
  data.micromarkExtensions ??= []
  data.fromMarkdownExtensions ??= []
  data.micromarkExtensions.push(gfmTable(), gfmFootnote())
  data.fromMarkdownExtensions.push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown())
}

let processor: ReturnType<typeof createProcessor> | undefined

function createProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkTablesAndFootnotes)
    .freeze()
}

/**
 * Parse Markdown into a syntax tree with the extensions the parser uses.
 *
 * @param source
 *   Markdown.
 * @returns
 *   The mdast root.
 */
export function parseMarkdown(source: string): Root {
  processor ??= createProcessor()
  return processor.parse(source)
}
