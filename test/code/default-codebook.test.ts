import {describe, expect, it} from 'vitest'
import {loadCodebook} from '../../src/code/codebook/load-codebook.js'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'

describe('defaultCodebook', () => {
  it('loads without a message, as a user codebook would, to the same codebook', () => {
    const {codebook, messages} = loadCodebook(JSON.stringify(defaultCodebook))
    expect(messages.map((message) => message.ruleId)).toEqual([])
    expect(codebook).toEqual(defaultCodebook)
  })
})
