import {sha256} from '@noble/hashes/sha2.js'
import {bytesToHex} from '@noble/hashes/utils.js'
import type {Codebook} from '../schema/codebook.js'
import type {CodebookReference} from '../schema/coded-contribution.js'

/**
 * Name a codebook as provenance does: its id, its version and the SHA-256 of its JSON
 * (`JSON.stringify`, no indentation).
 *
 * @param codebook
 *   The codebook.
 * @returns
 *   Its reference.
 * @example
 *   referenceCodebook(defaultCodebook).version // => '1.4.1'
 */
export function referenceCodebook(codebook: Codebook): CodebookReference {
  const digest = sha256(new TextEncoder().encode(JSON.stringify(codebook)))
  return {id: codebook.id, version: codebook.version, sha256: bytesToHex(digest)}
}
