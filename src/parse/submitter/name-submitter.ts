import {senderOf} from '../header/email-header.js'
import type {HeaderFields} from '../header/read-header.js'
import type {SignatureLines} from '../signature/read-signature.js'
import {stringField} from '../words/string-field.js'

/** Which cue named the submitter, from the most explicit to the least. */
export type SubmitterCue =
  | 'front-matter'
  | 'form-field'
  | 'submitted-by'
  | 'letterhead'
  | 'email-header'
  | 'title'
  | 'signature'
  | 'first-sentence'

/**
 * The submitter's name from the most explicit cue there is: front matter, a form field,
 * `Submitted by` (or a title that says so), a letterhead, the title, an e-mail's sender, a
 * signature's `On behalf of X`, and last the first sentence of the body (`The X (ABBR) represents …`).
 *
 * @param data
 *   The front matter, if any.
 * @param header
 *   The header read.
 * @param signature
 *   The signature read, if any.
 * @returns
 *   The name and the cue that gave it.
 */
export function nameSubmitter(
  data: Record<string, unknown> | undefined,
  header: HeaderFields,
  signature: SignatureLines | undefined
): {name: string; cue: SubmitterCue} | undefined {
  const fromFrontMatter =
    stringField(data, 'submitter') ??
    stringField(data, 'organization') ??
    stringField(data, 'organisation')
  if (fromFrontMatter) return {name: fromFrontMatter, cue: 'front-matter'}
  if (header.fields.organization) return {name: header.fields.organization, cue: 'form-field'}
  if (header.submitter) return {name: header.submitter, cue: header.submitterCue ?? 'submitted-by'}
  const sender = senderOf(header)
  if (sender) return {name: sender, cue: 'email-header'}
  if (signature?.onBehalfOf) return {name: signature.onBehalfOf, cue: 'signature'}
  const first = header.preamble.find(
    (block) => block.type === 'paragraph' && !/^\p{L}+$/u.test(block.text)
  )
  const sentence = first?.type === 'paragraph' ? first.text.slice(0, 400) : ''
  const found = firstSentence.exec(sentence)
  return found?.[1] ? {name: found[1].trim(), cue: 'first-sentence'} : undefined
}

/**
 * A body's first sentence that names its submitter: `The Network of Women in Digital Rights (NWDR)
 * represents …`, `ISOC Tunisia thanks …`, `Mozilla offers the following comments …`: a name in
 * capitalised words (an abbreviation may follow), then a verb with which submitters present
 * themselves.
 */
const firstSentence =
  /^(?:[Tt]he\s+|[Ll]a\s+|[Ee]l\s+|[Ll]e\s+|[Ll]['’]\s*)?(\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.’'-]*|of|for|and|on|in|at|the|de|del|la|du|des|et|y|pour|para)){0,9})(?:\s+\(\p{Lu}[\p{L}\p{N}&.-]{1,11}\))?,?\s+(?:represents|brings together|gathers|unites|was founded|welcomes|appreciates|thanks|wishes to thank|offers|submits|proposes|is pleased|is grateful|would like to|fully supports|regroupe|rassemble|représente|remercie|salue|reúne|agrupa|representa|agradece|saluda|presenta)\b/u
