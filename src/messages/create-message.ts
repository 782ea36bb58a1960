import {VFileMessage} from 'vfile-message'
import type {Place} from '../schema/place.js'
import {escapeControls} from './excerpt.js'
import {type RuleArguments, type RuleId, rules} from './rules.js'

/**
 * Where each rule is documented: `docs/diagnostics.md` of the repository, one heading per rule
 * (a path in the repository until the package is published with a public repository URL).
 */
export const documentation = 'docs/diagnostics.md'

/** A diagnostic of `wgec`: a vfile message that also keeps the values its text is written from. */
export interface WgecMessage extends VFileMessage {
  /** The values the text is written from, as data. */
  args: Record<string, unknown>
}

/**
 * Create the diagnostic for a rule, with its text, severity, place, `source: 'wgec'`, its
 * arguments as data (`args`) and the URL of its documentation (`url`).
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
): WgecMessage {
  const rule = rules[ruleId]
  // Each rule quotes excerpts; escaping the whole text again keeps a terminal escape out of any.
  const reason = escapeControls((rule.reason as (value: RuleArguments<Id>) => string)(arguments_))
  const message = new VFileMessage(reason, {ruleId, source: 'wgec', ...(place ? {place} : {})})
  message.fatal = rule.fatal
  message.url = `${documentation}#${ruleId}`
  return Object.assign(message, {args: {...(arguments_ as Record<string, unknown>)}})
}
