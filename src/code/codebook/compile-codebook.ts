import type {Codebook, Indicator} from '../../schema/codebook.js'
import {type Anchor, translatePattern} from './compile-pattern.js'

/** An indicator with its pattern compiled (the expression is built when first read). */
export interface CompiledIndicator {
  indicator: Indicator
  readonly regex: RegExp
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
  cues: Record<keyof Codebook['cues'], CueExpressions>
  anchors: Map<string, AnchorIndex>
}

/** The cue expression of each language (built when first asked for). */
export interface CueExpressions {
  readonly languages: readonly string[]
  get(language: string): RegExp | undefined
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
  const translate = (pattern: string, where: string) => {
    const result = translatePattern(pattern)
    if (result.source === undefined) {
      throw new TypeError(
        `Cannot compile \`${pattern}\` for \`${where}\`, expected a phrase pattern: ${result.error}`
      )
    }

    return result
  }

  const cues = {} as CompiledCodebook['cues']
  for (const [kind, byLanguage] of Object.entries(codebook.cues) as Array<
    [keyof Codebook['cues'], Record<string, string[]>]
  >) {
    const sources = new Map<string, string | undefined>()
    for (const [language, patterns] of Object.entries(byLanguage)) {
      const each = patterns.map(
        (pattern, index) => translate(pattern, `cues.${kind}.${language}[${index}]`).source
      )
      sources.set(
        language,
        each.length > 0 ? each.map((source) => `(?:${source})`).join('|') : undefined
      )
    }

    cues[kind] = lazyExpressions(sources)
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
        const {source, anchor} = translate(
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

        let regex: RegExp | undefined
        return {
          indicator,
          get regex() {
            regex ??= new RegExp(source, 'gu')
            return regex
          },
          anchor,
          at
        }
      })
    })),
    cues,
    anchors
  }
  cache.set(codebook, compiled)
  return compiled
}

function lazyExpressions(sources: ReadonlyMap<string, string | undefined>): CueExpressions {
  const built = new Map<string, RegExp | undefined>()
  return {
    languages: [...sources.keys()],
    get(language) {
      if (!built.has(language)) {
        const source = sources.get(language)
        built.set(language, source === undefined ? undefined : new RegExp(source, 'gu'))
      }
      return built.get(language)
    }
  }
}
