/** The canonical name of a labelled field (`Organization:`, `País:`, `Sector :`). */
export type FieldName =
  | 'timestamp'
  | 'organization'
  | 'name'
  | 'country'
  | 'region'
  | 'date'
  | 'group'
  | 'email'
  | 'topic'
  | 'keywords'
  | 'from'
  | 'subject'

const fieldLine = /^([\p{L}][\p{L} ’'()/-]{1,40}?)\s*[:：]\s*(.*)$/u
const fieldNames: Array<[FieldName, RegExp]> = [
  ['timestamp', /^(?:timestamp|marca temporal|horodatage|submitted on)$/iu],
  [
    'organization',
    /^(?:organi[sz]ation(?: name)?|name of (?:the )?organi[sz]ation|organizaci[oó]n|nombre de la organizaci[oó]n|nom de l['’]organisation|affiliation|entity|entidad|entit[ée]|institution|instituci[oó]n)$/iu
  ],
  [
    'name',
    /^(?:name|full name|contact name|contact person|entitled by|nombre|nombre completo|nom|nom complet|author|autor|auteur)$/iu
  ],
  ['country', /^(?:country|pa[ií]s|pays|country of residence|location)$/iu],
  ['region', /^(?:region|regi[oó]n|r[ée]gion)$/iu],
  ['date', /^(?:date|fecha)$/iu],
  [
    'group',
    /^(?:stakeholder (?:group|category|type)|sector|secteur|grupo de partes interesadas|categor[ií]a|cat[ée]gorie|groupe de parties prenantes)$/iu
  ],
  ['email', /^(?:e-?mail|correo(?: electr[oó]nico)?|courriel|adresse [ée]lectronique)$/iu],
  ['topic', /^(?:area|topic|theme|tema|[áa]rea|th[eè]me)$/iu],
  ['keywords', /^(?:keywords|palabras clave|mots[ -]cl[ée]s)$/iu],
  ['from', /^(?:from|de)$/iu],
  ['subject', /^(?:subject|asunto|objet)$/iu]
]

/** A labelled line: its label as written, the canonical name when it is a known field, its value. */
export interface FieldLine {
  label: string
  name: FieldName | undefined
  value: string
}

/**
 * Read a line as a labelled field (`Label: value`, the value possibly empty).
 *
 * @param line
 *   One line of text.
 * @returns
 *   The field, or `undefined` when the line is no `Label:` line.
 * @example
 *   readField('Organization: Paradigm Labs')
 *   // => {label: 'Organization', name: 'organization', value: 'Paradigm Labs'}
 */
export function readField(line: string): FieldLine | undefined {
  // Labels are short: a long line is no field, and the pattern is kept away from it.
  const match = line.length <= 2000 ? fieldLine.exec(line) : null
  if (!match) return undefined
  const label = (match[1] ?? '').trim()
  const value = (match[2] ?? '').trim()
  for (const [name, pattern] of fieldNames) {
    if (pattern.test(label)) return {label, name, value}
  }

  return {label, name: undefined, value}
}
