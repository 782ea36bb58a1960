import {countWords} from '../../text/normalize.js'
import type {HeaderFields} from './header-fields.js'

const letterTitle =
  /^(?:an? )?(?:open letter|joint (?:statement|letter|submission)|contribution|submission|comments|input|carta abierta|declaraci[oó]n conjunta|contribuci[oó]n|aporte|comentarios|lettre ouverte|commentaires|d[ée]claration (?:commune|conjointe))\s+(?:from|of|by|de|del|de la|du|des)\s+(?:the\s+|la\s+|el\s+|l['’]\s*|le\s+|les\s+)?(.+?)(?:\s+(?:to|on|for|a|al|à|au|aux|sur|sobre|para|pour)\s+(?:the|la|el|los|las|le|les|l['’]|members|miembros|membres|working|grupo|groupe|wgec|cstd|chair|presidente|pr[ée]sident|enhanced|cooperaci[oó]n|coop[ée]ration|internet|global|netmundial|net mundial|principles|roadmap)\b.*)?$/iu
/** `X submission to the Working Group`, `X Government Submission`: X names the submitter. */
const ownSubmission =
  /^(\S.{0,150}?)\s+(?:government\s+)?(?:submission|contribution|input|comments|response)(?:\s+(?:to|for|on)\s.*)?$/iu
/** `Federation of Digital Rights Associations (FEDRA)`: an organisation's name as the title. */
const nameWithAbbreviation = /^(\S.{0,150}?)\s*\((\p{Lu}[\p{Lu}\p{N}&.-]{1,11})\)$/u
const notAName = /^(?:our|my|a|an|the|this|joint|final|written|further|additional)$/iu
/** `Joint submission`, `Submitted jointly`, …: the contribution is a joint one. */
export const jointCue =
  /^(?:an? )?(?:joint|submitted jointly|jointly|presentad[oa] conjuntamente|soumise? conjointement|d[ée]claration (?:commune|conjointe)|declaraci[oó]n conjunta)\b/iu

/**
 * Read the submitter a title names, if any, into the header: `Contribution of X to …`,
 * `X submission to the Working Group`, `X Government Submission` (cue `submitted-by`), or an
 * organisation's name with its abbreviation, `Federation of Digital Rights Associations (FEDRA)`
 * (cue `title`).
 *
 * @param result
 *   The header fields read so far (the submitter is set in them).
 * @param text
 *   The title's text.
 * @returns
 *   Whether a submitter was found.
 */
export function nameFromTitle(result: HeaderFields, text: string): boolean {
  // Titles are short; the patterns are kept away from long runs of white space they backtrack on.
  if (text.length > 300 || result.submitter !== undefined) return false
  const letter = letterTitle.exec(text)
  const own = letter ? null : ownSubmission.exec(text)
  const named = letter?.[1] ?? (own?.[1] && !notAName.test(own[1]) ? own[1] : undefined)
  if (named) {
    result.submitter = named.trim().replace(/['’]s$/u, '')
    result.submitterCue = 'submitted-by'
    result.joint = jointCue.test(text)
    return true
  }

  const abbreviated = nameWithAbbreviation.exec(text)
  if (abbreviated?.[1] && countWords(abbreviated[1]) <= 12) {
    result.submitter = abbreviated[1].trim()
    result.submitterCue = 'title'
    return true
  }

  return false
}
