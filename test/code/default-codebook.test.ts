import {describe, expect, it} from 'vitest'
import {defaultCodebook} from '../../src/code/default-codebook.js'
import {loadCodebook} from '../../src/code/load-codebook.js'
import {Codebook} from '../../src/schema/codebook.js'

describe('defaultCodebook', () => {
  it('is what Codebook.parse makes of it (it is not parsed at run time)', () => {
    expect(Codebook.parse(defaultCodebook)).toEqual(defaultCodebook)
  })

  it('loads without a message, as a user codebook would', () => {
    const {codebook, messages} = loadCodebook(JSON.stringify(defaultCodebook))
    expect(messages.map((message) => message.ruleId)).toEqual([])
    expect(codebook).toEqual(defaultCodebook)
  })
})
