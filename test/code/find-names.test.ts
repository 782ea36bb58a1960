import {describe, expect, it} from 'vitest'
import {findAcronyms, findNames} from '../../src/code/coders/rules/find-names.js'
import {normalize} from '../../src/text/normalize.js'

/** The names of a clause, as the words they span. */
function names(text: string, acronyms: readonly string[] = []): string[] {
  const folded = normalize(text)
  const words = folded.split(' ')
  return findNames(text, folded, {acronyms: new Set(acronyms), known: []}).map(([start, end]) =>
    words.slice(start, end).join(' ')
  )
}

describe('findNames', () => {
  it.each([
    [
      'en',
      'They met at the Working Group on Enhanced Cooperation in Geneva.',
      ['working group on enhanced cooperation']
    ],
    [
      'en',
      'An Intergovernmental Group of Experts was proposed.',
      ['intergovernmental group of experts']
    ],
    [
      'en',
      'The Global Multi-stakeholder Meeting in Sao Paulo was useful.',
      ['global multi stakeholder meeting']
    ],
    [
      'es',
      'El Grupo de Trabajo sobre la Cooperación Reforzada se reunió.',
      ['grupo de trabajo sobre la cooperacion reforzada']
    ],
    [
      'fr',
      'Le Forum sur la Gouvernance de l’Internet a siégé.',
      ['forum sur la gouvernance de linternet']
    ]
  ])('finds a titled name (%s: %s)', (_language, text, expected) => {
    expect(names(text).filter((name) => expected.includes(name))).toEqual(expected)
  })

  it.each([
    'The Multistakeholder Model has served the Internet well.',
    'We support the multistakeholder model of governance.',
    'Governments, Civil Society, and Business should work together.',
    'We support the Multistakeholder Model of Internet Governance.',
    'Apoyamos el Modelo Multisectorial de Gobernanza de Internet.'
  ])('finds no name in capitalised words that are no name (%s)', (text) => {
    expect(names(text)).toEqual([])
  })

  it('leaves out the capitalised first word of a clause when the name does not need it', () => {
    expect(names('Strengthen the Internet Governance Forum as a place for dialogue.')).toEqual([
      'internet governance forum'
    ])
  })

  it('masks an acronym introduced for a name, wherever it appears', () => {
    expect(names('The MAG should meet more often.', ['mag'])).toEqual(['mag'])
    expect(names('The mag should meet more often.', ['mag'])).toEqual([])
  })

  it('finds the known names a codebook lists, whatever their case', () => {
    const text = 'the global multistakeholder meeting was held'
    expect(
      findNames(text, text, {acronyms: new Set(), known: [/global multistakeholder meeting/gu]})
    ).toEqual([[1, 4]])
  })
})

describe('findAcronyms', () => {
  it.each([
    ['The Multistakeholder Advisory Group (MAG) met twice.', ['mag']],
    ['El Foro para la Gobernanza de Internet (FGI) se reunió.', ['fgi']],
    ['Le Forum sur la Gouvernance de l’Internet (FGI) se réunit.', ['fgi']],
    ['The fees (USD) are listed.', []],
    ['A new body (see below) is needed.', []]
  ])('reads the acronyms a text introduces (%s)', (text, expected) => {
    expect(findAcronyms(text)).toEqual(expected)
  })
})
