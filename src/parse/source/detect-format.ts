/** The formats a contribution can be read as. */
export type Format = 'markdown' | 'text' | 'html'

/**
 * Tell the format of a document from its file extension, else from its content: an HTML document
 * starts with a doctype or `<html>`; text extracted from a PDF has form feeds or bullet glyphs and
 * no Markdown syntax; anything else is read as Markdown (which plain text also is).
 *
 * @param source
 *   The document.
 * @param extname
 *   Its file extension, such as `.md`.
 * @returns
 *   The format.
 * @example
 *   detectFormat('<!doctype html><p>Hi', undefined) // => 'html'
 */
export function detectFormat(source: string, extname: string | undefined): Format {
  const extension = extname?.toLowerCase()
  if (extension && /^\.(?:md|markdown|mdown|mkd|mdx)$/.test(extension)) return 'markdown'
  if (extension && /^\.(?:txt|text)$/.test(extension)) return 'text'
  if (extension && /^\.(?:html?|xhtml)$/.test(extension)) return 'html'
  const head = source.slice(0, 2000)
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(head)) return 'html'
  const markdown =
    /^(?:#{1,6}\s|[-*+]\s|>\s|---\s*$)|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\n]+\)/m.test(head)
  if (!markdown && (head.includes('\f') || /^\s*[•\uF0B7\uF0A7▪]\s/m.test(head))) return 'text'
  return 'markdown'
}
