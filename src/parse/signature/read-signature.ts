import type {Author} from '../../schema/author.js'
import {countWords, fewWords, normalize} from '../../text/normalize.js'
import {findDate} from '../words/find-date.js'
import {trailingParenthetical} from '../words/trailing-parenthetical.js'

/** What a signature says: its authors, place and date. */
export interface SignatureLines {
  authors: Author[]
  place: string | undefined
  date: {iso: string | undefined; text: string} | undefined
  /** Whether some line could only be a signature (a date, a place and date, a closing). */
  anchored: boolean
  /** The organisation a line `On behalf of X` signs for. */
  onBehalfOf: string | undefined
}

const closing =
  /^(?:sincerely|yours (?:sincerely|faithfully|truly)|respectfully|best regards|kind regards|regards|atentamente|cordialmente|saludos cordiales|cordialement|respectueusement|bien cordialement|veuillez agr[eé]er.*)[,.]?$/iu
/** `On behalf of the X`, `En nombre de X`, `Au nom de X`: the organisation the signatory signs for. */
const onBehalf =
  /^(?:on behalf of|for and on behalf of|en nombre de|en representaci[oó]n de|au nom de|pour le compte de)\s+(?:the\s+|la\s+|el\s+|le\s+|les\s+|l['’]\s*)?(\p{Lu}.*)$/iu
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

/** One line of a signature, read on its own. */
export type SignatureLine =
  | {kind: 'blank'}
  | {kind: 'closing'}
  | {kind: 'signatories'}
  | {kind: 'date'; date: {iso: string | undefined; text: string}; place: string | undefined}
  | {kind: 'name'; text: string; signed: boolean}
  | {kind: 'role'; text: string; signed: boolean}
  | {kind: 'behalf'; organisation: string}

/** `Signatories:`, `Signed by:`, `Firmantes:`: the lines after it are signatories, one a line. */
export const signatoriesLabel =
  /^(?:signatories|signatory organi[sz]ations|signed by|co-?signed by|firmantes|organizaciones firmantes|firmado por|signataires|organisations signataires|sign[eé] par)\s*:?$/iu

/** More lines than this under one name are a list of signatories, not the name's role. */
const maxRoleLines = 3

/**
 * Read one closing line of a document: a closing formula, a signatories label, a place and date
 * (`La Habana, December 12, 2016`, `Dakar, le 6 décembre 2016`), a bare date, a name or a role.
 * Whether a line can be part of a signature depends on that line alone, so that a reader can
 * take closing lines one at a time.
 *
 * @param raw
 *   One line of text.
 * @returns
 *   What the line is, or `undefined` when it is no signature line.
 */
export function readSignatureLine(raw: string): SignatureLine | undefined {
  const line = raw.trim()
  if (!line) return {kind: 'blank'}
  if (closing.test(line)) return {kind: 'closing'}
  // Past 24 words a line is no date, name or role line (each is checked for far fewer below).
  if (!fewWords(line, 24)) return undefined
  if (signatoriesLabel.test(line)) return {kind: 'signatories'}

  const date = findDate(line)
  if (date && countWords(line) <= 12) {
    const before = trimTrailing(
      line.slice(0, date.index).replace(/(?:^|[,\s])(?:le|el|the|on|en)\s*$/iu, '')
    )
    const after = line.slice(date.index + date.length).replace(/^[\s.,]+/, '')
    if (after) return undefined
    if (before && (countWords(before) > 5 || /\d/.test(before))) return undefined
    return {
      kind: 'date',
      date: {iso: date.iso, text: line.slice(date.index, date.index + date.length)},
      place: before || undefined
    }
  }

  const behalf = countWords(line) <= 14 && !/[.!?]$/.test(line) ? onBehalf.exec(line) : null
  if (behalf?.[1]) return {kind: 'behalf', organisation: behalf[1].replace(/[,;]$/, '').trim()}
  const signed = signedLabel.exec(line)
  const text = signed ? line.slice(signed[0].length) : line
  if (isPersonName(text)) return {kind: 'name', text: text.replace(/[,;]$/, ''), signed: !!signed}
  if (countWords(text) > 14 || (/[.!?]$/.test(text) && !/\b[A-Z]\.$/.test(text))) return undefined
  return {kind: 'role', text: text.replace(/[,;]$/, ''), signed: !!signed}
}

/**
 * Read the closing lines of a document as a signature: names with the role lines under each, a
 * place and date, a closing formula. More than three lines under one name, and the lines after a
 * signatories label that stand under no name, are signatories, one a line.
 *
 * @param lines
 *   The candidate lines, in document order.
 * @returns
 *   What they say, or `undefined` when some line is not a signature line.
 */
export function readSignatureLines(lines: readonly string[]): SignatureLines | undefined {
  const readings: SignatureLine[] = []
  for (const line of lines) {
    const reading = readSignatureLine(line)
    if (!reading) return undefined
    readings.push(reading)
  }

  return foldSignatureLines(readings)
}

/**
 * Gather lines read by `readSignatureLine`, in document order, into what the signature says. Linear
 * in the lines: a role is joined once, and a list of thousands of signatories is a list of authors.
 *
 * @param readings
 *   The lines, read.
 * @returns
 *   Authors, place, date, and whether some line could only be a signature.
 */
export function foldSignatureLines(readings: readonly SignatureLine[]): SignatureLines {
  const result: SignatureLines = {
    authors: [],
    place: undefined,
    date: undefined,
    anchored: false,
    onBehalfOf: undefined
  }
  let listing = false
  let pending: string[] = []
  let owner: Author | undefined
  const flush = () => {
    if (pending.length > maxRoleLines || (listing && !owner)) {
      for (const text of pending) result.authors.push(signatory(text))
    } else if (owner && pending.length > 0) {
      owner.role =
        owner.role === undefined ? pending.join(', ') : `${owner.role}, ${pending.join(', ')}`
    }

    pending = []
  }

  for (const reading of readings) {
    switch (reading.kind) {
      case 'blank': {
        break
      }

      case 'closing': {
        result.anchored = true
        break
      }

      case 'signatories': {
        flush()
        owner = undefined
        result.anchored = true
        listing = true
        break
      }

      case 'behalf': {
        result.onBehalfOf ??= reading.organisation
        result.anchored = true
        break
      }

      case 'date': {
        result.date = reading.date
        if (reading.place) result.place = reading.place
        result.anchored = true
        break
      }

      case 'name':
      case 'role': {
        if (reading.signed) result.anchored = true
        if (reading.kind === 'role') pending.push(reading.text)
        else {
          flush()
          owner = {name: reading.text}
          result.authors.push(owner)
        }

        break
      }
    }
  }

  flush()
  return result
}

/** A signatory named on a line of a list, its seat in parentheses left out (`Org (Peru)`). */
function signatory(text: string): Author {
  return {name: (trailingParenthetical(text)?.before ?? text).trim(), role: 'signatory'}
}

/** Drop trailing commas and white space, scanning by hand (an anchored regex backtracks on runs). */
function trimTrailing(text: string): string {
  let end = text.length
  while (end > 0 && /[,\s]/.test(text.charAt(end - 1))) end--
  return text.slice(0, end).trim()
}
