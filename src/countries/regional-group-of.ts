import type {RegionalGroup} from '../schema/regional-group.js'
import {regionalGroups} from './regional-groups.js'

/**
 * Look up the UN regional group of a member state by its ISO 3166-1 alpha-3 code.
 *
 * The code is matched case-insensitively and with surrounding whitespace ignored; codes of
 * territories, observer states and unknown codes give `undefined`.
 *
 * @param alpha3
 *   ISO 3166-1 alpha-3 code, such as `CUB`.
 * @returns
 *   The regional group (`african`, `asia-pacific`, `eastern-european`, `grulac` or `weog`), or
 *   `undefined` when the code is not that of a UN member state.
 * @example
 *   regionalGroupOf('SEN') // => 'african'
 *   regionalGroupOf('tur') // => 'weog'
 *   regionalGroupOf('VAT') // => undefined
 */
export function regionalGroupOf(alpha3: string): RegionalGroup | undefined {
  const code = alpha3.trim().toUpperCase()
  return Object.hasOwn(regionalGroups, code) ? regionalGroups[code] : undefined
}
