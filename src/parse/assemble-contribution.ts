import type {VFileMessage} from 'vfile-message'
import type {ConsultationProfile} from '../schema/consultation-profile.js'
import type {Contribution} from '../schema/contribution.js'
import type {Place} from '../schema/place.js'
import {slug} from '../text/normalize.js'
import type {FoundInText} from './find-in-text.js'
import {chooseAuthors} from './header/choose-authors.js'
import {chooseDate} from './header/choose-date.js'
import {subjectOf} from './header/email-header.js'
import type {Parts} from './read-parts.js'
import {answersWithoutRuns, withoutRuns} from './readers/draft.js'
import {chooseSubmitters} from './submitter/choose-submitters.js'
import {stemOf} from './words/stem-of.js'
import {stringField} from './words/string-field.js'

/**
 * The contribution from its parts and what the walk over them found: the submitters, date,
 * authors and id are chosen here, and the runs the blocks were read with are taken off.
 *
 * @param parts
 *   The parts as read.
 * @param found
 *   What the walk over them found.
 * @param data
 *   The front matter, if any.
 * @param profile
 *   The consultation, if known.
 * @param messages
 *   The messages to add to.
 * @param documentPlace
 *   The place of messages about the document as a whole.
 * @param base
 *   The empty contribution of the document (its source).
 * @returns
 *   The contribution.
 */
export function assembleContribution(
  parts: Parts,
  found: FoundInText,
  data: Record<string, unknown> | undefined,
  profile: ConsultationProfile | undefined,
  messages: VFileMessage[],
  documentPlace: Place,
  base: Contribution
): Contribution {
  const {header, answers, signature} = parts
  const submitters = chooseSubmitters(
    data,
    header,
    answers,
    profile,
    signature.lines,
    messages,
    documentPlace
  )
  const [submitter] = submitters
  const date = chooseDate(data, header, signature.lines, messages, documentPlace)
  const authors = chooseAuthors(data, header, signature.lines, messages, documentPlace)
  const stem = stemOf(base.source.path)
  const id = `${profile?.id ?? 'unknown'}/${slug(submitter.name ?? '') || slug(stem) || 'contribution'}`
  const url = stringField(data, 'source') ?? stringField(data, 'url')
  return {
    ...base,
    id,
    consultation: profile ? {id: profile.id, title: profile.title} : null,
    title: stringField(data, 'title') ?? header.title ?? subjectOf(header) ?? null,
    language: found.language,
    submitter,
    ...(submitters.length > 1 ? {submitters} : {}),
    authors,
    place: signature.lines?.place ?? header.place ?? null,
    date,
    header: {
      issuingBody: header.issuingBody ?? null,
      workingGroup: header.workingGroup ?? null,
      blocks: withoutRuns(header.header),
      frontMatter: data ?? null
    },
    disclaimer: header.disclaimer ?? null,
    preamble: withoutRuns(header.preamble),
    answers: answersWithoutRuns(answers),
    signature: withoutRuns(signature.blocks),
    citations: found.citations,
    references: found.references,
    footnotes: found.footnotes,
    source: {...base.source, ...(url ? {url} : {})}
  }
}
