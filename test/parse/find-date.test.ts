import {describe, expect, it} from 'vitest'
import {findDate} from '../../src/parse/words/find-date.js'

describe('findDate', () => {
  it.each([
    ['La Habana, December 12, 2016', '2016-12-12'],
    ['Nairobi, 6 December 2016', '2016-12-06'],
    ['12th December 2016', '2016-12-12'],
    ['Dec. 12, 2016', '2016-12-12'],
    ['Quito, 5 de diciembre de 2016', '2016-12-05'],
    ['12 de diciembre de 2016', '2016-12-12'],
    ['setiembre de 2016', '2016-09'],
    ['Dakar, le 6 décembre 2016', '2016-12-06'],
    ['Genève, le 1er décembre 2016', '2016-12-01'],
    ['7 décembre 2016', '2016-12-07'],
    ['Geneva, March 2018', '2018-03'],
    ['2016-12-07', '2016-12-07'],
    ['13/12/2016', '2016-12-13']
  ])('reads `%s` as %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso)
  })

  it('reads an ambiguous numeric date month first when told (online form timestamps)', () => {
    expect(findDate('Timestamp: 9/10/2013 14:32:10', 'mdy')?.iso).toBe('2013-09-10')
    expect(findDate('9/10/2013')?.iso).toBe('2013-10-09')
  })

  it('finds a date that does not exist but gives it no ISO form', () => {
    expect(findDate('31 February 2016')).toMatchObject({iso: undefined, index: 0})
  })

  it('skips words that are not months', () => {
    expect(findDate('Item 3, 2016 and then December 12, 2016')?.iso).toBe('2016-12-12')
  })

  it('finds nothing in text without a date', () => {
    expect(findDate('paragraph 69 of the Tunis Agenda')).toBeUndefined()
  })
})
