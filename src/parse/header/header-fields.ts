import type {Author} from '../../schema/author.js'
import type {Block} from '../../schema/block.js'
import type {FieldName} from '../../schema/field-name.js'
import type {Place} from '../../schema/place.js'

/** What the header of a contribution says. */
export interface HeaderFields {
  issuingBody: string | undefined
  workingGroup: string | undefined
  title: string | undefined
  submitter: string | undefined
  /** Which line named the submitter. */
  submitterCue: 'submitted-by' | 'letterhead' | 'title' | undefined
  /** Whether that line says the contribution is a joint one (`Submitted jointly by`, `Joint submission by`). */
  joint: boolean
  /** The place of a `City, date` line under the title. */
  place: string | undefined
  disclaimer: string | undefined
  /** Values of `Key: value` lines (form exports, contact details), keyed by a canonical name. */
  fields: Partial<Record<FieldName, string>>
  /** A date written alone on a line (the date of a letter). */
  date: {iso: string | undefined; text: string} | undefined
  authors: Author[]
  /** A form's topic field (`Area:`), with the place of its line. */
  topic: {text: string; place: Place} | undefined
  /** Where a form record's fields end: what follows them is its text. */
  fieldsEnd: number | undefined
  /** The blocks the header fields were read from. */
  header: Block[]
  /** The rest: the preamble. */
  preamble: Block[]
}

/**
 * Header fields with nothing read yet.
 *
 * @returns
 *   New, empty header fields.
 */
export function emptyHeaderFields(): HeaderFields {
  return {
    issuingBody: undefined,
    workingGroup: undefined,
    title: undefined,
    submitter: undefined,
    submitterCue: undefined,
    joint: false,
    place: undefined,
    disclaimer: undefined,
    fields: {},
    date: undefined,
    authors: [],
    topic: undefined,
    fieldsEnd: undefined,
    header: [],
    preamble: []
  }
}
