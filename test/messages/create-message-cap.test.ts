import {describe, expect, it} from 'vitest'
import {capMessages} from '../../src/messages/cap-messages.js'
import {createMessage} from '../../src/messages/create-message.js'
import {createMessageCap} from '../../src/messages/create-message-cap.js'

const place = (line: number) => ({
  start: {line, column: 1, offset: line * 10},
  end: {line, column: 5, offset: line * 10 + 4}
})

describe('createMessageCap', () => {
  it('keeps the first messages of a rule and counts the rest in one `more-messages` at the first left out', () => {
    const cap = createMessageCap(2)
    for (let line = 1; line <= 5; line++) {
      cap.report('malformed-row', {cause: 'bad'}, place(line))
      if (line === 1) cap.report('empty-document', {})
    }
    const messages = cap.messages()
    expect(messages.map((message) => message.ruleId)).toEqual([
      'malformed-row',
      'empty-document',
      'malformed-row',
      'more-messages'
    ])
    expect(messages[3]?.reason).toBe(
      'Unexpected 3 more `malformed-row` messages, left out after the first 2 (`options.maxMessagesPerRule`)'
    )
    expect(messages[3]?.line).toBe(3)
  })

  it('gives what `capMessages` gives for the same messages', () => {
    const cap = createMessageCap(3)
    const all = []
    for (let line = 1; line <= 10; line++) {
      cap.report('incomplete-coding', {field: 'stance'}, place(line))
      all.push(createMessage('incomplete-coding', {field: 'stance'}, place(line)))
    }
    const reasons = (messages: ReturnType<typeof capMessages>) =>
      messages.map((message) => [message.ruleId, message.reason, message.line])
    expect(reasons(cap.messages())).toEqual(reasons(capMessages(all, 3)))
  })
})
