import {cstdMeetingNames} from './cstd-cues.js'
import {netmundial2014} from './netmundial-2014.js'

/**
 * The meeting names of a profile that gives none: those of the built-in consultations (the two
 * Working Groups on Enhanced Cooperation and their body, NETmundial and its topics).
 *
 * @example
 *   defaultMeetingNames.includes('WGEC') // => true
 */
export const defaultMeetingNames: readonly string[] = [
  ...cstdMeetingNames,
  ...(netmundial2014.meetingNames ?? [])
]
