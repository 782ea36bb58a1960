import type {Element} from 'xast'
import {x} from 'xastscript'
import type {Codebook} from '../schema/codebook.js'
import {createGuid} from './create-guid.js'

/** The coder's flags on an evidence sentence, written as codes. */
export const flags = ['negated', 'hedged', 'attributed'] as const

/**
 * The GUID of a dimension's code, or of one of its stances.
 *
 * @param codebook
 *   The codebook.
 * @param dimension
 *   The dimension's id.
 * @param stance
 *   A pole id, `mixed` or `unstated`; the dimension's own code when absent.
 * @returns
 *   The GUID.
 * @example
 *   qdaCodeGuid(defaultCodebook, 'mechanism') === qdaCodeGuid(defaultCodebook, 'mechanism') // => true
 */
export function qdaCodeGuid(codebook: Codebook, dimension: string, stance?: string): string {
  return createGuid(['code', codebook.id, dimension, ...(stance === undefined ? [] : [stance])])
}

/**
 * The GUID of a flag's code (`''` for the parent code `wgec flags`).
 *
 * @param codebook
 *   The codebook.
 * @param flag
 *   `negated`, `hedged`, `attributed` or `''`.
 * @returns
 *   The GUID.
 * @example
 *   qdaFlagGuid(defaultCodebook, 'hedged').length // => 36
 */
export function qdaFlagGuid(codebook: Codebook, flag: string): string {
  return createGuid(['code', codebook.id, 'wgec-flags', flag])
}

/**
 * The codebook as QDA-XML codes: a code per dimension (its id as name, its label as
 * description) with a code per pole, `mixed` and `unstated`, then a code `wgec flags` with a code
 * per flag.
 *
 * @param codebook
 *   The codebook.
 * @returns
 *   The `Code` elements of `<Codes>`.
 * @example
 *   toQdaCodes(defaultCodebook).length // => 7
 */
export function toQdaCodes(codebook: Codebook): Element[] {
  const codeGuid = (dimension: string, stance?: string) => qdaCodeGuid(codebook, dimension, stance)
  const flagGuid = (flag: string) => qdaFlagGuid(codebook, flag)
  const codes = codebook.dimensions.map((dimension) =>
    x('Code', {guid: codeGuid(dimension.id), name: dimension.id, isCodable: 'true'}, [
      x('Description', dimension.label),
      ...[
        [dimension.poles[0].id, dimension.poles[0].label],
        [dimension.poles[1].id, dimension.poles[1].label],
        ['mixed', 'Hybrid language, or strong evidence for both poles'],
        ['unstated', 'No stance on the dimension (for a case)']
      ].map(([id = '', label = '']) =>
        x('Code', {guid: codeGuid(dimension.id, id), name: id, isCodable: 'true'}, [
          x('Description', label)
        ])
      )
    ])
  )
  codes.push(
    x('Code', {guid: flagGuid(''), name: 'wgec flags', isCodable: 'false'}, [
      x('Description', 'Flags of the wgec coder on an evidence sentence'),
      ...flags.map((flag) =>
        x('Code', {guid: flagGuid(flag), name: flag, isCodable: 'true'}, [
          x('Description', flagDescriptions[flag])
        ])
      )
    ])
  )

  return codes
}

const flagDescriptions: Record<(typeof flags)[number], string> = {
  negated: 'The indicator is negated ("should not replace"): the sentence supports the other pole',
  hedged: 'The sentence is hedged ("could consider"): it counts half',
  attributed: 'The view is someone else’s, or a quotation: it counts for no pole'
}
