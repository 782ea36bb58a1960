import type {Contribution} from '../schema/contribution.js'
import {plural} from './format.js'

/** A file the CLI read: its path and its contribution, or `undefined` when it was not read. */
export interface SummaryEntry {
  readonly path: string
  readonly contribution: Contribution | undefined
}

/**
 * Render one line per file: the contribution's id, submitter (group, country, regional group),
 * language, date, the questions it answers and its citation count, or `not read`; then how many
 * files were read.
 *
 * @param entries
 *   The files, in order.
 * @returns
 *   Text, ending in a newline.
 * @example
 *   toSummaryText([{path: 'a.md', contribution: undefined}]) // => 'a.md: not read\n\n0 of 1 files read\n'
 */
export function toSummaryText(entries: readonly SummaryEntry[]): string {
  const lines = entries.map(({path, contribution}) =>
    contribution ? `${path}: ${describeContribution(contribution)}` : `${path}: not read`
  )
  const read = entries.filter((entry) => entry.contribution !== undefined).length
  lines.push('', `${read} of ${plural(entries.length, 'file')} read`)
  return `${lines.join('\n')}\n`
}

function describeContribution(contribution: Contribution): string {
  const {submitter} = contribution
  const where = [submitter.group, submitter.country, submitter.regionalGroup]
    .filter(Boolean)
    .join(', ')
  const questions = contribution.answers
    .map((answer) => answer.questionId?.split('/')[1] ?? '?')
    .join(' ')
  return [
    contribution.id,
    `${submitter.name ?? '(no submitter)'} (${where})`,
    contribution.language,
    contribution.date ?? 'no date',
    questions ? `answers ${questions}` : 'no answers',
    plural(contribution.citations.length, 'citation')
  ].join(' · ')
}
