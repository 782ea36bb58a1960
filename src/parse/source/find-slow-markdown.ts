/** What in a Markdown document makes remark-parse slow, and how much of it there is. */
export interface SlowMarkdown {
  /** `emphasis` (runs of `*` or `_`), `brackets` (`[`) or `footnote-definitions`. */
  kind: 'emphasis' | 'brackets' | 'footnote-definitions'
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
 * Find what would make remark-parse slow on a document, without parsing it, in one pass over its
 * characters: a paragraph with thousands of emphasis runs or brackets, or thousands of footnote
 * definitions. A document with any is read as plain text instead.
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
