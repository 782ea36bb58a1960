import type {Contribution} from '../../schema/contribution.js'
import type {Source} from '../../schema/source.js'
import {slug} from '../../text/normalize.js'
import {stemOf} from '../words/stem-of.js'

/**
 * The contribution of a document that could not be read: every field empty, the id from the
 * file's name.
 *
 * @param sha256Hex
 *   The SHA-256 of the input.
 * @param format
 *   The format it would have been read as.
 * @param path
 *   Its path, if any.
 * @returns
 *   The contribution.
 */
export function emptyContribution(
  sha256Hex: string,
  format: string,
  path: string | undefined
): Contribution {
  const stem = stemOf(path)
  const source: Source = {sha256: sha256Hex, format, ...(path ? {path} : {})}
  return {
    id: `unknown/${slug(stem) || 'contribution'}`,
    consultation: null,
    title: null,
    language: 'und',
    submitter: {name: null, group: 'unknown'},
    authors: [],
    place: null,
    date: null,
    header: {issuingBody: null, workingGroup: null, blocks: [], frontMatter: null},
    disclaimer: null,
    preamble: [],
    answers: [],
    signature: [],
    citations: [],
    references: [],
    footnotes: [],
    source
  }
}
