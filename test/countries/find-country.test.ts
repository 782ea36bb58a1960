import {describe, expect, it} from 'vitest'
import {findCountry} from '../../src/countries/find-country.js'

function found(text: string): string | undefined {
  const mention = findCountry(text)
  return mention && `${mention.code} ${text.slice(mention.index, mention.index + mention.length)}`
}

describe('findCountry', () => {
  it('finds the seat in a Spanish submitter line', () => {
    expect(findCountry('Centro de Estudios (Córdoba, Argentina)')).toEqual({
      code: 'ARG',
      index: 29,
      length: 9
    })
  })

  it('finds the seat after a city', () => {
    expect(findCountry('Meridian NIC, Montevideo, Uruguay')).toEqual({
      code: 'URY',
      index: 26,
      length: 7
    })
  })

  it('finds a French name with an accent and an apostrophe', () => {
    expect(found('Réseau numérique (Abidjan, Côte d’Ivoire)')).toBe('CIV Côte d’Ivoire')
  })

  it('returns the first country when several are named', () => {
    expect(found('Offices in Kenya, Brazil and India')).toBe('KEN Kenya')
  })

  it('prefers the longest name at a position', () => {
    expect(found('Statement by the Republic of Korea')).toBe('KOR Republic of Korea')
  })

  it('does not take the Republic of Korea inside the name of its northern neighbour', () => {
    expect(found("The Democratic People's Republic of Korea")).toBe(
      "PRK Democratic People's Republic of Korea"
    )
  })

  it('reads Korea alone as the Republic of Korea', () => {
    expect(found('Seoul, Korea')).toBe('KOR Korea')
  })

  it('returns undefined for ordinary text', () => {
    expect(
      findCountry('Enhanced cooperation should be implemented through existing institutions.')
    ).toBeUndefined()
  })

  it('ignores names written in lower case', () => {
    expect(findCountry('a roast turkey on china plates, a chad of paper, a guinea pig')).toBe(
      undefined
    )
  })

  it('ignores an abbreviation unless it is in capitals', () => {
    expect([found('tell us more'), found('the US position')]).toEqual([undefined, 'USA US'])
  })

  it('does not take a country inside a place that merely contains its name', () => {
    expect(found('Albuquerque, New Mexico, USA')).toBe('USA USA')
  })

  it('skips a name that is also a given name before a surname', () => {
    expect(found('Maurice Dupont, Port-Louis, Maurice')).toBe('MUS Maurice')
  })

  it('skips Georgia Tech but finds Georgia as a seat', () => {
    expect([found('Georgia Tech, Atlanta, United States'), found('Tbilisi, Georgia')]).toEqual([
      'USA United States',
      'GEO Georgia'
    ])
  })

  it('does not read a French meeting or a Spanish city as a country', () => {
    expect([found('Réunion à Genève, Suisse'), found('Universidad de Granada, España')]).toEqual([
      'CHE Suisse',
      'ESP España'
    ])
  })

  it('does not read the Spanish name of the Tunis Agenda as a mention of Tunisia', () => {
    expect(found('la Agenda de Túnez, párrafo 69, y la Agenda de Túnez')).toBeUndefined()
  })

  it('finds a name after a lower-case article', () => {
    expect(found('based in the Netherlands')).toBe('NLD Netherlands')
  })

  it('scans a 1 MB text', () => {
    const text = `${'lorem ipsum Dolor sit amet, '.repeat(37_500)}(Santiago, Chile)`
    expect(findCountry(text)?.code).toBe('CHL')
  })

  it('scans a 1 MB text of repeated partial names', () => {
    const text = "Democratic People's Republic of the United ".repeat(24_000)
    expect(findCountry(text)).toBeUndefined()
  })

  it('throws on a value that is not a string', () => {
    expect(() => findCountry(undefined as unknown as string)).toThrow(
      'Cannot search `undefined` for `text`, expected a string'
    )
  })
})
