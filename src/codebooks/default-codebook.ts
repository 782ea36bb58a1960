import {Codebook} from '../schema/codebook.js'
import enhancedCooperation from './enhanced-cooperation.json' with {type: 'json'}

/**
 * The default codebook, `enhanced-cooperation` v1: six dimensions of the debate on enhanced
 * cooperation, with indicators in English, Spanish and French. `wgec codebook` prints it.
 *
 * @example
 *   defaultCodebook.dimensions.map((dimension) => dimension.id)
 *   // => ['mechanism', 'new-mechanism', 'un-role', 'state-authority', 'ec-status', 'igf-relation']
 */
// Parsed, so that the schema's defaults (such as an indicator's `frame`) are filled in; its
// expressions are built when first used (see compileCodebook).
export const defaultCodebook: Codebook = Codebook.parse(enhancedCooperation)
