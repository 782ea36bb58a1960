import {describe, expect, it} from 'vitest'
import {jsonSyntaxError} from '../../src/text/json-syntax-error.js'

/** The message Node's JSON engine gives for a text. */
function reasonOf(text: string): string {
  try {
    JSON.parse(text)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('Expected a syntax error')
}

describe('jsonSyntaxError', () => {
  it('gives the offset a syntax error points at, and its cause without the quoted text', () => {
    const text = '[{"a": 1,}]'
    const {cause, offset} = jsonSyntaxError(reasonOf(text), text.length)
    expect(offset).toBe(text.indexOf('}'))
    expect(cause).not.toContain('"a"')
    expect(cause).not.toMatch(/position/)
  })

  it('points at the end of a text that ends early', () => {
    const text = '[{"a": 1'
    expect(jsonSyntaxError(reasonOf(text), text.length).offset).toBe(text.length)
  })

  it('gives no offset when the engine tells none', () => {
    expect(jsonSyntaxError('Something else went wrong', 10)).toEqual({
      cause: 'Something else went wrong',
      offset: undefined
    })
  })
})
