import type {FieldName} from '../../schema/field-name.js'
import {normalize} from '../../text/normalize.js'
import type {FieldLabels} from './collect-field-labels.js'

const fieldLine = /^([\p{L}][\p{L} ’'()/-]{1,40}?)\s*[:：]\s*(.*)$/u

/** A labelled line: its label as written, the canonical name when it is a known field, its value. */
export interface FieldLine {
  label: string
  name: FieldName | undefined
  value: string
}

/**
 * Read a line as a labelled field (`Label: value`, the value possibly empty).
 *
 * @param line
 *   One line of text.
 * @param labels
 *   The labels of known fields (see `collectFieldLabels`).
 * @returns
 *   The field, or `undefined` when the line is no `Label:` line.
 * @example
 *   readField('Organization: Paradigm Labs', collectFieldLabels([]))
 *   // => {label: 'Organization', name: 'organization', value: 'Paradigm Labs'}
 */
export function readField(line: string, labels: FieldLabels): FieldLine | undefined {
  // Labels are short: a long line is no field, and the pattern is kept away from it.
  const match = line.length <= 2000 ? fieldLine.exec(line) : null
  if (!match) return undefined
  const label = (match[1] ?? '').trim()
  const value = (match[2] ?? '').trim()
  return {label, name: labels.get(normalize(label)), value}
}
