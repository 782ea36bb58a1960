import {describe, expectTypeOf, it} from 'vitest'
import {toEvidenceRows} from '../../src/code/validation/to-evidence-rows.js'
import {readCodings} from '../../src/codings/read-codings.js'
import type {Cell, CellProvenance, Review} from '../../src/schema/comparison.js'
import type {EvidenceRow} from '../../src/schema/evidence-row.js'
import type {Provenance} from '../../src/schema/provenance.js'

describe('review and provenance types', () => {
  it('types an unstated score as null, and the provenance of a cell as a union', () => {
    expectTypeOf<Cell['score']>().toEqualTypeOf<number | null>()
    expectTypeOf<CellProvenance>().toEqualTypeOf<
      | {kind: 'coder'; coder: string}
      | {kind: 'reviewed'; reviewer: string | null; note: string | null}
    >()
    expectTypeOf<Cell['coderStance']>().toEqualTypeOf<string | undefined>()
  })

  it('types the review summary and the provenance', () => {
    expectTypeOf<Review['changed']>().toEqualTypeOf<number>()
    expectTypeOf<Provenance['codings']>().toEqualTypeOf<{count: number; sha256: string} | null>()
    expectTypeOf<Provenance['inputs']>().toEqualTypeOf<
      Array<{path: string | null; sha256: string}>
    >()
  })

  it('reads codings from text or bytes, and flattens evidence into rows', () => {
    expectTypeOf(readCodings).parameter(0).toEqualTypeOf<string | Uint8Array>()
    expectTypeOf(toEvidenceRows).returns.toEqualTypeOf<EvidenceRow[]>()
    expectTypeOf<EvidenceRow['score']>().toEqualTypeOf<number | null>()
  })
})
