import type {Coding} from '../schema/coding.js'
import {stringifyCsv} from './stringify-csv.js'

/**
 * Render codings as CSV with the columns `contribution, dimension, stance, quote, coder`, the
 * form `readCodings` and `wgec agree` read back. Written by `stringifyCsv`: quoted as RFC 4180
 * says, with text that a spreadsheet would run as a formula neutralised.
 *
 * @param codings
 *   The codings, in order.
 * @returns
 *   CSV text, ending in a newline.
 * @example
 *   toCodingsCsv([{contributionId: 'wgec-2016/cuba', dimension: 'mechanism', stance: 'intergovernmental'}])
 *   // => 'contribution,dimension,stance,quote,coder\nwgec-2016/cuba,mechanism,intergovernmental,,\n'
 */
export function toCodingsCsv(codings: readonly Coding[]): string {
  return stringifyCsv(
    ['contribution', 'dimension', 'stance', 'quote', 'coder'],
    codings.map((coding) => [
      coding.contributionId,
      coding.dimension,
      coding.stance,
      coding.quote,
      coding.coder
    ])
  )
}
