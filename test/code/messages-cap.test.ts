import {zipSync} from 'fflate'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {loadCodebook} from '../../src/code/codebook/load-codebook.js'
import {checkTrainedCodebook} from '../../src/code/coders/trained/check-trained-codebook.js'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import {readCodings} from '../../src/codings/read-codings.js'
import {weighEvidence} from '../../src/evidence/weigh-evidence.js'
import {readQde} from '../../src/exchange/read-qde.js'
import type {TrainedModel} from '../../src/schema/trained-model.js'

const codebook = defaultCodebook

function countOf(messages: readonly VFileMessage[], ruleId: string) {
  return messages.filter((message) => message.ruleId === ruleId).length
}

function moreOf(messages: readonly VFileMessage[]) {
  return messages.filter((message) => message.ruleId === 'more-messages')
}

// A project whose one case refers to the code of `mechanism`'s first pole `count` times.
function duplicateReferences(count: number): string {
  const references = '<CodeRef targetGUID="p1"/>'.repeat(count)
  return `<?xml version="1.0" encoding="utf-8"?>
<Project name="p" xmlns="urn:QDA-XML:project:1.0">
<CodeBook><Codes><Code guid="d1" name="mechanism"><Code guid="p1" name="intergovernmental"/></Code></Codes></CodeBook>
<Cases><Case guid="c1" name="wgec-2016/cuba">${references}</Case></Cases>
</Project>`
}

describe('the cap on repeated messages of codings (issue 21, items 4 and 16)', () => {
  it('reports 200,000 CSV rows of an unknown dimension as 100 messages and one `more-messages`', () => {
    const rows = Array.from({length: 200_000}, (_, index) => `c${index},nodim,x`)
    const {messages} = readCodings(`contribution,dimension,stance\n${rows.join('\n')}\n`, {
      codebook,
      path: 'many.csv'
    })
    expect(countOf(messages, 'unknown-dimension')).toBe(100)
    const [more] = moreOf(messages)
    expect(moreOf(messages)).toHaveLength(1)
    expect(more?.reason).toBe(
      'Unexpected 199900 more `unknown-dimension` messages, left out after the first 100 (`options.maxMessagesPerRule`)'
    )
    expect(more?.file).toBe('many.csv')
    expect(more?.line).toBe(102)
  })

  it('caps unknown stances of a JSON file, and of a filled review sheet', () => {
    const json = JSON.stringify(
      Array.from({length: 20_000}, (_, index) => ({
        contribution: `c${index}`,
        dimension: 'mechanism',
        stance: 'nonsense'
      }))
    )
    const sheet = [
      'contribution,file,dimension,stance,reviewed_stance,reviewer',
      ...Array.from({length: 20_000}, (_, index) => `c${index},c.md,mechanism,mixed,nonsense,ana`)
    ].join('\n')
    for (const text of [json, sheet]) {
      const {messages} = readCodings(text, {codebook})
      expect(countOf(messages, 'unknown-stance')).toBe(100)
      expect(moreOf(messages).map((message) => message.reason)).toEqual([
        'Unexpected 19900 more `unknown-stance` messages, left out after the first 100 (`options.maxMessagesPerRule`)'
      ])
    }
  })

  it('caps duplicate codings at `options.maxMessagesPerRule`', () => {
    const rows = Array.from({length: 1000}, () => 'c,mechanism,mixed')
    const {codings, messages} = readCodings(`contribution,dimension,stance\n${rows.join('\n')}\n`, {
      maxMessagesPerRule: 5
    })
    expect(codings).toHaveLength(1)
    expect(messages.map((message) => message.ruleId)).toEqual([
      ...Array.from({length: 5}, () => 'duplicate-coding'),
      'more-messages'
    ])
  })

  it('refuses a `maxMessagesPerRule` that is no positive whole number', () => {
    expect(() => readCodings('a', {maxMessagesPerRule: 0})).toThrow(
      'Cannot read `0` for `options.maxMessagesPerRule`, expected a positive whole number'
    )
  })

  it('caps duplicate code references of a `.qde` and of a `.qdpx`', () => {
    const qde = duplicateReferences(5000)
    const qdpx = zipSync({'project.qde': new TextEncoder().encode(qde)})
    for (const input of [qde, qdpx]) {
      const {codings, messages} = readCodings(input, {codebook, path: 'project'})
      expect(codings.find((coding) => coding.dimension === 'mechanism')?.stance).toBe(
        'intergovernmental'
      )
      expect(countOf(messages, 'duplicate-coding')).toBe(100)
      expect(moreOf(messages).map((message) => [message.reason, message.file])).toEqual([
        [
          'Unexpected 4899 more `duplicate-coding` messages, left out after the first 100 (`options.maxMessagesPerRule`)',
          'project'
        ]
      ])
    }
  })

  it('caps `readQde` on its own too', () => {
    const {messages} = readQde(duplicateReferences(300), {
      codebook,
      weigh: weighEvidence,
      maxMessagesPerRule: 10
    })
    expect(messages).toHaveLength(11)
  })
})

