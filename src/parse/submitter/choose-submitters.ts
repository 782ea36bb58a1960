import type {VFileMessage} from 'vfile-message'
import {createMessage} from '../../messages/create-message.js'
import type {Answer} from '../../schema/answer.js'
import type {ConsultationProfile} from '../../schema/consultation-profile.js'
import type {Place} from '../../schema/place.js'
import type {Submitter} from '../../schema/submitter.js'
import type {HeaderFields} from '../header/read-header.js'
import type {SignatureLines} from '../signature/read-signature.js'
import {removeFormatCharacters} from '../words/remove-format-characters.js'
import {stringField} from '../words/string-field.js'
import {blockText} from './block-text.js'
import {nameSubmitter} from './name-submitter.js'
import {resolveSubmitter, type SubmitterHints} from './resolve-submitter.js'
import {splitJoint} from './split-joint.js'

/**
 * The submitters of a contribution: one, or each member of a joint one (then without the
 * country and statements that speak for them all). The cue that named them is reported
 * (`submitter-cue`); format characters in the name and the country field are removed
 * (`format-characters`).
 *
 * @param data
 *   The front matter, if any.
 * @param header
 *   The header read.
 * @param answers
 *   The answers (a consultation's stakeholder question states the group).
 * @param profile
 *   The consultation, if known.
 * @param signature
 *   The signature read, if any (`On behalf of X`).
 * @param messages
 *   The messages to add to.
 * @param place
 *   The place those messages are given.
 * @returns
 *   The submitters, at least one.
 */
export function chooseSubmitters(
  data: Record<string, unknown> | undefined,
  header: HeaderFields,
  answers: readonly Answer[],
  profile: ConsultationProfile | undefined,
  signature: SignatureLines | undefined,
  messages: VFileMessage[],
  place: Place
): [Submitter, ...Submitter[]] {
  const statements = [...header.header, ...header.preamble]
    .flatMap((block) => blockText(block))
    .join('\n')
  const stakeholderAnswer = profile?.stakeholderQuestion
    ? answers.find((answer) => answer.questionId === profile.stakeholderQuestion)
    : undefined
  const found = nameSubmitter(data, header, signature)
  if (found) messages.push(createMessage('submitter-cue', {cue: found.cue}, place))
  const named = found && {
    ...found,
    name: removeFormatCharacters(found.name, 'submitter name', messages, place)
  }
  const country =
    stringField(data, 'country') ??
    header.fields.country ??
    stringField(data, 'region') ??
    header.fields.region
  const hints: SubmitterHints = {
    name: named?.name,
    group:
      stringField(data, 'group') ??
      stringField(data, 'stakeholder') ??
      header.fields.group ??
      (stakeholderAnswer
        ? stakeholderAnswer.blocks.flatMap((block) => blockText(block)).join(' ')
        : undefined),
    title: stringField(data, 'title') ?? header.title,
    country:
      country === undefined
        ? undefined
        : removeFormatCharacters(country, 'country', messages, place),
    statements
  }
  const joint = header.joint && named ? splitJoint(named.name) : []
  const [first, ...others] =
    joint.length > 1
      ? joint.map((name) =>
          resolveSubmitter({...hints, name, country: undefined, statements: ''}, messages, place)
        )
      : [resolveSubmitter(hints, messages, place)]
  return [first as Submitter, ...others]
}
