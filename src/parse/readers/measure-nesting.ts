/**
 * Estimate how deeply a Markdown document nests containers (blockquotes and lists), from the
 * markers and indentation at the start of its lines, without parsing it: deep nesting makes
 * Markdown parsing slow and recursion deep, so a document nested deeper than a limit is read as
 * plain text instead.
 *
 * @param source
 *   Markdown.
 * @returns
 *   The deepest nesting found on any line.
 * @example
 *   measureNesting('> > - item') // => 3
 */
export function measureNesting(source: string): number {
  let deepest = 0
  let depth = 0
  let spaces = 0
  let atLineStart = true
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index)
    if (code === 10 || code === 13) {
      atLineStart = true
      depth = 0
      spaces = 0
      continue
    }

    if (!atLineStart) continue
    if (code === 32) {
      spaces++
    } else if (code === 9) {
      spaces += 4
    } else if (code === 62 /* `>` */) {
      depth++
    } else if (
      (code === 45 || code === 42 || code === 43) /* `-*+` */ &&
      source.charCodeAt(index + 1) === 32
    ) {
      depth += 1 + Math.floor(spaces / 2)
      spaces = 0
    } else {
      atLineStart = false
    }

    if (depth > deepest) deepest = depth
  }

  return deepest
}

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr'
])

/**
 * Estimate how deeply HTML nests elements, from its tags, without parsing it (HTML parsers recurse
 * on deep nesting): unclosed tags count, void elements and self-closing tags do not.
 *
 * @param html
 *   HTML.
 * @returns
 *   The deepest nesting found (an over-estimate where end tags are left out).
 * @example
 *   measureHtmlNesting('<div><p>a<br></p></div>') // => 2
 */
export function measureHtmlNesting(html: string): number {
  let depth = 0
  let deepest = 0
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w-]{0,30})[^<>]{0,2000}?(\/?)>/g)) {
    const name = (match[2] ?? '').toLowerCase()
    if (match[1]) depth = Math.max(0, depth - 1)
    else if (!match[3] && !voidElements.has(name)) depth++
    if (depth > deepest) deepest = depth
  }

  return deepest
}
