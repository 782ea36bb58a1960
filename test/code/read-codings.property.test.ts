import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readCodings} from '../../src/codings/read-codings.js'
import type {Coding} from '../../src/schema/coding.js'

// Characters that CSV must escape or that tempt a reader to split, plus any text.
const tricky = fc.constantFrom(',', ';', '"', '\n', '\r', '\r\n', ' ', '\t', 'é', '“', 'a', 'Z')
const text = fc.oneof(
  fc.string({unit: tricky, minLength: 1, maxLength: 12}),
  fc.string({unit: 'grapheme', minLength: 1, maxLength: 12})
)
// Ids, dimensions, stances and coders are trimmed by the reader; quotes are kept as written.
const trimmed = text.map((value) => value.trim()).filter((value) => value !== '')
const quote = text.filter((value) => value.trim() !== '')

const coding: fc.Arbitrary<Coding> = fc
  .record(
    {contributionId: trimmed, dimension: trimmed, stance: trimmed, quote, coder: trimmed},
    {requiredKeys: ['contributionId', 'dimension', 'stance']}
  )
  .map((value) => value as Coding)

function toCsv(codings: readonly Coding[], newline: string): string {
  const cell = (value: string | undefined) => `"${(value ?? '').replaceAll('"', '""')}"`
  const rows = codings.map((item) =>
    [item.contributionId, item.dimension, item.stance, item.quote, item.coder].map(cell).join(',')
  )
  return ['contribution,dimension,stance,quote,coder', ...rows].join(newline) + newline
}

describe('readCodings (properties)', () => {
  it('round-trips codings written as CSV', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(coding, {
          selector: (item) =>
            JSON.stringify([item.coder ?? null, item.contributionId, item.dimension])
        }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (codings, newline, bom) => {
          const result = readCodings((bom ? '\uFEFF' : '') + toCsv(codings, newline))
          expect(result.messages).toEqual([])
          expect(result.codings).toEqual(codings)
        }
      )
    )
  })

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({unit: tricky}), fc.string(), (noise, other) => {
        expect(() => readCodings(`id,dimension,stance\n${noise}`)).not.toThrow()
        expect(() => readCodings(other)).not.toThrow()
      })
    )
  })
})
