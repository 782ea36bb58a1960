import type {Codebook, Indicator} from '../../../schema/codebook.js'
import type {CompiledCodebook} from '../../codebook/compile-codebook.js'

/** Cue kinds of a codebook. */
export type CueKind = keyof Codebook['cues']

/** Where an indicator matched, and what is around it. */
export interface MatchContext {
  /** The folded clause. */
  clause: string
  start: number
  end: number
  /** The words the pattern's gaps skipped. */
  gaps: readonly string[]
  /** The words of the next clauses of the sentence, a few. */
  following: string
  /** The folded sentence. */
  sentence: string
  /** The first words of the next sentence, folded (a rejection may follow there). */
  next: string
  /** Folded text that frames the clause from outside: a list's lead-in, what precedes a colon. */
  lead: string
  /** In a quotation or blockquote. */
  quoted: boolean
  /** Folded words of the submitter's name, as a source that is its own voice. */
  submitter: readonly string[]
}

/** The flags of a match, and whether it counts at all. */
export interface MatchFlags {
  /** False when the indicator's frame is missing: the match is no evidence. */
  framed: boolean
  negated: boolean
  /** A negated frame (`is not about X`): the match supports nothing. */
  removed: boolean
  hedged: boolean
  attributed: boolean
  rejected: boolean
  contrasted: boolean
}

/** Words before an indicator in which a negation cue negates it (NegEx's bounded scope). */
const negationWindow = 8
const negationAfterWindow = 4
const contrastWindow = 12

interface Span {
  start: number
  end: number
}

/**
 * Read what surrounds an indicator's match: negation (with scope, after NegEx: pseudo-triggers
 * negate nothing, a scope terminator ends a negation), a negated frame, hedging, attribution (a
 * source other than the submitter with a reporting verb, or a quotation) and its rejection, and the
 * frame the indicator needs.
 *
 * @param context
 *   The match and its surroundings.
 * @param indicator
 *   The indicator that matched.
 * @param compiled
 *   The compiled codebook.
 * @param languages
 *   The languages whose cues apply.
 * @returns
 *   The flags.
 */
export function flagMatch(
  context: MatchContext,
  indicator: Indicator,
  compiled: CompiledCodebook,
  languages: readonly string[]
): MatchFlags {
  const find = (kind: CueKind, text: string): Span[] => findCues(compiled, kind, languages, text)
  const has = (kind: CueKind, text: string) => text !== '' && find(kind, text).length > 0
  const {clause, start, end} = context
  const ends = find('scopeEnd', clause)
  const scopeStart = Math.max(
    0,
    ...ends.filter((span) => span.end <= start).map((span) => span.end)
  )
  const before = clause.slice(0, start)
  const inScope = clause.slice(scopeStart, start)
  const rest = `${clause.slice(end)} ${context.following}`.trim()

  const removed = !context.quoted && has('frameNegation', inScope)
  const pseudo = find('pseudoNegation', inScope)
  const negatedFrame =
    !context.quoted &&
    find('rejection', inScope).some((cue) => !pseudo.some((span) => span.start === cue.start))
  const attributed =
    context.quoted || has('attribution', before) || reported(inScope, context.submitter, find)
  // `We do not believe that X`, `it is not necessary to X`: the submitter's own rejection of X.
  const negated =
    removed ||
    (negatedFrame && !attributed) ||
    negatedBefore(lastWords(before, negationWindow), find) ||
    context.gaps.some((gap) => negatedBefore(gap, find)) ||
    negatedAfter(firstWords(rest, negationAfterWindow), find)
  const hedged = has('hedge', clause)
  const rejected =
    attributed &&
    !context.quoted &&
    (has('rejection', context.sentence) || has('rejection', context.next))
  const contrasted = negated && has('contrast', firstWords(rest, contrastWindow))
  // A frame governs its clause, not a reason or concession inside it (`we prefer X, because Y`).
  const frameEnds = find('frameEnd', clause)
  const frameStart = Math.max(
    0,
    ...frameEnds.filter((span) => span.end <= start).map((span) => span.end)
  )
  const frameStop = Math.min(
    clause.length,
    ...frameEnds.filter((span) => span.start >= end).map((span) => span.start)
  )
  const scope = clause.slice(frameStart, frameStop)
  const framed =
    indicator.frame === 'any' ||
    (indicator.frame === 'assessment'
      ? has('assessment', context.sentence)
      : has('frame', scope) ||
        has('frame', context.lead) ||
        has('directive', openingWord(context.sentence)))

  return {framed, negated, removed, hedged, attributed, rejected, contrasted}
}

