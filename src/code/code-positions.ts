import {normalize} from '../parse/normalize.js'
import type {Block} from '../schema/block.js'
import type {Codebook, Indicator} from '../schema/codebook.js'
import type {Contribution} from '../schema/contribution.js'
import type {Place} from '../schema/place.js'
import type {Evidence, Position} from '../schema/position.js'
import {type CompiledCodebook, compileCodebook} from './compile-codebook.js'
import {defaultCodebook} from './default-codebook.js'
import {weighEvidence} from './weigh-evidence.js'

/** Configuration for `codePositions`. */
export interface CodePositionsOptions {
  /**
   * The codebook to code with (validate your own with `loadCodebook`).
   *
   * @default the `enhanced-cooperation` codebook
   */
  readonly codebook?: Codebook | undefined
  /**
   * Language whose indicators and cues to use.
   *
   * @default the contribution's language; all languages of the codebook when it is `und`
   */
  readonly language?: string | undefined
}

interface SentenceToCode {
  text: string
  place: Place
  questionId: string | null
  /** In a blockquote: a quotation, not the submitter's own words. */
  quoted: boolean
}

/** Words around an indicator in which a negation cue negates it. */
const negationWindow = 8
const negationAfterWindow = 4
const contrastWindow = 12

/**
 * Code the positions a contribution takes on each dimension of a codebook, sentence by sentence,
 * with the evidence for each: the quote, its place, the question it answers, the indicator, and
 * flags for negation (`should not replace`), hedging (`could consider`) and attribution (`some
 * governments have proposed …; we disagree`, or a quotation).
 *
 * @param contribution
 *   A parsed contribution.
 * @param options
 *   Configuration (optional).
 * @returns
 *   One position per dimension, in codebook order.
 * @example
 *   codePositions(cuba).find((position) => position.dimension === 'mechanism')?.stance
 *   // => 'intergovernmental'
 */
export function codePositions(
  contribution: Contribution,
  options: CodePositionsOptions = {}
): Position[] {
  if (
    typeof contribution !== 'object' ||
    contribution === null ||
    !Array.isArray(contribution.answers)
  ) {
    throw new TypeError(
      `Cannot code \`${contribution === null ? 'null' : typeof contribution}\` for \`contribution\`, expected a Contribution`
    )
  }

  const compiled = compileCodebook(options.codebook ?? defaultCodebook)
  const language = options.language ?? contribution.language
  const languages = compiled.codebook.languages.includes(language)
    ? [language]
    : compiled.codebook.languages
  const sentences = collectSentences(contribution)
  const evidence = new Map<string, Evidence[]>(
    compiled.dimensions.map((dimension) => [dimension.id, []])
  )

  for (const sentence of sentences) {
    for (const found of codeSentence(sentence, compiled, languages))
      evidence.get(found.dimension)?.push(found.evidence)
  }

  return compiled.dimensions.map((dimension) => {
    const items = evidence.get(dimension.id) ?? []
    const {stance, score} = weighEvidence(items, dimension.poles)
    return {
      contributionId: contribution.id,
      dimension: dimension.id,
      stance,
      score,
      evidence: items
    }
  })
}

function collectSentences(contribution: Contribution): SentenceToCode[] {
  const sentences: SentenceToCode[] = []
  const visit = (blocks: readonly Block[], questionId: string | null, quoted: boolean) => {
    for (const block of blocks) {
      if (block.type === 'paragraph' || block.type === 'heading') {
        for (const sentence of block.sentences) sentences.push({...sentence, questionId, quoted})
      } else if (block.type === 'list') {
        for (const item of block.items) visit(item.blocks, questionId, quoted)
      } else if (block.type === 'quote') {
        visit(block.blocks, questionId, true)
      }
    }
  }

  visit(contribution.preamble, null, false)
  for (const answer of contribution.answers) visit(answer.blocks, answer.questionId, false)
  return sentences
}

const quotation = /“([^”]{1,600})”|"([^"]{1,600})"|«([^»]{1,600})»/gu

