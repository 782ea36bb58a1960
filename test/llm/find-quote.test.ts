import {describe, expect, it} from 'vitest'
import {createQuoteFinder} from '../../src/code/coders/llm/find-quote.js'

const text = 'We say: “the IGF — as it is — should stay”.  The inter- national community decides.'

describe('createQuoteFinder', () => {
  const find = createQuoteFinder(text)
  const found = (quote: string) => {
    const at = find(quote)
    return at ? text.slice(at.start, at.end) : undefined
  }

  it('finds a quote as it is', () => {
    expect(found('We say:')).toBe('We say:')
  })

  it('folds white space, quotation marks, dashes and hyphenation at line ends, in both', () => {
    expect(found('"the IGF - as it is - should stay".')).toBe('“the IGF — as it is — should stay”.')
    expect(found('stay”. The   inter- national')).toBe('stay”.  The inter- national')
    expect(found('The international community decides.')).toBe(
      'The inter- national community decides.'
    )
  })

  it('finds nothing looser: not another case, word or punctuation, nor an empty quote', () => {
    expect(found('the igf')).toBeUndefined()
    expect(found('The international community decided.')).toBeUndefined()
    expect(found('We say')).toBe('We say')
    expect(found('We say;')).toBeUndefined()
    expect(found('   ')).toBeUndefined()
  })
})
