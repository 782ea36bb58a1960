import {defaultCodebook} from '../../../codebooks/default-codebook.js'
import {weighEvidence} from '../../../evidence/weigh-evidence.js'
import type {Codebook, Indicator} from '../../../schema/codebook.js'
import type {Contribution} from '../../../schema/contribution.js'
import type {Evidence, Position} from '../../../schema/position.js'
import {normalize} from '../../../text/normalize.js'
import {type CompiledCodebook, compileCodebook} from '../../codebook/compile-codebook.js'
import {collectSentences, type SentenceToCode} from './collect-sentences.js'
import {findAcronyms, findNames} from './find-names.js'
import {flagMatch} from './flag-match.js'
import {splitClauses} from './split-clauses.js'
import {submitterWords} from './submitter-words.js'

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

/** Words after a clause that cues looking ahead may read. */
const contrastWindow = 12

/**
 * Code the positions a contribution takes on each dimension of a codebook, sentence by sentence,
 * with the evidence for each: the quote, its place, the question it answers, the indicator, and
 * flags for negation (`should not replace`), hedging (`could consider`) and attribution (`some
 * governments have proposed …; we disagree`, or a quotation). Names are masked (`the Global
 * Multistakeholder Meeting`), and an indicator counts only in the frame it needs (the submitter
 * prescribing or judging; an assessment of enhanced cooperation): see docs/methodology.md.
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
  const context: DocumentContext = {
    acronyms: new Set(sentences.flatMap((sentence) => findAcronyms(sentence.text))),
    known: languages.map((entry) => compiled.cues.name.get(entry)),
    submitter: submitterWords(contribution.submitter.name)
  }

  for (const [index, sentence] of sentences.entries()) {
    const following = sentences[index + 1]
    const next = normalize(following?.block === sentence.block ? following.text : '')
      .split(' ')
      .slice(0, 12)
      .join(' ')
    for (const found of codeSentence(sentence, next, compiled, languages, context))
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

/** What every sentence of a document is coded with. */
interface DocumentContext {
  acronyms: ReadonlySet<string>
  known: ReadonlyArray<RegExp | undefined>
  submitter: readonly string[]
}

function codeSentence(
  sentence: SentenceToCode,
  next: string,
  compiled: CompiledCodebook,
  languages: readonly string[],
  context: DocumentContext
): Array<{dimension: string; evidence: Evidence}> {
  const clauses = splitClauses(sentence)
  let whole: string | undefined
  const found: Array<{dimension: string; evidence: Evidence}> = []
  const seen = new Set<string>()

  for (const [clauseIndex, clause] of clauses.entries()) {
    const candidates = anchoredIndicators(clause.folded, compiled, languages)
    if (candidates.size === 0) continue
    const names = findNames(clause.text, clause.folded, context)
    const words = wordStarts(clause.folded)
    const outsideNames = (start: number, end: number) => {
      const first = wordAt(words, start)
      const last = wordAt(words, end - 1)
      return !names.some(([from, to]) => first >= from && last < to)
    }
    const following = clauses
      .slice(clauseIndex + 1)
      .map((entry) => entry.folded)
      .join(' ')
      .split(' ')
      .slice(0, contrastWindow)
      .join(' ')
    const lead = [
      sentence.lead,
      clause.afterColon
        ? clauses
            .slice(0, clauseIndex)
            .map((entry) => entry.folded)
            .join(' ')
        : ''
    ]
      .join(' ')
      .trim()

    for (const dimension of compiled.dimensions) {
      const matches = matchIndicators(clause.folded, dimension.indicators, {
        candidates,
        seen,
        outsideNames
      })
      // The longest match wins where matches overlap: `replace any existing organization` is not
      // also `existing organization`.
      matches.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
      const taken: Array<{start: number; end: number}> = []
      for (const {indicator, start, end, gaps} of matches) {
        if (taken.some((span) => start < span.end && end > span.start)) continue
        whole ??= normalize(sentence.text)
        const flags = flagMatch(
          {
            clause: clause.folded,
            start,
            end,
            gaps,
            following,
            sentence: whole,
            next,
            lead,
            quoted: clause.quoted,
            submitter: context.submitter
          },
          indicator,
          compiled,
          languages
        )
        // Without the frame it needs (the submitter prescribing, judging, assessing), a match
        // is description: no evidence. Someone else's view and a negated frame stay as evidence.
        if (!flags.framed && !flags.attributed && !flags.removed) continue
        taken.push({start, end})
        seen.add(indicator.id)
        const pole = flags.removed
          ? null
          : resolvePole(indicator.pole, dimension.poles, {
              ...flags,
              onNegation: indicator.onNegation
            })
        let weight = pole === null ? 0 : indicator.weight
        if (flags.hedged) weight /= 2
        if (flags.rejected) weight /= 2
        found.push({
          dimension: dimension.id,
          evidence: {
            quote: sentence.text,
            place: sentence.place,
            questionId: sentence.questionId,
            indicator: indicator.id,
            pole,
            weight: round(weight),
            negated: flags.negated,
            hedged: flags.hedged,
            attributed: flags.attributed
          }
        })
      }
    }
  }

  return found
}

interface Match {
  indicator: Indicator
  start: number
  end: number
  gaps: string[]
}

/**
 * The first match of each indicator in a clause that is not inside a name (`the Multistakeholder
 * Advisory Group` is none), for the indicators the clause has an anchor word for and that have not
 * counted in the sentence yet.
 */
function matchIndicators(
  folded: string,
  indicators: CompiledCodebook['dimensions'][number]['indicators'],
  filter: {
    candidates: ReadonlySet<number>
    seen: ReadonlySet<string>
    outsideNames: (start: number, end: number) => boolean
  }
): Match[] {
  const matches: Match[] = []
  for (const entry of indicators) {
    const {indicator} = entry
    if (!filter.candidates.has(entry.at) || filter.seen.has(indicator.id)) continue
    // Read only now: the expression is built on first use.
    const {regex} = entry
    regex.lastIndex = 0
    for (const match of folded.matchAll(regex)) {
      if (!filter.outsideNames(match.index, match.index + match[0].length)) continue
      matches.push({
        indicator,
        start: match.index,
        end: match.index + match[0].length,
        gaps: match.slice(1).filter((gap): gap is string => Boolean(gap))
      })
      break
    }
  }

  return matches
}

/** The offset in a folded text where each of its words starts. */
function wordStarts(folded: string): number[] {
  const starts = [0]
  for (let at = 0; at < folded.length; at++) if (folded[at] === ' ') starts.push(at + 1)
  return starts
}

/** The index of the word a character offset is in. */
function wordAt(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((starts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }

  return low
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

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
