import {describe, expect, it} from 'vitest'
import {escapeLine, excerpt} from '../../src/messages/excerpt.js'
import {quoteList} from '../../src/messages/quote-list.js'

describe('quoteList', () => {
  it('quotes each value in backticks', () => {
    expect(quoteList(['mixed', 'unstated'])).toBe('`mixed`, `unstated`')
  })

  it('says `nothing` for an empty list', () => {
    expect(quoteList([])).toBe('nothing')
  })

  it('shows at most 12 values, each a bounded, escaped excerpt, and how many more', () => {
    const values = Array.from(
      {length: 1000},
      (_, index) => `\u001B[2J${'x'.repeat(10_000)}${index}`
    )
    const list = quoteList(values)
    expect(list).toMatch(/ and 988 more$/)
    expect(list).not.toContain('\u001B')
    expect(list.length).toBeLessThan(12 * 50)
  })
})

describe('excerpt and escapeLine', () => {
  it('cuts an identifier to the length given', () => {
    expect(excerpt('x'.repeat(100), 40)).toBe(`${'x'.repeat(40)}…`)
  })

  it('keeps a name or path on one line, escaping line feeds, tabs and escapes', () => {
    expect(escapeLine('a\nb\tc\u001B[2Jd\re')).toBe('a\\x0Ab\\x09c\\x1B[2Jd\\x0De')
  })
})
