import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {countWords, fewWords, normalize, slug} from '../../src/text/normalize.js'

/** The definition: decompose, drop marks, lower-case, drop apostrophes, one space between words. */
function reference(text: string): string {
  return text
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const runs = Number(process.env.FAST_CHECK_RUNS ?? 500)

describe('normalize', () => {
  it('folds accents, case, apostrophes and punctuation', () => {
    expect(normalize('High-level “characteristics”?')).toBe('high level characteristics')
    expect(normalize("L'Internet et l’ŒUVRE de coopération")).toBe(
      'linternet et loeuvre de cooperation'
    )
    expect(normalize('  ¿Cuál es   el papel?  ')).toBe('cual es el papel')
  })

  it('gives the definition on ASCII text (its fast path)', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary-ascii', maxLength: 80}), (text) => {
        expect(normalize(text)).toBe(reference(text))
      }),
      {numRuns: runs, seed: 2016}
    )
  })

  it('gives the definition on any text', () => {
    const piece = fc.constantFrom(
      'a',
      'É',
      'ç',
      'œ',
      'Æ',
      ' ',
      '’',
      "'",
      '-',
      '1',
      'ß',
      'İ',
      'e\u0301',
      '«',
      '\u00a0',
      'Ж'
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}), (pieces) => {
        const text = pieces.join('')
        expect(normalize(text)).toBe(reference(text))
      }),
      {numRuns: runs, seed: 2016}
    )
  })
})

describe('fewWords', () => {
  it('agrees with countWords', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 60}), fc.integer({min: 0, max: 12}), (text, limit) => {
        expect(fewWords(text, limit)).toBe(countWords(text) <= limit)
      }),
      {numRuns: runs, seed: 2016}
    )
  })
})

describe('slug', () => {
  it('keeps lower-case ASCII letters and digits joined by dashes', () => {
    expect(slug('Fundación Red, Abierta')).toBe('fundacion-red-abierta')
    expect(slug('***')).toBe('')
  })
})
