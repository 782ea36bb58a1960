import {describe, expect, it} from 'vitest'
import {findCitations} from '../../src/parse/finders/find-citations.js'
import {findReferences} from '../../src/parse/finders/find-references.js'
import {createLocator} from '../../src/parse/runs/locate.js'
import {runFromSource} from '../../src/parse/runs/text-run.js'

function cite(text: string, language = 'en'): string[] {
  return findCitations(runFromSource(text, 0, text.length), createLocator(text), language).map(
    (citation) => citation.paragraph
  )
}

function symbols(text: string): string[] {
  return findReferences(runFromSource(text, 0, text.length), createLocator(text)).map(
    (reference) => reference.symbol
  )
}

describe('findCitations', () => {
  it.each([
    ['(para.35.a)', ['35(a)']],
    ['paragraph 35(a)', ['35(a)']],
    ['paragraph 35 (b) says', ['35(b)']],
    ['paras 69-71', ['69', '70', '71']],
    ['paras. 69–71', ['69', '70', '71']],
    ['paragraphs 69 to 71', ['69', '70', '71']],
    ['paragraphs 69 through 71', ['69', '70', '71']],
    ['paragraphs 69, 70 and 71', ['69', '70', '71']],
    ['paras. 68 and 69', ['68', '69']],
    ['§69', ['69']],
    ['§§ 69-70', ['69', '70']],
    ['paragraphs 35.a) y 68 al 71', ['35(a)', '68', '69', '70', '71']],
    ['el párrafo 69 de la Agenda', ['69']],
    ['los párrafos 68 al 71', ['68', '69', '70', '71']],
    ['párrafos 68 y 69', ['68', '69']],
    ['apartado a) del párrafo 35', ['35(a)']],
    ['le paragraphe 71', ['71']],
    ['les paragraphes 69 à 71', ['69', '70', '71']],
    ['paragraphe 35 a) de l’Agenda', ['35(a)']]
  ])('reads `%s`', (text, expected) => {
    expect(cite(text)).toEqual(expected)
  })

  it('keeps the written citation and its place for each paragraph of a range', () => {
    const text = 'See paras 69-71.'
    const citations = findCitations(runFromSource(text, 0, text.length), createLocator(text), 'en')
    expect(
      citations.map((citation) => [
        citation.text,
        citation.place.start.column,
        citation.place.end.column
      ])
    ).toEqual([
      ['paras 69-71', 5, 16],
      ['paras 69-71', 5, 16],
      ['paras 69-71', 5, 16]
    ])
  })

  it('leaves out the closing bracket around a citation', () => {
    const text = 'States. (para.35.a)'
    const [citation] = findCitations(runFromSource(text, 0, text.length), createLocator(text), 'en')
    expect(citation?.text).toBe('para.35.a')
  })

  it('does not read a paragraph of another instrument as the Tunis Agenda', () => {
    expect(cite('paragraph 5 of resolution 70/125')).toEqual([])
    expect(cite('resolution 70/125, paragraph 65')).toEqual([])
    expect(cite('paragraph 12 of the Geneva Declaration of Principles')).toEqual([])
  })

  it('does not read a number above the last paragraph of the Tunis Agenda', () => {
    expect(cite('paragraph 250')).toEqual([])
  })

  it('does not read the Spanish preposition `para` as a citation', () => {
    expect(cite('recursos para 20 países', 'es')).toEqual([])
  })

  it('stops a list at the first word that is not a paragraph', () => {
    expect(cite('paragraph 69 and the IGF, 2016')).toEqual(['69'])
  })
})

describe('findCitations of several instruments', () => {
  const charter = {
    id: 'orla-charter',
    title: 'Orla Charter',
    paragraphs: 40,
    names: ['Orla Charter']
  }
  const principles = {
    id: 'lakeside-principles',
    title: 'Lakeside Principles on Shared Spectrum',
    paragraphs: 25,
    names: ['Lakeside Principles', 'Principios de Lakeside']
  }

  function citeOf(text: string, language = 'en'): string[] {
    return findCitations(runFromSource(text, 0, text.length), createLocator(text), language, [
      charter,
      principles
    ]).map((citation) => `${citation.instrument} ${citation.paragraph}`)
  }

  it.each([
    ['paragraph 12', ['orla-charter 12']],
    ['paragraph 7 of the Lakeside Principles', ['lakeside-principles 7']],
    [
      'paragraphs 3 and 4 of Lakeside Principles',
      ['lakeside-principles 3', 'lakeside-principles 4']
    ],
    ['The Lakeside Principles, paragraph 3, say so', ['lakeside-principles 3']],
    ['the Lakeside Principles’ paragraph 3', ['lakeside-principles 3']],
    ['the Orla Charter’s paragraph 5', ['orla-charter 5']],
    ['the Lakeside Principles (paragraph 3)', ['lakeside-principles 3']],
    ['el párrafo 3 de los Principios de Lakeside', ['lakeside-principles 3']],
    ['paragraph 30 of the Orla Charter', ['orla-charter 30']]
  ])('keys `%s` to its instrument', (text, expected) => {
    expect(citeOf(text, text.startsWith('el') ? 'es' : 'en')).toEqual(expected)
  })

  it('reads the same paragraph of two instruments in one sentence as two citations', () => {
    expect(
      citeOf('paragraph 3 of the Orla Charter and paragraph 3 of the Lakeside Principles')
    ).toEqual(['orla-charter 3', 'lakeside-principles 3'])
  })

  it('leaves out a paragraph above the last of its instrument', () => {
    expect(citeOf('paragraph 30 of the Lakeside Principles')).toEqual([])
    expect(citeOf('paragraphs 24 to 26 of the Lakeside Principles')).toEqual([
      'lakeside-principles 24',
      'lakeside-principles 25'
    ])
  })

  it('does not carry a name across the end of a sentence', () => {
    expect(citeOf('We endorse the Lakeside Principles. Paragraph 9 matters most.')).toEqual([
      'orla-charter 9'
    ])
  })

  it('leaves out a paragraph of the Tunis Agenda when the consultation does not cite it', () => {
    expect(citeOf('paragraph 69 of the Tunis Agenda')).toEqual([])
    expect(cite('paragraph 69 of the Tunis Agenda')).toEqual(['69'])
  })
})

describe('findReferences', () => {
  it('reads UN document symbols of several kinds', () => {
    expect(
      symbols('A/RES/70/125, A/70/125, E/CN.16/2018/CRP.3 and WSIS-05/TUNIS/DOC/6(Rev.1).')
    ).toEqual(['A/RES/70/125', 'A/70/125', 'E/CN.16/2018/CRP.3', 'WSIS-05/TUNIS/DOC/6(Rev.1)'])
  })

  it('leaves out a bracket that closes the sentence around a symbol', () => {
    expect(symbols('(see A/RES/70/125)')).toEqual(['A/RES/70/125'])
  })

  it('does not read `and/or` or a lone fraction as a symbol', () => {
    expect(symbols('and/or 3/4 of the A/B test')).toEqual([])
  })
})
