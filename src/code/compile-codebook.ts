import type {Codebook, Indicator} from '../schema/codebook.js'
import {type Anchor, compilePattern} from './compile-pattern.js'

/** An indicator with its pattern compiled. */
export interface CompiledIndicator {
  indicator: Indicator
  regex: RegExp
  /** Words one of which a clause must contain for the indicator to match. */
  anchor: Anchor
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
        return {indicator, regex, anchor}
      })
    })),
    cues
  }
  cache.set(codebook, compiled)
  return compiled
}
