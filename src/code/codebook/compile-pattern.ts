import {normalize} from '../../text/normalize.js'

/** The largest gap a pattern may skip, in words. */
export const maxGap = 8

/** Words one of which a text must contain for a pattern to match: exact words and prefixes. */
export interface Anchor {
  exact: string[]
  prefixes: string[]
}

/** A compiled phrase pattern, or why it could not be compiled. */
export type CompiledPattern =
  | {regex: RegExp; anchor: Anchor; error?: undefined}
  | {regex?: undefined; anchor?: undefined; error: string}

const word = /^[\p{L}\p{N}]+\*?$/u

/**
 * Compile a phrase pattern into a regular expression over text folded by `normalize` (lower case,
 * no accents, words separated by single spaces). Patterns are words separated by spaces:
 *
 * - `word` matches the word (accents and case do not matter);
 * - `intergovern*` matches any word that starts so;
 * - `body|bodies|platform*` matches any of the alternatives;
 * - `[new]` matches the word or nothing;
 * - `~3` skips up to three words (at most 8, never two gaps in a row, never first or last).
 *
 * Patterns compile to expressions without nested or adjacent unbounded repetition, so matching is
 * linear in the text whatever the pattern. Since folded text is letters and digits in words
 * separated by single spaces, a word is written `[^ ]+` (a Unicode letter class costs V8 about
 * half a millisecond per expression to build): match folded text only.
 *
 * @param pattern
 *   The phrase pattern.
 * @returns
 *   `{regex}`, or `{error}` saying what is wrong.
 * @example
 *   compilePattern('new ~2 body|bodies').regex?.test('a new intergovernmental body') // => true
 */
export function compilePattern(pattern: string): CompiledPattern {
  const translated = translatePattern(pattern)
  if (translated.source === undefined) return {error: translated.error}
  try {
    return {regex: new RegExp(translated.source, 'gu'), anchor: translated.anchor}
  } catch (error) {
    return {error: error instanceof Error ? error.message : String(error)}
  }
}

/** A pattern translated to the source of its expression (flags `gu`), or why it cannot be. */
export type TranslatedPattern =
  | {source: string; anchor: Anchor; error?: undefined}
  | {source?: undefined; anchor?: undefined; error: string}

/**
 * Translate a phrase pattern (see `compilePattern`) to the source of its regular expression,
 * without building it: building a Unicode expression costs about half a millisecond, so a
 * codebook's expressions are built when first used.
 *
 * @param pattern
 *   The phrase pattern.
 * @returns
 *   `{source, anchor}`, or `{error}` saying what is wrong.
 */
export function translatePattern(pattern: string): TranslatedPattern {
  const tokens = pattern.trim().split(/\s+/)
  if (tokens.length === 0 || tokens[0] === '') return {error: 'the pattern is empty'}
  if (tokens.length > 12) return {error: `${tokens.length} tokens, expected at most 12`}
  const parts: string[] = []
  let previousGap = false
  let anchor: Anchor | undefined

  for (const [index, token] of tokens.entries()) {
    const last = index === tokens.length - 1
    const gap = /^~(\d+)$/.exec(token)
    if (gap) {
      const size = Number(gap[1])
      if (index === 0 || last) return {error: `gap \`${token}\` at an end of the pattern`}
      if (previousGap) return {error: `two gaps in a row (\`${token}\`) could backtrack`}
      if (size < 1 || size > maxGap)
        return {error: `gap \`${token}\`, expected \`~1\` to \`~${maxGap}\``}
      // Captured, so that the coder can tell a negation inside the gap (`the IGF is not the place`).
      parts.push(`((?:[^ ]+ ){0,${size}})`)
      previousGap = true
      continue
    }

    previousGap = false
    const optional = /^\[(.+)\]$/.exec(token)
    const body = optional ? (optional[1] ?? '') : token
    if (optional && (index === 0 || last))
      return {error: `optional \`${token}\` at an end of the pattern`}
    const alternatives = body.split('|')
    const compiled: string[] = []
    for (const alternative of alternatives) {
      if (!word.test(alternative)) {
        return {
          error: `\`${alternative || token}\` is not a word, a \`word*\` prefix or \`a|b\` alternatives`
        }
      }

      const prefix = alternative.endsWith('*')
      const folded = normalize(prefix ? alternative.slice(0, -1) : alternative)
      if (!/^[\p{L}\p{N}]+$/u.test(folded))
        return {error: `\`${alternative}\` folds to more than one word`}
      compiled.push(prefix ? `${folded}[^ ]*` : folded)
    }

    if (!optional && !anchor) {
      anchor = {exact: [], prefixes: []}
      for (const alternative of alternatives) {
        const folded = normalize(alternative.replace(/\*$/, ''))
        if (alternative.endsWith('*')) anchor.prefixes.push(folded)
        else anchor.exact.push(folded)
      }
    }

    const group = compiled.length === 1 ? (compiled[0] ?? '') : `(?:${compiled.join('|')})`
    parts.push(optional ? `(?:${group} )?` : last ? group : `${group} `)
  }

  return {
    source: `(?<![^ ])${parts.join('')}(?![^ ])`,
    anchor: anchor ?? {exact: [], prefixes: []}
  }
}
