import type {VFileMessage} from 'vfile-message'
import type {Author} from '../../schema/author.js'
import type {Place} from '../../schema/place.js'
import type {SignatureLines} from '../signature/read-signature.js'
import {removeFormatCharacters} from '../words/remove-format-characters.js'
import {senderOf} from './email-header.js'
import type {HeaderFields} from './read-header.js'

/**
 * The authors of a contribution: the front matter's `authors` (or `author`), else the
 * signature's, else a form's `Name:` field or an e-mail's sender. Format characters in names
 * and roles are removed (`format-characters`).
 *
 * @param data
 *   The front matter, if any.
 * @param header
 *   The header read.
 * @param signature
 *   The signature read, if any.
 * @param messages
 *   The messages to add to.
 * @param place
 *   The place those messages are given.
 * @returns
 *   The authors.
 */
export function chooseAuthors(
  data: Record<string, unknown> | undefined,
  header: HeaderFields,
  signature: SignatureLines | undefined,
  messages: VFileMessage[],
  place: Place
): Author[] {
  return readAuthors(data, header, signature).flatMap((author): Author[] => {
    const name = removeFormatCharacters(author.name, 'author name', messages, place)
    const role =
      author.role === undefined
        ? undefined
        : removeFormatCharacters(author.role, 'author role', messages, place)
    return name === '' ? [] : [{name, ...(role ? {role} : {})}]
  })
}

function readAuthors(
  data: Record<string, unknown> | undefined,
  header: HeaderFields,
  signature: SignatureLines | undefined
): Author[] {
  const listed = data?.authors ?? data?.author
  const fromFrontMatter = (
    Array.isArray(listed) ? listed : listed === undefined ? [] : [listed]
  ).flatMap((entry): Author[] => {
    if (typeof entry === 'string' && entry.trim()) return [{name: entry.trim()}]
    if (entry && typeof entry === 'object' && 'name' in entry && typeof entry.name === 'string') {
      const role = 'role' in entry && typeof entry.role === 'string' ? entry.role : undefined
      return [{name: entry.name, ...(role ? {role} : {})}]
    }

    return []
  })
  if (fromFrontMatter.length > 0) return fromFrontMatter
  const authors = [...(signature?.authors ?? [])]
  const sender = senderOf(header)
  if (authors.length === 0 && header.fields.name) authors.push({name: header.fields.name})
  else if (authors.length === 0 && sender) authors.push({name: sender})
  return authors
}
