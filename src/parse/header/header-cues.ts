import type {FieldName} from '../../schema/field-name.js'
import {countWords} from '../../text/normalize.js'
import type {FieldLabels} from '../words/collect-field-labels.js'
import {findPhrase} from '../words/find-phrase.js'
import {readField} from '../words/read-field.js'
import type {HeaderFields} from './header-fields.js'

/** `Submitted by`, `Presentado por`, `Soumis par`, and their joint forms. */
export const submittedBy =
  /^(?:submitted jointly by|jointly submitted by|joint (?:submission|contribution|statement) (?:by|of|from)|presentad[oa] conjuntamente por|soumise? conjointement par|submitted by|submission (?:by|from)|contribution (?:by|from|of)|presentad[oa] por|enviad[oa] por|remitid[oa] por|contribuci[oó]n de|pr[ée]sent[ée]e? par|soumise? par|contribution de)\b\s*[:：]?\s*/iu
/** A letterhead: `Permanent Mission of …`, `Misión Permanente de …`, `Mission permanente de …`. */
export const mission =
  /^(?:the\s+)?(?:permanent mission|permanent delegation|misi[oó]n permanente|delegaci[oó]n permanente|mission permanente|d[ée]l[ée]gation permanente)\s+(?:of|de la|del|de|du|d['’])\s*/iu
/**
 * Where a mission's country ends: `… to the United Nations`, `… ante la ONU`, `… auprès de …`, or
 * the verb of a note verbale (`… presents its compliments`, `… has the honour`).
 */
export const missionTo =
  /\s(?:to|at|in|ante|en|aupr[eè]s|[aà]|presents|presenta|pr[ée]sente|has|tiene)\s/iu
/** A disclaimer, in English, Spanish or French. */
export const disclaimer =
  /^(?:disclaimer|descargo de responsabilidad|exenci[oó]n de responsabilidad|aviso legal|avertissement|clause de non-responsabilit[ée]|avis de non-responsabilit[ée])\s*[:：]/iu
const documentWord =
  /^(?:an?\s+|the\s+)?(?:contribution|submission|response|input|comments|statement|proposal|aporte|contribuci[oó]n|respuesta|comentarios|propuesta|commentaires|r[ée]ponse|proposition)\b/iu
/** A line that only names the section below. */
export const sectionLabel = /^(?:document|abstract|summary|resumen|r[ée]sum[ée])$/iu
/** `City, ` before a date, the city a few capitalised words. */
export const placeLine = /^(\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3}),\s*(?:le\s+|el\s+)?\d/u

/** A line that is the name of the working group or meeting, give or take three words. */
export function isGroupLine(text: string, groups: readonly string[]): boolean {
  const found = findPhrase(text, groups)
  return (
    found !== undefined &&
    // `Contribution to the Working Group …` is a title that names the group.
    !documentWord.test(text) &&
    countWords(text.slice(0, found.index) + text.slice(found.index + found.length)) <= 3
  )
}

/** A label with nothing after it (`Submitted by:`, `Country:`): its value follows. */
export function isBareLabel(text: string, labels: FieldLabels): boolean {
  const submitted = submittedBy.exec(text)
  if (submitted && !text.slice(submitted[0].length).trim()) return true
  const field = knownField(text, labels)
  return field !== undefined && !field.value
}

/** In plain text, a short line standing alone after the body and working group is the title. */
export function isTitleLine(text: string, fields: HeaderFields): boolean {
  return (
    (fields.issuingBody !== undefined || fields.workingGroup !== undefined) &&
    countWords(text) <= 20 &&
    !/[.;,]$/.test(text)
  )
}

/** A labelled line whose label is a known field. */
export function knownField(
  line: string,
  labels: FieldLabels
): {name: FieldName; value: string} | undefined {
  const field = readField(line, labels)
  return field?.name ? {name: field.name, value: field.value} : undefined
}
