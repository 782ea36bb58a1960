import type {Codebook} from '../schema/codebook.js'
import type {CodebookReference} from '../schema/coded-contribution.js'
import {sha256Hex} from '../text/sha256-hex.js'

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
  return {id: codebook.id, version: codebook.version, sha256: sha256Hex(JSON.stringify(codebook))}
}