function codeSentence(
  sentence: SentenceToCode,
  compiled: CompiledCodebook,
  languages: readonly string[]
): Array<{dimension: string; evidence: Evidence}> {
  const pieces: Array<{text: string; quoted: boolean}> = []
  let last = 0
  for (const match of sentence.text.matchAll(quotation)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? ''
    if (inner.trim().split(/\s+/).length < 4) continue
    pieces.push({text: sentence.text.slice(last, match.index), quoted: sentence.quoted})
    pieces.push({text: inner, quoted: true})
    last = match.index + match[0].length
  }

  pieces.push({text: sentence.text.slice(last), quoted: sentence.quoted})
  const clauses = pieces.flatMap((piece) =>
    piece.text
      .split(/[;:—]+/)
      .map((clause) => ({folded: normalize(clause), quoted: piece.quoted}))
      .filter((clause) => clause.folded !== '')
  )
  let whole: string | undefined
  const found: Array<{dimension: string; evidence: Evidence}> = []
  const seen = new Set<string>()

  for (const [clauseIndex, clause] of clauses.entries()) {
    // The words after the clause, for cues that look ahead: computed once, and only a few.
    let after: string | undefined
    const following = () => {
      if (after === undefined) {
        const words: string[] = []
        for (
          let next = clauseIndex + 1;
          next < clauses.length && words.length < contrastWindow;
          next++
        ) {
          words.push(...(clauses[next]?.folded.split(' ') ?? []))
        }

        after = words.slice(0, contrastWindow).join(' ')
      }

      return after
    }
    const candidates = anchoredIndicators(clause.folded, compiled, languages)
    if (candidates.size === 0) continue
    for (const dimension of compiled.dimensions) {
      const matches: Array<{indicator: Indicator; start: number; end: number; gaps: string[]}> = []
      for (const {indicator, regex, at} of dimension.indicators) {
        if (!candidates.has(at) || seen.has(indicator.id)) continue
        regex.lastIndex = 0
        const match = regex.exec(clause.folded)
        if (match) {
          matches.push({
            indicator,
            start: match.index,
            end: match.index + match[0].length,
            gaps: match.slice(1).filter((gap): gap is string => Boolean(gap))
          })
        }
      }

      // The longest match wins where matches overlap: `replace any existing organization` is not
      // also `existing organization`.
      matches.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
      const taken: Array<{start: number; end: number}> = []
      for (const {indicator, start, end, gaps} of matches) {
        if (taken.some((span) => start < span.end && end > span.start)) continue
        taken.push({start, end})
        seen.add(indicator.id)
        const before = clause.folded.slice(0, start)
        const rest = `${clause.folded.slice(end)} ${following()}`.trim()
        const cue = (kind: keyof Codebook['cues'], text: string) =>
          languages.some((language) => test(compiled.cues[kind].get(language), text))
        const negated =
          cue('negation', lastWords(before, negationWindow)) ||
          gaps.some((gap) => cue('negation', gap)) ||
          cue('negationAfter', firstWords(rest, negationAfterWindow))
        const hedged = cue('hedge', clause.folded)
        const attributed = clause.quoted || cue('attribution', before)
        whole ??= normalize(sentence.text)
        const rejected = attributed && !clause.quoted && cue('rejection', whole)
        const contrasted = negated && cue('contrast', firstWords(rest, contrastWindow))
        const pole = resolvePole(indicator.pole, dimension.poles, {
          negated,
          attributed,
          rejected,
          contrasted,
          onNegation: indicator.onNegation
        })
        let weight = pole === null ? 0 : indicator.weight
        if (hedged) weight /= 2
        if (rejected) weight /= 2
        found.push({
          dimension: dimension.id,
          evidence: {
            quote: sentence.text,
            place: sentence.place,
            questionId: sentence.questionId,
            indicator: indicator.id,
            pole,
            weight: round(weight),
            negated,
            hedged,
            attributed
          }
        })
      }
    }
  }

  return found
}

/**
 * The indicators (by position in the codebook) of the given languages that a folded clause has an
 * anchor word for: a word of the clause is one of an indicator's exact words, or starts with one
 * of its prefixes.
 */
function anchoredIndicators(
  folded: string,
  compiled: CompiledCodebook,
  languages: readonly string[]
): Set<number> {
  const found = new Set<number>()
  const words = folded.split(' ')
  for (const language of languages) {
    const index = compiled.anchors.get(language)
    if (!index) continue
    for (const word of words) {
      const exact = index.exact.get(word)
      if (exact) for (const at of exact) found.add(at)
      for (let length = index.short ? 1 : 3; length <= 3; length++) {
        const prefixes = index.prefixes.get(word.slice(0, length))
        if (!prefixes) continue
        for (const {prefix, at} of prefixes) if (word.startsWith(prefix)) found.add(at)
      }
    }
  }

  return found
}

function resolvePole(
  pole: string,
  poles: readonly [string, string],
  flags: {
    negated: boolean
    attributed: boolean
    rejected: boolean
    contrasted: boolean
    onNegation: 'opposite' | 'nothing'
  }
): string | null {
  const opposite = pole === poles[0] ? poles[1] : pole === poles[1] ? poles[0] : null
  if (flags.attributed) return flags.rejected && !flags.negated ? opposite : null
  if (flags.negated) return flags.contrasted || flags.onNegation === 'nothing' ? null : opposite
  return pole
}

function test(regex: RegExp | undefined, text: string): boolean {
  if (!regex || !text) return false
  regex.lastIndex = 0
  return regex.test(text)
}

function lastWords(text: string, count: number): string {
  const words = text.trim().split(' ')
  return words.slice(-count).join(' ')
}

function firstWords(text: string, count: number): string {
  return text.trim().split(' ').slice(0, count).join(' ')
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
