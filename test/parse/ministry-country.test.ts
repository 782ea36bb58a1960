import {describe, expect, it} from 'vitest'
import {ministryCountry} from '../../src/parse/header/ministry-country.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'

describe('ministryCountry', () => {
  it('reads the country a letterhead in capitals names over two lines, in title case', () => {
    expect(
      ministryCountry('MINISTRY OF FINANCE AND PLANNING\nOF THE KINGDOM OF MOROCCO\nRabat')
    ).toBe('Kingdom of Morocco')
  })

  it('reads a Spanish letterhead as written', () => {
    expect(ministryCountry('Ministerio de Relaciones Exteriores de Uruguay')).toBe('Uruguay')
  })

  it('names no country for a ministry that names none, nor for a line that is no letterhead', () => {
    expect(ministryCountry('MINISTRY OF DIGITAL AFFAIRS\nPolicy Unit')).toBeUndefined()
    expect(ministryCountry('The Republic of Ghana welcomes the report.')).toBeUndefined()
  })
})

describe('a letter from a ministry', () => {
  const letter = `MINISTRY OF COMMUNICATIONS\nOF THE REPUBLIC OF ZAMBIA\n\nRef: MC/44/16     Lusaka, 2 December 2016\n\nRe: Views on enhanced cooperation\n\nWhat are the high level characteristics of enhanced cooperation?\n\nEqual footing.\n`

  it('gives the government, its place and date from the reference line, its title from `Re:`', () => {
    const {contribution} = parseContribution(letter, {format: 'text'})
    expect(contribution.submitter).toMatchObject({name: 'Republic of Zambia', country: 'ZMB'})
    expect([contribution.place, contribution.date, contribution.title]).toEqual([
      'Lusaka',
      '2016-12-02',
      'Views on enhanced cooperation'
    ])
  })
})
