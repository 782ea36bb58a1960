import countries from 'i18n-iso-countries'
import {describe, expect, it} from 'vitest'
import {regionalGroupOf} from '../../src/countries/regional-group-of.js'
import {regionalGroups} from '../../src/countries/regional-groups.js'

const codes = Object.keys(regionalGroups)

function sizeOf(group: string): number {
  return Object.values(regionalGroups).filter((value) => value === group).length
}

describe('regionalGroups', () => {
  it('lists exactly the 193 UN member states', () => {
    expect(codes).toHaveLength(193)
  })

  it('uses only ISO 3166-1 alpha-3 codes known to i18n-iso-countries', () => {
    const unknown = codes.filter(
      (code) => !/^[A-Z]{3}$/.test(code) || countries.alpha3ToAlpha2(code) === undefined
    )
    expect(unknown).toEqual([])
  })

  it('puts 54 states in the African Group', () => {
    expect(sizeOf('african')).toBe(54)
  })

  // The often-quoted 53 leaves out Kiribati. With Kiribati (and Cyprus) in Asia-Pacific and
  // Türkiye in WEOG, the group has 54: 193 - 54 African - 23 Eastern European - 33 GRULAC - 29 WEOG.
  it('puts 54 states in the Asia-Pacific Group, Kiribati included', () => {
    expect(sizeOf('asia-pacific')).toBe(54)
  })

  it('puts 23 states in the Eastern European Group', () => {
    expect(sizeOf('eastern-european')).toBe(23)
  })

  it('puts 33 states in GRULAC', () => {
    expect(sizeOf('grulac')).toBe(33)
  })

  // 28 members (Israel and Türkiye among them) plus the United States, an observer that is
  // counted in WEOG for elections.
  it('puts 29 states in WEOG, the United States included', () => {
    expect(sizeOf('weog')).toBe(29)
  })

  it('places a sample of each group', () => {
    expect({
      SEN: regionalGroups.SEN,
      ZAF: regionalGroups.ZAF,
      CHN: regionalGroups.CHN,
      IRN: regionalGroups.IRN,
      RUS: regionalGroups.RUS,
      POL: regionalGroups.POL,
      CUB: regionalGroups.CUB,
      ECU: regionalGroups.ECU,
      NOR: regionalGroups.NOR,
      AUS: regionalGroups.AUS
    }).toEqual({
      SEN: 'african',
      ZAF: 'african',
      CHN: 'asia-pacific',
      IRN: 'asia-pacific',
      RUS: 'eastern-european',
      POL: 'eastern-european',
      CUB: 'grulac',
      ECU: 'grulac',
      NOR: 'weog',
      AUS: 'weog'
    })
  })

  it('follows the electoral convention for Türkiye, Israel, the United States and Kiribati', () => {
    expect([
      regionalGroups.TUR,
      regionalGroups.ISR,
      regionalGroups.USA,
      regionalGroups.KIR
    ]).toEqual(['weog', 'weog', 'weog', 'asia-pacific'])
  })

  it('puts Cyprus in Asia-Pacific', () => {
    expect(regionalGroups.CYP).toBe('asia-pacific')
  })

  it('leaves out observer states and territories', () => {
    expect([regionalGroups.VAT, regionalGroups.PSE, regionalGroups.TWN]).toEqual([
      undefined,
      undefined,
      undefined
    ])
  })

  it('cannot be changed', () => {
    expect(Object.isFrozen(regionalGroups)).toBe(true)
  })
})

describe('regionalGroupOf', () => {
  it('returns the group of a member state', () => {
    expect(regionalGroupOf('SEN')).toBe('african')
  })

  it('ignores case and surrounding whitespace', () => {
    expect(regionalGroupOf(' tur ')).toBe('weog')
  })

  it('returns undefined for an observer state', () => {
    expect(regionalGroupOf('VAT')).toBeUndefined()
  })

  it('returns undefined for an unknown code', () => {
    expect(regionalGroupOf('XXX')).toBeUndefined()
  })

  it('returns undefined for names inherited from Object.prototype', () => {
    expect(regionalGroupOf('constructor')).toBeUndefined()
  })
})
