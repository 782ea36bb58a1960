import type {ConsultationProfile} from '../schema/consultation-profile.js'
import {netmundial2014} from './netmundial-2014.js'
import {wgec2013} from './wgec-2013.js'
import {wgec2016} from './wgec-2016.js'

/**
 * The consultations the parser knows by default, newest first.
 *
 * @example
 *   consultations.map((profile) => profile.id) // => ['wgec-2016', 'wgec-2013', 'netmundial-2014']
 */
export const consultations: readonly ConsultationProfile[] = [wgec2016, wgec2013, netmundial2014]
