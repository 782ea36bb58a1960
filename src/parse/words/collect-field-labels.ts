import {defaultFieldLabels} from '../../consultations/default-field-labels.js'
import type {ConsultationProfile} from '../../schema/consultation-profile.js'
import type {FieldName} from '../../schema/field-name.js'
import {normalize} from '../../text/normalize.js'

/** Folded labels of form fields, each with the canonical name of the field it gives. */
export type FieldLabels = ReadonlyMap<string, FieldName>

const fieldNames = Object.keys(defaultFieldLabels) as FieldName[]
const cache = new WeakMap<readonly ConsultationProfile[], FieldLabels>()

/**
 * The labels of form fields the consultations name: each profile's `fieldLabels`, and for a
 * field it leaves out, the built-in labels. Fields are read before the consultation is known, so
 * the labels of every profile count; where two profiles give one label to different fields, the
 * first profile decides.
 *
 * @param profiles
 *   The consultations to recognise (none: the built-in labels).
 * @returns
 *   The labels, folded.
 * @example
 *   collectFieldLabels([]).get('pais') // => 'country'
 */
export function collectFieldLabels(profiles: readonly ConsultationProfile[]): FieldLabels {
  let labels = cache.get(profiles)
  if (!labels) {
    const collected = new Map<string, FieldName>()
    for (const profile of profiles.length > 0 ? profiles : [undefined]) {
      for (const name of fieldNames) {
        for (const label of profile?.fieldLabels?.[name] ?? defaultFieldLabels[name]) {
          const folded = normalize(label)
          if (folded && !collected.has(folded)) collected.set(folded, name)
        }
      }
    }
    labels = collected
    cache.set(profiles, labels)
  }
  return labels
}
