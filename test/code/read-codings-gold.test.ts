import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readCodings} from '../../src/codings/read-codings.js'

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

  it('reads the second test set: 40 other documents by 6 dimensions, 20 in test-2a and 20 in test-2b', () => {
    const {codings, messages} = readCodings(readFileSync(new URL('gold-2.json', gold), 'utf8'))
    expect(messages).toEqual([])
    expect(codings).toHaveLength(240)
    const files2 = (part: string) =>
      new Set(codings.filter((coding) => coding.part === part).map((coding) => coding.file)).size
    expect([files2('test-2a'), files2('test-2b')]).toEqual([20, 20])
    const first = readCodings(readFileSync(new URL('gold.json', gold), 'utf8')).codings
    const earlier = new Set(first.map((coding) => coding.file))
    const files = new Set(codings.map((coding) => coding.file))
    expect(files.size).toBe(40)
    expect([...files].filter((file) => earlier.has(file))).toEqual([])
  })

  it('reads the third test set: the five documents no other set holds, all in test-3', () => {
    const {codings, messages} = readCodings(readFileSync(new URL('gold-3.json', gold), 'utf8'))
    expect(messages).toEqual([])
    expect(codings).toHaveLength(30)
    expect(new Set(codings.map((coding) => coding.part))).toEqual(new Set(['test-3']))
    const earlier = new Set(
      ['gold.json', 'gold-2.json'].flatMap((name) =>
        readCodings(readFileSync(new URL(name, gold), 'utf8')).codings.map((coding) => coding.file)
      )
    )
    const files = [...new Set(codings.map((coding) => coding.file))]
    expect(files).toEqual([
      '062-document.txt',
      '066-document.txt',
      '076-document.txt',
      '128-document.txt',
      '186-document.txt'
    ])
    expect(files.filter((file) => earlier.has(file))).toEqual([])
    expect(earlier.size + files.length).toBe(86)
  })

  it.each([
    ['coder-a.json', 246],
    ['coder-b.json', 246],
    ['coder-a-2.json', 240],
    ['coder-b-2.json', 240],
    ['coder-a-3.json', 30],
    ['coder-b-3.json', 30]
  ])(
    'reads the blind coder %s without messages, one coding per document and dimension',
    (name, count) => {
      const {codings, messages} = readCodings(readFileSync(new URL(name, gold), 'utf8'))
      expect(messages).toEqual([])
      expect(codings).toHaveLength(count)
      expect(new Set(codings.map((coding) => `${coding.file} ${coding.dimension}`)).size).toBe(
        count
      )
    }
  )
})
