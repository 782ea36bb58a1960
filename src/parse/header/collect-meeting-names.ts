import {defaultMeetingNames} from '../../consultations/default-meeting-names.js'
import type {ConsultationProfile} from '../../schema/consultation-profile.js'
import {foldWords} from '../../text/normalize.js'

const cache = new WeakMap<readonly ConsultationProfile[], readonly string[]>()

/**
 * The names of meetings a title may address, of every consultation to recognise (a title is read
 * before the consultation is known): each profile's `meetingNames`, or the built-in ones for a
 * profile that gives none.
 *
 * @param profiles
 *   The consultations to recognise (none: the built-in names).
 * @returns
 *   The names, folded as words (`foldWords`), each once.
 * @example
 *   collectMeetingNames([]).includes('net mundial') // => true
 */
export function collectMeetingNames(profiles: readonly ConsultationProfile[]): readonly string[] {
  let names = cache.get(profiles)
  if (!names) {
    const folded = (profiles.length > 0 ? profiles : [undefined])
      .flatMap((profile) => profile?.meetingNames ?? defaultMeetingNames)
      .map((name) => foldWords(name))
      .filter(Boolean)
    names = [...new Set(folded)]
    cache.set(profiles, names)
  }
  return names
}
