import type {Codebook, Indicator} from '../schema/codebook.js'
import {type Anchor, compilePattern} from './compile-pattern.js'

/** An indicator with its pattern compiled. */
export interface CompiledIndicator {
  indicator: Indicator
  regex: RegExp
  /** Words one of which a clause must contain for the indicator to match. */
  anchor: Anchor
  /** Its position among all the codebook's indicators. */
  at: number
}

/**
 * The indicators of one language by the words that anchor them: a clause's words look up the
 * indicators worth trying on it, instead of every indicator being tried on every clause.
 */
export interface AnchorIndex {
  exact: Map<string, number[]>
  /** Prefixes by their first three letters (or fewer, for shorter prefixes). */
  prefixes: Map<string, Array<{prefix: string; at: number}>>
  /** Whether some prefix is shorter than three letters (looked up by its whole self). */
  short: boolean
}

/** A codebook ready to match: indicators and cue patterns compiled, by language. */
export interface CompiledCodebook {
  codebook: Codebook
  dimensions: Array<{
    id: string
    poles: [string, string]
    indicators: CompiledIndicator[]
  }>
  cues: Record<keyof Codebook['cues'], Map<string, RegExp | undefined>>
  anchors: Map<string, AnchorIndex>
}

const cache = new WeakMap<Codebook, CompiledCodebook>()

/**
 * Compile a codebook's patterns once (cached per codebook object).
 *
 * @param codebook
 *   A valid codebook (see `loadCodebook`).
 * @returns
 *   The compiled codebook.
 * @throws {TypeError}
 *   When a pattern does not compile: validate user codebooks with `loadCodebook` first.
 */
export function compileCodebook(codebook: Codebook): CompiledCodebook {
  const cached = cache.get(codebook)
  if (cached) return cached
  const compileWithAnchor = (pattern: string, where: string) => {
    const result = compilePattern(pattern)
    if (!result.regex) {
      throw new TypeError(
        `Cannot compile \`${pattern}\` for \`${where}\`, expected a phrase pattern: ${result.error}`
      )
    }

    return result
  }

  const compile = (pattern: string, where: string): RegExp =>
    compileWithAnchor(pattern, where).regex

  const cues = {} as CompiledCodebook['cues']
  for (const [kind, byLanguage] of Object.entries(codebook.cues) as Array<
    [keyof Codebook['cues'], Record<string, string[]>]
  >) {
    const map = new Map<string, RegExp | undefined>()
    for (const [language, patterns] of Object.entries(byLanguage)) {
      const sources = patterns.map(
        (pattern, index) => compile(pattern, `cues.${kind}.${language}[${index}]`).source
      )
      map.set(
        language,
        sources.length > 0
          ? new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'gu')
          : undefined
      )
    }

    cues[kind] = map
  }

  let count = 0
  const anchors = new Map<string, AnchorIndex>()
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key)
    if (list) list.push(value)
    else map.set(key, [value])
  }

  const compiled: CompiledCodebook = {
    codebook,
    dimensions: codebook.dimensions.map((dimension, index) => ({
      id: dimension.id,
      poles: [dimension.poles[0].id, dimension.poles[1].id],
      indicators: dimension.indicators.map((indicator, position) => {
        const {regex, anchor} = compileWithAnchor(
          indicator.pattern,
          `dimensions[${index}].indicators[${position}].pattern`
        )
        const at = count++
        let anchorIndex = anchors.get(indicator.language)
        if (!anchorIndex) {
          anchorIndex = {exact: new Map(), prefixes: new Map(), short: false}
          anchors.set(indicator.language, anchorIndex)
        }

        for (const word of anchor.exact) add(anchorIndex.exact, word, at)
        for (const prefix of anchor.prefixes) {
          add(anchorIndex.prefixes, prefix.slice(0, 3), {prefix, at})
          if (prefix.length < 3) anchorIndex.short = true
        }

        return {indicator, regex, anchor, at}
      })
    })),
    cues,
    anchors
  }
  cache.set(codebook, compiled)
  return compiled
}
