/** What in a Markdown document makes remark-parse slow, and how much of it there is. */
export interface SlowMarkdown {
  /**
   * `emphasis` (runs of `*` or `_`), `brackets` (`[`), `footnote-definitions`, `setext-headings`
   * (a line of `=` or `-` under a line of text) or `blockquotes` (a `>` line after a blank line).
   */
  kind: 'emphasis' | 'brackets' | 'footnote-definitions' | 'setext-headings' | 'blockquotes'
  /** How many were found: in one paragraph, or in the document for footnote definitions. */
  count: number
  /** The largest number allowed. */
  limit: number
  /** Where the paragraph (or the first footnote definition) starts. */
  offset: number
}

/**
 * Most runs of emphasis markers, and of opening brackets, in one paragraph that remark-parse is
 * given: resolving them takes time that grows with their square (`*a**` repeated 20,000 times
 * takes 6 s; `[a](` repeated, as long), and a real paragraph has a few dozen.
 */
export const maxInlineMarkers = 2000

/**
 * Most footnote definitions (`[^x]: …`) in a document that remark-parse is given: each is looked
 * up among those before it, so that 200,000 of them take minutes; a real contribution has dozens.
 */
export const maxFootnoteDefinitions = 2000

/**
 * Most setext headings (a line of `=` or `-` under a line of text), and most blockquotes that a
 * blank line sets apart, in a document that remark-parse is given. Measured on this machine
 * (`a\n=\n\n` and `> a\n\n` repeated; every other construct of CommonMark grows linearly): 1,000
 * setext headings take 0.4 s, 2,000 take 2.3 s and 4,000 take 13 s; 1,000 blockquotes 0.2 s, 2,000
 * take 1.4 s, 4,000 take 8 s. A real contribution has a few dozen of either.
 */
export const maxSetextHeadings = 500
export const maxBlockquotes = 500

/**
 * Find what would make remark-parse slow on a document, without parsing it, in one pass over its
 * characters: a paragraph with thousands of emphasis runs or brackets, thousands of footnote
 * definitions, or hundreds of setext headings or of blockquotes set apart by blank lines. A
 * document with any is read as plain text instead.
 *
 * @param source
 *   Markdown.
 * @returns
 *   The first thing found past its limit, or `undefined`.
 * @example
 *   findSlowMarkdown('*a**'.repeat(3000))?.kind // => 'emphasis'
 */
export function findSlowMarkdown(source: string): SlowMarkdown | undefined {
  let paragraphStart = 0
  let runs = 0
  let brackets = 0
  let definitions = 0
  let firstDefinition = -1
  let lineStart = true
  let blank = true
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index)
    if (code === 10) {
      if (blank) {
        paragraphStart = index + 1
        runs = 0
        brackets = 0
      }

      lineStart = true
      blank = true
      continue
    }

    if (code !== 32 && code !== 9 && code !== 13) blank = false
    if (code === 42 || code === 95 /* `*` `_` */) {
      if (source.charCodeAt(index - 1) !== code) runs++
    } else if (code === 91 /* `[` */) {
      if (
        lineStart &&
        source.charCodeAt(index + 1) === 94 /* `^` */ &&
        isDefinition(source, index)
      ) {
        definitions++
        if (firstDefinition === -1) firstDefinition = index
      } else {
        brackets++
      }
    }

    if (code !== 32) lineStart = false
    if (runs > maxInlineMarkers) {
      return {
        kind: 'emphasis',
        count: countInParagraph(source, paragraphStart, 'emphasis'),
        limit: maxInlineMarkers,
        offset: paragraphStart
      }
    }

    if (brackets > maxInlineMarkers) {
      return {
        kind: 'brackets',
        count: countInParagraph(source, paragraphStart, 'brackets'),
        limit: maxInlineMarkers,
        offset: paragraphStart
      }
    }
  }

  const blocks = countBlockShapes(source)
  if (blocks.setext.count > maxSetextHeadings) {
    return {
      kind: 'setext-headings',
      count: blocks.setext.count,
      limit: maxSetextHeadings,
      offset: blocks.setext.first
    }
  }
  if (blocks.quotes.count > maxBlockquotes) {
    return {
      kind: 'blockquotes',
      count: blocks.quotes.count,
      limit: maxBlockquotes,
      offset: blocks.quotes.first
    }
  }

  if (definitions > maxFootnoteDefinitions) {
    return {
      kind: 'footnote-definitions',
      count: definitions,
      limit: maxFootnoteDefinitions,
      offset: firstDefinition
    }
  }

  return undefined
}

/**
 * Count, line by line, setext underlines (a line of only `=` or only `-`, up to three spaces
 * before and any after, under a line that is not blank) and blockquote starts (a line whose first
 * character, after up to three spaces, is `>`, at the start or after a blank line), with the
 * offset of the first of each.
 */
function countBlockShapes(source: string): {
  setext: {count: number; first: number}
  quotes: {count: number; first: number}
} {
  const setext = {count: 0, first: -1}
  const quotes = {count: 0, first: -1}
  let previousBlank = true
  let start = 0
  while (start <= source.length) {
    let end = source.indexOf('\n', start)
    if (end === -1) end = source.length
    let at = start
    while (at < end && at - start < 3 && source.charCodeAt(at) === 32) at++
    const first = source.charCodeAt(at)
    let blank = true
    for (let index = at; index < end; index++) {
      const code = source.charCodeAt(index)
      if (code !== 32 && code !== 9 && code !== 13) {
        blank = false
        break
      }
    }
    if (!blank && !previousBlank && (first === 61 || first === 45) /* `=` `-` */) {
      let index = at
      while (index < end && source.charCodeAt(index) === first) index++
      while (index < end && (source.charCodeAt(index) === 32 || source.charCodeAt(index) === 13))
        index++
      if (index === end) {
        setext.count++
        if (setext.first === -1) setext.first = start
      }
    }
    if (first === 62 /* `>` */ && previousBlank) {
      quotes.count++
      if (quotes.first === -1) quotes.first = start
    }
    previousBlank = blank
    start = end + 1
  }
  return {setext, quotes}
}

/** `[^label]:` at an index: a footnote definition's start (the label has no `]` or line break). */
function isDefinition(source: string, index: number): boolean {
  const last = Math.min(source.length, index + 1000)
  for (let at = index + 2; at < last; at++) {
    const code = source.charCodeAt(at)
    if (code === 10) return false
    if (code === 93 /* `]` */) return source.charCodeAt(at + 1) === 58 /* `:` */
  }

  return false
}

/** Count emphasis runs or brackets of the whole paragraph that starts at an offset. */
function countInParagraph(source: string, start: number, kind: 'emphasis' | 'brackets'): number {
  let count = 0
  let blank = true
  for (let index = start; index < source.length; index++) {
    const code = source.charCodeAt(index)
    if (code === 10) {
      if (blank && index > start) break
      blank = true
      continue
    }

    if (code !== 32 && code !== 9 && code !== 13) blank = false
    if (
      kind === 'emphasis' &&
      (code === 42 || code === 95) &&
      source.charCodeAt(index - 1) !== code
    )
      count++
    if (kind === 'brackets' && code === 91) count++
  }

  return count
}
