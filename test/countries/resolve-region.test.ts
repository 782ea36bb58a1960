import {describe, expect, it} from 'vitest'
import {resolveRegion} from '../../src/countries/resolve-region.js'

describe('resolveRegion', () => {
  it.each([
    ['Usa', 'USA'],
    ['The United States', 'USA'],
    ['Brasil', 'BRA'],
    ["People's Republic Of China", 'CHN'],
    ['Kenya, Africa', 'KEN'],
    ['São Paulo, Brazil', 'BRA'],
    ['Germany/Europe', 'DEU'],
    ['Democratic Republic Of Congo', 'COD'],
    ['Global, with headquarters in the U.S.', 'USA'],
    ['Trinidad And Tobago', 'TTO']
  ])('resolves %s to the one country it names', (text, country) => {
    expect(resolveRegion(text)).toEqual({country})
  })

  it.each([
    'Global',
    'Europe',
    'Latin America and the Caribbean',
    'India And Brazil',
    'Italy / Brazil'
  ])('keeps %s as a region: it names no country or several', (text) => {
    expect(resolveRegion(text)).toEqual({region: text})
  })

  it.each([
    ['Sngal', 'SEN'],
    ['Mxico', 'MEX'],
    ['Dakar, Sngal', 'SEN'],
    ['Espaa', 'ESP']
  ])(
    'reads %s, whose letters outside ASCII were lost, as the one country it was',
    (text, country) => {
      expect(resolveRegion(text)).toEqual({country})
    }
  )

  it.each(['Atlantis', 'Sngal and Mxico', 'Snégal'])(
    'keeps %s as a region: no one country reads so without its lost letters',
    (text) => {
      expect(resolveRegion(text)).toEqual({region: text})
    }
  )

  it('gives nothing for an empty text', () => {
    expect(resolveRegion('  ')).toEqual({})
  })
})