describe('values quoted in messages of codings (issue 21, item 5)', () => {
  it('quotes a 250 KB stance as a short excerpt', () => {
    const stance = 's'.repeat(250_000)
    const {messages} = readCodings(`contribution,dimension,stance\nc,mechanism,${stance}\n`, {
      codebook
    })
    expect(messages.map((message) => message.ruleId)).toEqual(['unknown-stance'])
    expect(messages[0]?.reason.length).toBeLessThan(200)
  })

  it('quotes a 250 KB dimension as a short excerpt', () => {
    const {messages} = readCodings(
      JSON.stringify([{contribution: 'c', dimension: 'd'.repeat(250_000), stance: 'mixed'}]),
      {codebook}
    )
    expect(messages.map((message) => message.ruleId)).toEqual(['unknown-dimension'])
    expect(messages[0]?.reason.length).toBeLessThan(300)
  })

  it('escapes terminal escapes in a stance, a dimension and a column name', () => {
    const text = [
      'contribution,dimension,stance,"co\u001B]0;x\u0007der"',
      'c,mechanism,\u001B[2Jevil,a',
      'c,\u009B31mdim,mixed,a',
      'd,mechanism,,a'
    ].join('\n')
    const {messages} = readCodings(text, {codebook})
    expect(messages.map((message) => message.ruleId)).toEqual([
      'unknown-stance',
      'unknown-dimension',
      'incomplete-coding'
    ])
    for (const message of messages) {
      for (const control of ['\u001B', '\u0007', '\u009B'])
        expect(message.reason).not.toContain(control)
    }
    expect(messages[0]?.reason).toContain('`\\x1B[2Jevil`')
  })
})

describe('the cap and excerpts of codebooks (issue 21, items 4 and 5)', () => {
  it('caps 300 indicators in a language the codebook does not declare', () => {
    const dimension = codebook.dimensions[0]
    if (!dimension) throw new Error('no dimension')
    const indicator = dimension.indicators[0]
    const indicators = Array.from({length: 300}, (_, index) => ({
      ...indicator,
      id: `indicator-${index}`,
      language: 'xx'
    }))
    const {codebook: loaded, messages} = loadCodebook({
      ...codebook,
      dimensions: [{...dimension, indicators}]
    })
    expect(loaded).toBeUndefined()
    expect(countOf(messages, 'unknown-language')).toBe(100)
    expect(moreOf(messages).map((message) => message.reason)).toEqual([
      'Unexpected 200 more `unknown-language` messages, left out after the first 100 (`options.maxMessagesPerRule`)'
    ])
  })

  it('quotes a long, hostile language and duplicate id as short, escaped excerpts', () => {
    const dimension = codebook.dimensions[0]
    const indicator = dimension?.indicators[0]
    if (!dimension || !indicator) throw new Error('no indicator')
    const long = `\u001B[2J${'x'.repeat(250_000)}`
    const id = 'a'.repeat(250_000)
    const {messages} = loadCodebook(
      {
        ...codebook,
        dimensions: [
          {...dimension, id, indicators: [{...indicator, language: long}]},
          {...dimension, id, indicators: []}
        ]
      },
      {maxMessagesPerRule: 5}
    )
    expect(messages.map((message) => message.ruleId)).toEqual(['unknown-language', 'duplicate-id'])
    for (const message of messages) {
      expect(message.reason.length).toBeLessThan(300)
      expect(message.reason).not.toContain('\u001B')
    }
  })
})

describe('a trained model with no dimensions (issue 21, item 16)', () => {
  it('says that the model learnt no dimension, not `expected one of ` with an empty list', () => {
    const model = {
      type: 'wgec-trained-coder',
      formatVersion: 1,
      id: 'trained',
      codebook: {id: codebook.id, version: codebook.version},
      threshold: 0.5,
      documents: 0,
      dimensions: []
    } as unknown as TrainedModel
    const reason = checkTrainedCodebook(model, codebook)
    expect(reason).toBe(
      "Cannot code with coder `trained`, expected a model trained on at least one dimension of codebook `enhanced-cooperation` (its `dimensions` is empty: train it again with `wgec train` on hand codings of the codebook's dimensions)"
    )
  })
})
