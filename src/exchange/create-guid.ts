import {sha256Hex} from '../text/sha256-hex.js'

/**
 * A GUID derived from content: the first 128 bits of the SHA-256 of the parts, laid out as an
 * RFC 9562 version 8 (custom) UUID, so that the same input always gives the same GUID.
 *
 * @param parts
 *   What identifies the object (kind, ids, hashes).
 * @returns
 *   A GUID such as `1b4e28ba-2fa1-81d2-883f-0016d3cca427`.
 * @example
 *   createGuid(['code', 'mechanism']) === createGuid(['code', 'mechanism']) // => true
 */
export function createGuid(parts: readonly string[]): string {
  const hex = sha256Hex(JSON.stringify(parts)).slice(0, 32)
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