/** The matches of a cue kind in a text, in the given languages. */
function findCues(
  compiled: CompiledCodebook,
  kind: CueKind,
  languages: readonly string[],
  text: string
): Span[] {
  const spans: Span[] = []
  if (!text) return spans
  for (const language of languages) {
    const regex = compiled.cues[kind].get(language)
    if (!regex) continue
    // Pseudo-triggers overlap (`nest pas seulement`, `pas seulement`): every start is looked at.
    const step = kind === 'pseudoNegation'
    regex.lastIndex = 0
    let match = regex.exec(text)
    while (match) {
      spans.push({start: match.index, end: match.index + match[0].length})
      regex.lastIndex = step ? match.index + 1 : Math.max(regex.lastIndex, match.index + 1)
      match = regex.exec(text)
    }
  }

  return spans
}

type Find = (kind: CueKind, text: string) => Span[]

/** A negation cue in the words before, not a pseudo-trigger, whose scope no terminator ends. */
function negatedBefore(window: string, find: Find): boolean {
  if (!window) return false
  const pseudo = find('pseudoNegation', window)
  const ends = find('scopeEnd', window)
  return find('negation', window).some(
    (cue) =>
      !pseudo.some((span) => span.start === cue.start) &&
      !ends.some((span) => span.start >= cue.end)
  )
}

/** A negating phrase just after, before any scope terminator. */
function negatedAfter(window: string, find: Find): boolean {
  if (!window) return false
  const ends = find('scopeEnd', window)
  const pseudo = find('pseudoNegation', window)
  return find('negationAfter', window).some(
    (cue) =>
      !ends.some((span) => span.end <= cue.start) &&
      !pseudo.some((span) => span.start === cue.start)
  )
}

/**
 * Whether a reporting verb gives what follows to a source other than the submitter: `some
 * governments argue`, `the proposal calls for`, but not `we propose`, `Chile proposes`, `it is
 * important to support`. A source the text does not mark as someone else's is the submitter's.
 */
function reported(inScope: string, submitter: readonly string[], find: Find): boolean {
  for (const verb of find('report', inScope)) {
    const source = inScope.slice(0, verb.start).trim()
    if (source === '' || /(?:^| )to$/.test(source)) continue
    // `The group could consider`, `governments should support`: the submitter's prescription.
    const framed = find('frame', inScope.slice(0, verb.end)).some((span) => span.start < verb.start)
    if (find('ownSource', source).length > 0 || framed) continue
    if (namesSubmitter(source, submitter)) continue
    if (find('otherSource', source).length > 0) return true
  }

  return false
}

function namesSubmitter(source: string, submitter: readonly string[]): boolean {
  return source
    .split(' ')
    .some((word) =>
      submitter.some(
        (name) =>
          word === name ||
          (word.length >= 5 && name.length >= 5 && word.slice(0, 5) === name.slice(0, 5))
      )
    )
}

/** The sentence's first word, past list numbering (`(4)`, `a)`, `iii.`). */
function openingWord(sentence: string): string {
  const words = sentence.split(' ')
  let at = 0
  while (at < words.length - 1 && /^(?:\d+|[a-z]|[ivx]+)$/.test(words[at] ?? '')) at++
  return words[at] ?? ''
}

function lastWords(text: string, count: number): string {
  const words = text.trim().split(' ')
  return words.slice(-count).join(' ')
}

function firstWords(text: string, count: number): string {
  return text.trim().split(' ').slice(0, count).join(' ')
}
