import {describe, expect, it} from 'vitest'
import {resolveCountry} from '../../src/countries/resolve-country.js'

function resolveAll(names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((name) => [name, resolveCountry(name)]))
}

describe('resolveCountry', () => {
  it('resolves a plain English name', () => {
    expect(resolveCountry('Cuba')).toBe('CUB')
  })

  it('resolves a Spanish name', () => {
    expect(resolveCountry('Estados Unidos')).toBe('USA')
  })

  it('resolves a French name', () => {
    expect(resolveCountry('Sénégal')).toBe('SEN')
  })

  it('ignores case and accents', () => {
    expect(resolveAll(['SÉNÉGAL', 'senegal', 'MÉXICO', 'mexico', 'TÜRKİYE'])).toEqual({
      SÉNÉGAL: 'SEN',
      senegal: 'SEN',
      MÉXICO: 'MEX',
      mexico: 'MEX',
      TÜRKİYE: 'TUR'
    })
  })

  it('ignores surrounding whitespace and punctuation', () => {
    expect(resolveAll(['  Cuba\n', '“Cuba”.', '(Norway)', '– Ecuador –'])).toEqual({
      '  Cuba\n': 'CUB',
      '“Cuba”.': 'CUB',
      '(Norway)': 'NOR',
      '– Ecuador –': 'ECU'
    })
  })

  it('resolves the United Nations English forms', () => {
    expect(
      resolveAll([
        'Iran (Islamic Republic of)',
        'Bolivia (Plurinational State of)',
        'Venezuela (Bolivarian Republic of)',
        'Republic of Korea',
        "Democratic People's Republic of Korea",
        'United Republic of Tanzania',
        'Russian Federation',
        'Syrian Arab Republic',
        "Lao People's Democratic Republic",
        'Republic of Moldova',
        'Micronesia (Federated States of)',
        'Türkiye',
        'Viet Nam',
        "Côte d'Ivoire",
        'Congo',
        'Democratic Republic of the Congo',
        'United Kingdom of Great Britain and Northern Ireland',
        'United States of America'
      ])
    ).toEqual({
      'Iran (Islamic Republic of)': 'IRN',
      'Bolivia (Plurinational State of)': 'BOL',
      'Venezuela (Bolivarian Republic of)': 'VEN',
      'Republic of Korea': 'KOR',
      "Democratic People's Republic of Korea": 'PRK',
      'United Republic of Tanzania': 'TZA',
      'Russian Federation': 'RUS',
      'Syrian Arab Republic': 'SYR',
      "Lao People's Democratic Republic": 'LAO',
      'Republic of Moldova': 'MDA',
      'Micronesia (Federated States of)': 'FSM',
      Türkiye: 'TUR',
      'Viet Nam': 'VNM',
      "Côte d'Ivoire": 'CIV',
      Congo: 'COG',
      'Democratic Republic of the Congo': 'COD',
      'United Kingdom of Great Britain and Northern Ireland': 'GBR',
      'United States of America': 'USA'
    })
  })

  it('resolves the United Nations Spanish forms', () => {
    expect(
      resolveAll([
        'República Islámica del Irán',
        'Irán (República Islámica del)',
        'Estado Plurinacional de Bolivia',
        'República Bolivariana de Venezuela',
        'República de Corea',
        'República Popular Democrática de Corea',
        'República Unida de Tanzanía',
        'Federación de Rusia',
        'República Árabe Siria',
        'República Democrática Popular Lao',
        'República de Moldova',
        'Micronesia (Estados Federados de)',
        'Reino Unido de Gran Bretaña e Irlanda del Norte',
        'Estados Unidos de América'
      ])
    ).toEqual({
      'República Islámica del Irán': 'IRN',
      'Irán (República Islámica del)': 'IRN',
      'Estado Plurinacional de Bolivia': 'BOL',
      'República Bolivariana de Venezuela': 'VEN',
      'República de Corea': 'KOR',
      'República Popular Democrática de Corea': 'PRK',
      'República Unida de Tanzanía': 'TZA',
      'Federación de Rusia': 'RUS',
      'República Árabe Siria': 'SYR',
      'República Democrática Popular Lao': 'LAO',
      'República de Moldova': 'MDA',
      'Micronesia (Estados Federados de)': 'FSM',
      'Reino Unido de Gran Bretaña e Irlanda del Norte': 'GBR',
      'Estados Unidos de América': 'USA'
    })
  })

  it('resolves the United Nations French forms', () => {
    expect(
      resolveAll([
        "République islamique d'Iran",
        "Iran (République islamique d')",
        'État plurinational de Bolivie',
        'République bolivarienne du Venezuela',
        'République de Corée',
        'République populaire démocratique de Corée',
        'République-Unie de Tanzanie',
        'Fédération de Russie',
        'République arabe syrienne',
        'République démocratique populaire lao',
        'République de Moldova',
        'Micronésie (États fédérés de)',
        "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
        "États-Unis d'Amérique"
      ])
    ).toEqual({
      "République islamique d'Iran": 'IRN',
      "Iran (République islamique d')": 'IRN',
      'État plurinational de Bolivie': 'BOL',
      'République bolivarienne du Venezuela': 'VEN',
      'République de Corée': 'KOR',
      'République populaire démocratique de Corée': 'PRK',
      'République-Unie de Tanzanie': 'TZA',
      'Fédération de Russie': 'RUS',
      'République arabe syrienne': 'SYR',
      'République démocratique populaire lao': 'LAO',
      'République de Moldova': 'MDA',
      'Micronésie (États fédérés de)': 'FSM',
      "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord": 'GBR',
      "États-Unis d'Amérique": 'USA'
    })
  })

  it('resolves common short forms', () => {
    expect(
      resolveAll([
        'USA',
        'U.S.',
        'United States',
        'UK',
        'Britain',
        'Russia',
        'South Korea',
        'Ivory Coast',
        'EE. UU.'
      ])
    ).toEqual({
      USA: 'USA',
      'U.S.': 'USA',
      'United States': 'USA',
      UK: 'GBR',
      Britain: 'GBR',
      Russia: 'RUS',
      'South Korea': 'KOR',
      'Ivory Coast': 'CIV',
      'EE. UU.': 'USA'
    })
  })

  it('resolves names used before a country was renamed', () => {
    expect(
      resolveAll(['Swaziland', 'The former Yugoslav Republic of Macedonia', 'Czech Republic'])
    ).toEqual({
      Swaziland: 'SWZ',
      'The former Yugoslav Republic of Macedonia': 'MKD',
      'Czech Republic': 'CZE'
    })
  })

  it('resolves English government prefixes', () => {
    expect(
      resolveAll([
        'Government of Norway',
        'The Government of the Republic of Cuba',
        'Republic of Senegal',
        'Kingdom of Saudi Arabia',
        'Kingdom of the Netherlands',
        'Government of The Gambia',
        'Delegation of Japan',
        'Government of the Islamic Republic of Iran'
      ])
    ).toEqual({
      'Government of Norway': 'NOR',
      'The Government of the Republic of Cuba': 'CUB',
      'Republic of Senegal': 'SEN',
      'Kingdom of Saudi Arabia': 'SAU',
      'Kingdom of the Netherlands': 'NLD',
      'Government of The Gambia': 'GMB',
      'Delegation of Japan': 'JPN',
      'Government of the Islamic Republic of Iran': 'IRN'
    })
  })

  it('resolves an English permanent mission with the place it is accredited to', () => {
    expect(
      resolveCountry('Permanent Mission of Brazil to the United Nations (Office at Geneva)')
    ).toBe('BRA')
  })

  it('resolves Spanish government prefixes', () => {
    expect(
      resolveAll([
        'República del Ecuador',
        'Gobierno de Cuba',
        'Gobierno de la República de Cuba',
        'Gobierno de El Salvador',
        'República de Colombia',
        'Reino de España'
      ])
    ).toEqual({
      'República del Ecuador': 'ECU',
      'Gobierno de Cuba': 'CUB',
      'Gobierno de la República de Cuba': 'CUB',
      'Gobierno de El Salvador': 'SLV',
      'República de Colombia': 'COL',
      'Reino de España': 'ESP'
    })
  })

  it('resolves a Spanish permanent mission with the place it is accredited to', () => {
    expect(
      resolveCountry(
        'Misión Permanente de México ante la Oficina de las Naciones Unidas y otros Organismos Internacionales en Ginebra'
      )
    ).toBe('MEX')
  })

  it('resolves French government prefixes', () => {
    expect(
      resolveAll([
        'République du Sénégal',
        'Gouvernement du Sénégal',
        'Gouvernement de la République du Sénégal',
        'Gouvernement de la France',
        "Gouvernement de l'Inde",
        'Gouvernement des États-Unis',
        'Royaume du Maroc'
      ])
    ).toEqual({
      'République du Sénégal': 'SEN',
      'Gouvernement du Sénégal': 'SEN',
      'Gouvernement de la République du Sénégal': 'SEN',
      'Gouvernement de la France': 'FRA',
      "Gouvernement de l'Inde": 'IND',
      'Gouvernement des États-Unis': 'USA',
      'Royaume du Maroc': 'MAR'
    })
  })

  it('resolves a French permanent mission with the place it is accredited to', () => {
    expect(
      resolveCountry(
        'Mission permanente de la République du Sénégal auprès de l’Office des Nations Unies à Genève'
      )
    ).toBe('SEN')
  })

  it('returns undefined for organisations', () => {
    expect(resolveAll(['Internet Society', 'Northbridge Telecom Ltd', 'Georgia Tech'])).toEqual({
      'Internet Society': undefined,
      'Northbridge Telecom Ltd': undefined,
      'Georgia Tech': undefined
    })
  })

  it('returns undefined for a country named inside a longer name', () => {
    expect(resolveAll(['Internet Society Chile', 'Cuba Libre Foundation'])).toEqual({
      'Internet Society Chile': undefined,
      'Cuba Libre Foundation': undefined
    })
  })

  it('returns undefined for a place whose name contains a country', () => {
    expect(resolveCountry('New Mexico')).toBeUndefined()
  })

  it('returns undefined for a prefix without a country', () => {
    expect(resolveAll(['Government of', 'Republic', 'The Kingdom of', ''])).toEqual({
      'Government of': undefined,
      Republic: undefined,
      'The Kingdom of': undefined,
      '': undefined
    })
  })

  it('does not read a trailer after a name that has no government prefix', () => {
    expect(resolveCountry('Brazil in the World')).toBeUndefined()
  })

  it('resolves a 1 MB chain of prefixes without blowing up', () => {
    const name = `${'Government of the Republic of '.repeat(35_000)}Cuba`
    expect(resolveCountry(name)).toBe('CUB')
  })

  it('throws on a value that is not a string', () => {
    expect(() => resolveCountry(42 as unknown as string)).toThrow(
      'Cannot resolve `42` for `name`, expected a string'
    )
  })
})
