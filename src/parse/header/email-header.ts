import type {HeaderFields} from './read-header.js'

/**
 * The sender of a post to a mailing list (`From: Name <address>` with a `Subject:`), by name.
 *
 * @param header
 *   The header read.
 * @returns
 *   The sender's name, when the `From:` field gives one (not only an address).
 */
export function senderOf(header: HeaderFields): string | undefined {
  const {from, subject} = header.fields
  if (!from || subject === undefined) return undefined
  const name = from
    .replace(/<[^<>]*>/g, '')
    .replace(/["“”]/g, '')
    .trim()
  return name && !name.includes('@') ? name : undefined
}

/**
 * An e-mail's subject as a title, without its list tag and reply marks (`[list] Re: …`).
 *
 * @param header
 *   The header read.
 * @returns
 *   The subject, when the header has a `From:` and a `Subject:`.
 */
export function subjectOf(header: HeaderFields): string | undefined {
  const subject = header.fields.subject
  if (!subject || !header.fields.from) return undefined
  return (
    subject.replace(/^(?:\s*(?:\[[^\]]{1,60}\]|(?:re|fwd?|tr|rv)\s*:))+\s*/iu, '').trim() ||
    undefined
  )
}
