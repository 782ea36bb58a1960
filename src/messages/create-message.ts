import {VFileMessage} from 'vfile-message'
import type {Place} from '../schema/place.js'
import {type RuleArguments, type RuleId, rules} from './rules.js'

/**
 * Create the diagnostic for a rule, with its text, severity, place and `source: 'wgec'`.
 *
 * @param ruleId
 *   The diagnostic code.
 * @param arguments_
 *   The values the text is written from.
 * @param place
 *   Where in the source the problem is, if anywhere.
 * @returns
 *   A vfile message.
 * @example
 *   createMessage('empty-document', {}).ruleId // => 'empty-document'
 */
export function createMessage<Id extends RuleId>(
  ruleId: Id,
  arguments_: RuleArguments<Id>,
  place?: Place
): VFileMessage {
  const rule = rules[ruleId]
  const reason = (rule.reason as (value: RuleArguments<Id>) => string)(arguments_)
  const message = new VFileMessage(reason, {ruleId, source: 'wgec', ...(place ? {place} : {})})
  message.fatal = rule.fatal
  return message
}
