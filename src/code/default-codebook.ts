import enhancedCooperation from '../codebooks/enhanced-cooperation.json' with {type: 'json'}
import type {Codebook} from '../schema/codebook.js'

/**
 * The default codebook, `enhanced-cooperation` v1: six dimensions of the debate on enhanced
 * cooperation, with indicators in English, Spanish and French. `wgec codebook` prints it.
 *
 * @example
 *   defaultCodebook.dimensions.map((dimension) => dimension.id)
 *   // => ['mechanism', 'new-mechanism', 'un-role', 'state-authority', 'ec-status', 'igf-relation']
 */
// Not parsed at run time, which would load zod on every start: a test checks that
// `Codebook.parse` accepts it and returns it unchanged.
export const defaultCodebook = enhancedCooperation as unknown as Codebook
