import {normalize} from '../../../text/normalize.js'

/** A run of words, by their index among the words of the folded text: `[start, end)`. */
export type WordSpan = readonly [number, number]

interface Token {
  text: string
  folded: string
  start: number
  end: number
}

/** Small words a titled name may have inside it (`Working Group on Enhanced Cooperation`). */
const connectors = new Set([
  'of',
  'on',
  'for',
  'the',
  'to',
  'and',
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'y',
  'para',
  'sobre',
  'des',
  'du',
  'le',
  'les',
  'et',
  'sur',
  'pour',
  'l',
  'd'
])

/** Words a name does not start with, though capitalised at the start of a sentence. */
const articles = new Set(['a', 'an', 'un', 'una', 'une', 'this', 'these', 'our', 'its', 'their'])

/** Connectors that make a titled run a name by themselves (`Group of Experts`), not `the`, `and`. */
const linking = new Set([
  'of',
  'on',
  'for',
  'to',
  'de',
  'del',
  'sobre',
  'para',
  'du',
  'des',
  'sur',
  'pour'
])

/** Nouns that head the names of meetings, bodies, groups and processes. */
const heads = new Set([
  'meeting',
  'group',
  'committee',
  'council',
  'forum',
  'conference',
  'summit',
  'panel',
  'commission',
  'organization',
  'organisation',
  'union',
  'agenda',
  'declaration',
  'statement',
  'initiative',
  'project',
  'coalition',
  'alliance',
  'assembly',
  'board',
  'secretariat',
  'partnership',
  'institute',
  'foundation',
  'programme',
  'program',
  'observatory',
  'charter',
  'roadmap',
  'treaty',
  'convention',
  'grupo',
  'foro',
  'reunion',
  'comite',
  'consejo',
  'cumbre',
  'comision',
  'groupe',
  'conseil',
  'sommet',
  'commission'
])

/** Nouns of concepts, which a titled phrase with `of` does not make a name. */
const concepts = new Set([
  'model',
  'approach',
  'principle',
  'principles',
  'system',
  'ecosystem',
  'governance',
  'cooperation',
  'participation',
  'modelo',
  'enfoque',
  'principios',
  'sistema',
  'gobernanza',
  'modele',
  'approche',
  'systeme',
  'gouvernance'
])

/**
 * Find the names in a clause: titled multiword names (capitalised words with `of`, `on`, `for`,
 * `the` inside, or ending in a noun such as `Meeting`, `Group`, `Committee`), acronyms introduced
 * for a name, and the known names a codebook lists. An indicator inside a name is no stance.
 *
 * @param text
 *   The clause as written (case matters).
 * @param folded
 *   The clause folded by `normalize`.
 * @param options
 *   `acronyms`: folded acronyms introduced in the document; `known`: the codebook's name patterns.
 * @returns
 *   The names as spans of words of `folded`.
 * @example
 *   findNames('the Working Group on Enhanced Cooperation met', 'the working group on enhanced cooperation met', {acronyms: new Set(), known: []})
 *   // => [[1, 6]]
 */
export function findNames(
  text: string,
  folded: string,
  options: {acronyms: ReadonlySet<string>; known: readonly (RegExp | undefined)[]}
): WordSpan[] {
  const spans: WordSpan[] = []
  const words = folded === '' ? [] : folded.split(' ')
  const tokens = tokenize(text)
  // Only when the clause's own words line up with its folded words (they do, but for odd scripts).
  if (tokens.length === words.length && tokens.every((token, at) => token.folded === words[at])) {
    spans.push(...titledNames(text, tokens))
    for (const [at, token] of tokens.entries())
      if (options.acronyms.has(token.folded) && isAcronym(token.text)) spans.push([at, at + 1])
  }

  for (const regex of options.known) {
    if (!regex) continue
    regex.lastIndex = 0
    for (const match of folded.matchAll(regex)) {
      const start = wordIndex(folded, match.index)
      spans.push([start, start + match[0].split(' ').length])
    }
  }

  return spans
}

/**
 * The acronyms a text introduces for a titled name: `Internet Governance Forum (IGF)`.
 *
 * @param text
 *   A sentence as written.
 * @returns
 *   The acronyms, folded.
 */
