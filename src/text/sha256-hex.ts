import {sha256} from '@noble/hashes/sha2.js'
import {bytesToHex} from '@noble/hashes/utils.js'

/**
 * The SHA-256 of a text's UTF-8 bytes, in lower-case hex: what provenance, codebook references,
 * GUIDs and the `llm` coder's request keys are made of.
 *
 * @example
 *   sha256Hex('') // => 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text)))
}
