import {countWords, foldWords} from '../../text/normalize.js'
import type {HeaderFields} from './header-fields.js'

/** `Contribution of X …`, `Open letter from X …`: X and what follows it. */
const letterTitle =
  /^(?:an? )?(?:open letter|joint (?:statement|letter|submission)|contribution|submission|comments|input|carta abierta|declaraci[oó]n conjunta|contribuci[oó]n|aporte|comentarios|lettre ouverte|commentaires|d[ée]claration (?:commune|conjointe))\s+(?:from|of|by|de|del|de la|du|des)\s+(?:the\s+|la\s+|el\s+|l['’]\s*|le\s+|les\s+)?(.+)$/iu
/** ` to `, ` on `, ` for `, …: where the submitter's name may end and the addressee begin. */
const addressee = /\s+(?:to|on|for|a|al|à|au|aux|sur|sobre|para|pour)\s+/iuy
/** Addressees of any consultation: an article, its members, its chair, the Internet. */
const anyAddressee =
  /(?:the|la|el|los|las|le|les|l['’]|members|miembros|membres|chair|presidente|pr[ée]sident|internet|global)\b/iuy
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
 * @param meetingNames
 *   Names of meetings a title addresses, folded (see `collectMeetingNames`): `Contribution of X
 *   to NETmundial` names X.
 * @returns
 *   Whether a submitter was found.
 */
export function nameFromTitle(
  result: HeaderFields,
  text: string,
  meetingNames: readonly string[]
): boolean {
  // Titles are short; the patterns are kept away from long runs of white space they backtrack on.
  if (text.length > 300 || result.submitter !== undefined) return false
  const letter = letterTitle.exec(text)
  const own = letter ? null : ownSubmission.exec(text)
  const rest = letter?.[1]
  const named =
    rest !== undefined
      ? rest.slice(0, endOfName(rest, meetingNames))
      : own?.[1] && !notAName.test(own[1])
        ? own[1]
        : undefined
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

/**
 * Where the name in `Contribution of <name> to <addressee>` ends: before the first ` to `, ` on `,
 * ` for ` (or their Spanish and French forms) followed by an addressee of any consultation (`the
 * Working Group`, `members`) or a meeting's name (`NETmundial`); else the whole text is the name.
 */
function endOfName(rest: string, meetingNames: readonly string[]): number {
  for (let index = 1; index < rest.length; index++) {
    // A run of white space is tried from its start only: later starts find the same words.
    if (!/\s/u.test(rest.charAt(index)) || /\s/u.test(rest.charAt(index - 1))) continue
    addressee.lastIndex = index
    const found = addressee.exec(rest)
    if (!found) continue
    const after = index + found[0].length
    anyAddressee.lastIndex = after
    if (anyAddressee.test(rest) || startsWithName(foldWords(rest.slice(after)), meetingNames))
      return index
  }

  return rest.length
}

function startsWithName(folded: string, names: readonly string[]): boolean {
  return names.some((name) => folded === name || folded.startsWith(`${name} `))
}
