import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {describe, expect, it} from 'vitest'
import {createMessage, documentation} from '../../src/messages/create-message.js'
import {rules} from '../../src/messages/rules.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'

const diagnostics = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8')

describe('createMessage', () => {
  it('keeps the arguments as data and links the documentation of the rule', () => {
    const message = createMessage('too-large', {size: 10, maxSize: 5})
    expect(message.args).toEqual({size: 10, maxSize: 5})
    expect(message.url).toBe(`${documentation}#too-large`)
    expect(message.reason).toContain('10 bytes')
  })

  it('has a documented entry for every rule', () => {
    const headings = [...diagnostics.matchAll(/^## `([a-z-]+)`$/gm)].map((match) => match[1])
    expect(headings).toEqual(Object.keys(rules))
  })
})

describe('parseContribution with a VFile', () => {
  it('adds its messages to the file, so that vfile-reporter reports them', () => {
    const file = new VFile({path: 'letter.md', value: 'A short note with no questions.'})
    const {messages} = parseContribution(file)
    expect(messages.length).toBeGreaterThan(0)
    expect(file.messages).toEqual(messages)
    expect(file.messages.every((message) => message.file === 'letter.md')).toBe(true)
    const report = reporter([file], {color: false})
    expect(report).toContain('letter.md')
    expect(report).toContain('no-questions-found')
  })

  it('leaves a string input alone and returns the same messages', () => {
    const text = 'A short note with no questions.'
    expect(parseContribution(text).messages.map((message) => message.ruleId)).toEqual(
      parseContribution(new VFile({value: text})).messages.map((message) => message.ruleId)
    )
  })
})
