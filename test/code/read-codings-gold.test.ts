import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readCodings} from '../../src/code/read-codings.js'

const gold = new URL('../../fixtures/netmundial-2014/', import.meta.url)

describe('readCodings: codings that name their document by file', () => {
  it('takes the file name as the id and keeps the file and the part', () => {
    const {codings, messages} = readCodings(
      JSON.stringify([
        {
          file: '002-document.txt',
          part: 'tuning',
          dimension: 'mechanism',
          stance: 'mixed',
          coder: 'gold',
          evidence: [{start: '11:1', end: '11:229'}],
          adjudicated: {coderA: 'mixed', coderB: 'unstated', reason: 'Both sides.'}
        }
      ])
    )
    expect(messages).toEqual([])
    expect(codings).toEqual([
      {
        contributionId: '002-document.txt',
        dimension: 'mechanism',
        stance: 'mixed',
        coder: 'gold',
        file: '002-document.txt',
        part: 'tuning'
      }
    ])
  })

  it('keeps an explicit contribution id beside the file', () => {
    const {codings} = readCodings(
      '[{"contributionId": "x/y", "file": "y.md", "dimension": "un-role", "stance": "unstated"}]'
    )
    expect(codings).toEqual([
      {contributionId: 'x/y', file: 'y.md', dimension: 'un-role', stance: 'unstated'}
    ])
  })

  it('names the file field in the message of a coding without a file or id', () => {
    const {codings, messages} = readCodings('[{"file": "", "dimension": "un-role", "stance": "x"}]')
    expect(codings).toEqual([])
    expect(messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['incomplete-coding', expect.stringContaining('[0].file')]
    ])
  })

  it('reads file and part columns of a CSV', () => {
    const {codings} = readCodings(
      'contribution,dimension,stance,file,part\nx,mechanism,mixed,x.txt,test\n'
    )
    expect(codings).toEqual([
      {contributionId: 'x', dimension: 'mechanism', stance: 'mixed', file: 'x.txt', part: 'test'}
    ])
  })

  it('reads the real gold set: 41 documents by 6 dimensions, 21 tuning and 20 test', () => {
    const {codings, messages} = readCodings(readFileSync(new URL('gold.json', gold), 'utf8'))
    expect(messages).toEqual([])
    expect(codings).toHaveLength(246)
    const files = (part: string) =>
      new Set(codings.filter((coding) => coding.part === part).map((coding) => coding.file)).size
    expect([files('tuning'), files('test')]).toEqual([21, 20])
  })

  it('reads both blind coders without messages, one coding per document and dimension', () => {
    for (const name of ['coder-a.json', 'coder-b.json']) {
      const {codings, messages} = readCodings(readFileSync(new URL(name, gold), 'utf8'))
      expect(messages).toEqual([])
      expect(codings).toHaveLength(246)
    }
  })
})