export function findAcronyms(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(/\(([\p{Lu}][\p{L}\p{N}]{1,11})\)/gu)) {
    const acronym = match[1] ?? ''
    if (!isAcronym(acronym)) continue
    const before = text.slice(0, match.index).trimEnd()
    const tokens = tokenize(before)
    const names = titledNames(before, tokens)
    const last = names.at(-1)
    const initials = new Set(acronym.toLowerCase())
    // A name just before it, or capitalised words just before it whose initials it uses.
    const previous = tokens.slice(-3).filter((token) => isTitled(token.text))
    if (
      (last && last[1] === tokens.length) ||
      (previous.length >= 2 && previous.every((token) => initials.has(token.folded[0] ?? '')))
    )
      found.push(normalize(acronym))
  }

  return found
}

/** Whether a word is written as an acronym: two capitals or more (`IGF`, `NETmundial`, `WGEC`). */
function isAcronym(word: string): boolean {
  return (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}'’`´]+/gu)) {
    const folded = normalize(match[0])
    if (folded === '') continue
    // A word normalize splits in two (rare: an odd character inside) ends the alignment.
    for (const part of folded.split(' '))
      tokens.push({
        text: match[0],
        folded: part,
        start: match.index,
        end: match.index + match[0].length
      })
  }

  return tokens
}

function titledNames(text: string, tokens: readonly Token[]): WordSpan[] {
  const spans: WordSpan[] = []
  const opening = tokens.findIndex((token) => !/^(?:\d+|[a-z]|[ivx]+)$/.test(token.folded))
  let start = 0
  while (start < tokens.length) {
    let end = start
    while (end < tokens.length && inName(text, tokens, end, start)) end++
    if (end === start) {
      start++
      continue
    }

    let first = start
    let last = end - 1
    while (
      first <= last &&
      (connectors.has(tokens[first]?.folded ?? '') || articles.has(tokens[first]?.folded ?? ''))
    )
      first++
    while (last >= first && connectors.has(tokens[last]?.folded ?? '')) last--
    // The first word of a clause is capitalised anyway (`Strengthen the Internet Governance
    // Forum`): it belongs to the name only when the name needs it.
    if (first === opening) {
      const rest = tokens.slice(first + 1, last + 1)
      if (isName(rest)) first++
      else if (isConcept(rest)) first = last + 1
    }

    while (first <= last && connectors.has(tokens[first]?.folded ?? '')) first++
    if (isName(tokens.slice(first, last + 1))) spans.push([first, last + 1])
    start = end
  }

  return spans
}

/** Whether a run of words, trimmed of connectors, is a name. */
function isName(run: readonly Token[]): boolean {
  const words = [...run]
  while (words.length > 0 && connectors.has(words[0]?.folded ?? '')) words.shift()
  while (words.length > 0 && connectors.has(words.at(-1)?.folded ?? '')) words.pop()
  const titled = words.filter((token) => !connectors.has(token.folded)).length
  const inner = words.slice(1, -1).some((token) => linking.has(token.folded))
  const headed = heads.has(words.at(-1)?.folded ?? '') || heads.has(words[0]?.folded ?? '')
  if (headed) return titled >= 2
  return titled >= 2 && inner && !isConcept(words)
}

/** `the Multistakeholder Model of Internet Governance` names a concept, not a body. */
function isConcept(run: readonly Token[]): boolean {
  const words = run.filter((token, at) => at > 0 || !connectors.has(token.folded))
  const link = words.findIndex((token, at) => at > 0 && linking.has(token.folded))
  return concepts.has(words[0]?.folded ?? '') || concepts.has(words[link - 1]?.folded ?? '')
}

/** Whether token `at` continues a titled run that starts at `start`. */
function inName(text: string, tokens: readonly Token[], at: number, start: number): boolean {
  const token = tokens[at]
  if (!token) return false
  const previous = tokens[at - 1]
  if (at > start && previous) {
    const between = text.slice(previous.end, token.start)
    if (!/^[ \t\n\-‐]+$/u.test(between)) return false
    // `Multi-stakeholder` keeps its lower-case second half in the name.
    if (/^[-‐]$/u.test(between) && isTitled(previous.text)) return true
  }

  return isTitled(token.text) || (at > start && connectors.has(token.folded))
}

/** Whether a word is capitalised, past an elided article (`l’Internet`, `d’Experts`). */
function isTitled(word: string): boolean {
  return /^\p{Lu}/u.test(word.replace(/^\p{L}{1,2}['’]/u, ''))
}

function wordIndex(folded: string, offset: number): number {
  let count = 0
  for (let at = 0; at < offset; at++) if (folded[at] === ' ') count++
  return count
}
