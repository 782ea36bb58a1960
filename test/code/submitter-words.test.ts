import {describe, expect, it} from 'vitest'
import {submitterWords} from '../../src/code/coders/rules/submitter-words.js'

describe('submitterWords', () => {
  it('keeps the distinctive words of a name and adds its acronym', () => {
    expect(submitterWords('Organisation for Regional Telecommunication Cooperation')).toEqual([
      'organisation',
      'regional',
      'telecommunication',
      'cooperation',
      'ortc'
    ])
  })

  it('drops generic words and gives no acronym under three letters', () => {
    expect(submitterWords('Government of Chile')).toEqual(['chile'])
    expect(submitterWords('República de Chile')).toEqual(['chile'])
  })

  it('gives nothing when the submitter is unknown', () => {
    expect(submitterWords(null)).toEqual([])
  })
})
