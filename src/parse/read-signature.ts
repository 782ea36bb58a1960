import type {Author} from '../schema/author.js'
import {findDate} from './find-date.js'
import {countWords, fewWords, normalize} from './normalize.js'

/** What a signature says: its authors, place and date. */
export interface SignatureLines {
  authors: Author[]
  place: string | undefined
  date: {iso: string | undefined; text: string} | undefined
  /** Whether some line could only be a signature (a date, a place and date, a closing). */
  anchored: boolean
}

const closing =
  /^(?:sincerely|yours (?:sincerely|faithfully|truly)|respectfully|best regards|kind regards|regards|atentamente|cordialmente|saludos cordiales|cordialement|respectueusement|bien cordialement|veuillez agr[eé]er.*)[,.]?$/iu
const signedLabel = /^(?:signed|firmado|sign[eé])\s*(?:by|por|par)?\s*:?\s*/iu
const particles = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'y',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'des',
  'le',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'binti',
  'al',
  'el',
  'ibn',
  'ben',
  'di',
  'e'
])
const titles = new Set([
  'dr',
  'dra',
  'prof',
  'mr',
  'mrs',
  'ms',
  'mx',
  'sr',
  'sra',
  'srta',
  'm',
  'mme',
  'mlle',
  'h',
  'e',
  'he',
  'ambassador',
  'embajador',
  'embajadora',
  'ambassadeur'
])
const organisationWords =
  /\b(?:secretariat|secretaria|ministry|ministerio|ministere|mission|mision|coalition|forum|association|asociacion|foundation|fundacion|fondation|government|gobierno|gouvernement|ltd|inc|university|universidad|universite|centre|center|centro|department|departamento|office|oficina|bureau|team|equipo|equipe|board|council|committee|comite|group|grupo|groupe|network|red|reseau|institute|instituto|institut|republic|republica|republique|director|directora|directeur|directrice|head|chief|minister|ministro|ministra|ministre|secretary|secretario|secretaria|officer|coordinator|coordinador|coordinadora|coordinateur|coordinatrice|adviser|advisor|asesor|asesora|conseiller|conseillere|president|presidente|presidenta|manager|counsellor|deputy|vice|chair|chairman|chairperson|researcher|investigador|investigadora|chercheur|chercheuse|professor|profesor|profesora|professeur|lecturer|analyst|analista|subsecretaria|subsecretario|representative|representante|representant|representante|policy|unit|division|affairs|programme|program|programa|fellow|partner|consultant|consultor|consultora|expert|experto|experta|expert)\b/

/**
 * Whether a line reads as a person's name: two to six capitalised words (particles such as `de`
 * allowed), perhaps after a title, with no digits and no organisation words.
 *
 * @param line
 *   One line of text.
 * @returns
 *   Whether it is name-like.
 */
export function isPersonName(line: string): boolean {
  const text = line.trim().replace(/[,;]$/, '')
  if (!text || /[\d:@/]/.test(text) || text.length > 80) return false
  const words = text.split(/\s+/)
  let lead = 0
  while (lead < words.length && titles.has(normalize(words[lead] ?? ''))) lead++
  const named = words.slice(lead)
  if (organisationWords.test(normalize(named.join(' ')))) return false
  if (named.length < 2 || named.length > 6) return false
  return named.every(
    (word) => particles.has(word.toLowerCase()) || /^[\p{Lu}][\p{L}'’.-]*$/u.test(word)
  )
}

/**
 * Read the closing lines of a document as a signature: names with the role line under each, a
 * place and date (`La Habana, December 12, 2016`, `Dakar, le 6 décembre 2016`), a bare date, a
 * closing formula.
 *
 * @param lines
 *   The candidate lines, in document order.
 * @returns
 *   What they say, or `undefined` when some line is not a signature line.
 */
export function readSignatureLines(lines: readonly string[]): SignatureLines | undefined {
  const result: SignatureLines = {authors: [], place: undefined, date: undefined, anchored: false}
  for (const raw of lines) {
    const line = raw.trim()
    if (!line) continue
    if (closing.test(line)) {
      result.anchored = true
      continue
    }

    // Past 24 words a line is no date, name or role line (each is checked for far fewer below).
    if (!fewWords(line, 24)) return undefined

    const date = findDate(line)
    if (date && countWords(line) <= 12) {
      const before = trimTrailing(
        line.slice(0, date.index).replace(/(?:^|[,\s])(?:le|el|the|on|en)\s*$/iu, '')
      )
      const after = line.slice(date.index + date.length).replace(/^[\s.,]+/, '')
      if (after) return undefined
      if (before && (countWords(before) > 5 || /\d/.test(before))) return undefined
      result.date = {iso: date.iso, text: line.slice(date.index, date.index + date.length)}
      if (before) result.place = before
      result.anchored = true
      continue
    }

    const signed = signedLabel.exec(line)
    const text = signed ? line.slice(signed[0].length) : line
    if (signed) result.anchored = true
    if (isPersonName(text)) {
      result.authors.push({name: text.replace(/[,;]$/, '')})
      continue
    }

    if (countWords(text) > 14 || (/[.!?]$/.test(text) && !/\b[A-Z]\.$/.test(text))) return undefined
    const last = result.authors.at(-1)
    if (last && last.role === undefined) last.role = text.replace(/[,;]$/, '')
    else if (last) last.role = `${last.role}, ${text}`
  }

  return result
}

/** Drop trailing commas and white space, scanning by hand (an anchored regex backtracks on runs). */
function trimTrailing(text: string): string {
  let end = text.length
  while (end > 0 && /[,\s]/.test(text.charAt(end - 1))) end--
  return text.slice(0, end).trim()
}
