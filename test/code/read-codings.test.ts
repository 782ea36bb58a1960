import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readCodings} from '../../src/codings/read-codings.js'

const fixtures = new URL('../../fixtures/', import.meta.url)
const goldFiles = readdirSync(fixtures).filter((name) => name.endsWith('.positions.json'))

function ruleIds(text: string, options?: Parameters<typeof readCodings>[1]): unknown[] {
  return readCodings(text, options).messages.map((message) => message.ruleId)
}

describe('readCodings: CSV', () => {
  it('reads a header row and one coding per row', () => {
    const {codings, messages} = readCodings(
      'contribution,dimension,stance,quote,coder\n' +
        'wgec-2016/cuba,mechanism,intergovernmental,A new body is needed.,ana\n'
    )
    expect(codings).toEqual([
      {
        contributionId: 'wgec-2016/cuba',
        dimension: 'mechanism',
        stance: 'intergovernmental',
        quote: 'A new body is needed.',
        coder: 'ana'
      }
    ])
    expect(messages).toEqual([])
  })

  it('matches column names regardless of case and order', () => {
    expect(readCodings('Stance,DIMENSION,Contribution\nmixed,mechanism,x\n').codings).toEqual([
      {contributionId: 'x', dimension: 'mechanism', stance: 'mixed'}
    ])
  })

  it('takes a `contributionId` column as the contribution', () => {
    expect(readCodings('contributionId,dimension,stance\nx,un-role,unstated').codings).toEqual([
      {contributionId: 'x', dimension: 'un-role', stance: 'unstated'}
    ])
  })

  it('takes an `id` column as the contribution', () => {
    expect(readCodings('id,dimension,stance\nx,un-role,unstated').codings).toEqual([
      {contributionId: 'x', dimension: 'un-role', stance: 'unstated'}
    ])
  })

  it('ignores columns it does not know', () => {
    expect(
      readCodings('id,remark,dimension,stance\nx,checked twice,un-role,unstated').codings
    ).toEqual([{contributionId: 'x', dimension: 'un-role', stance: 'unstated'}])
  })

  it('keeps a note', () => {
    expect(
      readCodings('id,note,dimension,stance\nx,checked twice,un-role,unstated').codings
    ).toEqual([
      {contributionId: 'x', dimension: 'un-role', stance: 'unstated', note: 'checked twice'}
    ])
  })

  it('keeps commas inside quoted fields', () => {
    const [coding] = readCodings(
      'id,dimension,stance,quote\nx,mechanism,mixed,"States, and all stakeholders, decide."'
    ).codings
    expect(coding?.quote).toBe('States, and all stakeholders, decide.')
  })

  it('keeps line breaks inside quoted fields', () => {
    const [coding] = readCodings(
      'id,dimension,stance,quote\nx,mechanism,mixed,"First line,\nsecond line"\n'
    ).codings
    expect(coding?.quote).toBe('First line,\nsecond line')
  })

  it('reads a doubled quote inside a quoted field as one quote', () => {
    const [coding] = readCodings(
      'id,dimension,stance,quote\nx,new-mechanism,existing-institutions,"We see no need for a ""new body""."'
    ).codings
    expect(coding?.quote).toBe('We see no need for a "new body".')
  })

  it('keeps quotes inside a field that does not start with one', () => {
    const [coding] = readCodings(
      'id,dimension,stance,quote\nx,mechanism,mixed,He said "no" twice\n'
    ).codings
    expect(coding?.quote).toBe('He said "no" twice')
  })

  it('skips a byte order mark before the header', () => {
    expect(
      readCodings('\uFEFFcontribution,dimension,stance\nx,un-role,unstated\n').codings
    ).toEqual([{contributionId: 'x', dimension: 'un-role', stance: 'unstated'}])
  })

  it('reads CRLF line endings', () => {
    expect(
      readCodings('contribution,dimension,stance\r\nx,un-role,unstated\r\ny,un-role,un-centred\r\n')
        .codings
    ).toEqual([
      {contributionId: 'x', dimension: 'un-role', stance: 'unstated'},
      {contributionId: 'y', dimension: 'un-role', stance: 'un-centred'}
    ])
  })

  it('skips blank lines', () => {
    expect(
      readCodings('\ncontribution,dimension,stance\n\nx,un-role,unstated\n\n\n').codings
    ).toHaveLength(1)
  })

  it('reads semicolon-separated values', () => {
    expect(
      readCodings('contribution;dimension;stance;quote\nx;mechanism;mixed;a, b\n').codings
    ).toEqual([{contributionId: 'x', dimension: 'mechanism', stance: 'mixed', quote: 'a, b'}])
  })

  it('trims ids, dimensions and stances', () => {
    expect(
      readCodings('contribution, dimension, stance\n x , mechanism , mixed \n').codings
    ).toEqual([{contributionId: 'x', dimension: 'mechanism', stance: 'mixed'}])
  })

  it('leaves out an empty quote and coder', () => {
    expect(readCodings('id,dimension,stance,quote,coder\nx,un-role,unstated,,\n').codings).toEqual([
      {contributionId: 'x', dimension: 'un-role', stance: 'unstated'}
    ])
  })

  it('places a message on the line of its row after a quoted field with line breaks', () => {
    const {messages} = readCodings(
      '\uFEFFid,dimension,stance,quote\r\nx,mechanism,mixed,"one\r\ntwo"\r\n\r\ny,mechanism,\r\n'
    )
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['incomplete-coding', 5, 1]
    ])
    expect(messages[0]?.place).toEqual({
      // BOM (1) + header and CRLF (27) + first row over two lines (24 + 6) + blank line (2)
      start: {line: 5, column: 1, offset: 60},
      end: {line: 5, column: 13, offset: 72}
    })
  })
})

describe('readCodings: JSON', () => {
  it('reads an array of codings', () => {
    expect(
      readCodings(
        '[{"contributionId": "x", "dimension": "un-role", "stance": "unstated", "coder": "b"}]'
      ).codings
    ).toEqual([{contributionId: 'x', dimension: 'un-role', stance: 'unstated', coder: 'b'}])
  })

  it('reads a gold file, leaving out a null quote', () => {
    const text = JSON.stringify({
      contribution: 'wgec-2016/norway',
      codebook: 'enhanced-cooperation@1',
      positions: [
        {dimension: 'mechanism', stance: 'multistakeholder', quote: 'The model is right.'},
        {dimension: 'un-role', stance: 'unstated', quote: null}
      ]
    })
    expect(readCodings(text).codings).toEqual([
      {
        contributionId: 'wgec-2016/norway',
        dimension: 'mechanism',
        stance: 'multistakeholder',
        quote: 'The model is right.'
      },
      {contributionId: 'wgec-2016/norway', dimension: 'un-role', stance: 'unstated'}
    ])
  })

  it('reads an array of gold files', () => {
    const text = JSON.stringify([
      {contribution: 'x', positions: [{dimension: 'mechanism', stance: 'mixed'}]},
      {contribution: 'y', positions: [{dimension: 'mechanism', stance: 'mixed'}]}
    ])
    expect(readCodings(text).codings.map((coding) => coding.contributionId)).toEqual(['x', 'y'])
  })

  it.each(goldFiles)('reads six codings without messages from fixtures/%s', (name) => {
    const result = readCodings(readFileSync(new URL(name, fixtures), 'utf8'), {path: name})
    expect(result.codings).toHaveLength(6)
    expect(result.messages).toEqual([])
  })
})

describe('readCodings: format', () => {
  it('tells JSON from its first non-space character', () => {
    expect(readCodings('  \n[]').messages).toEqual([])
  })

  it('tells the format from the extension of the path before the content', () => {
    expect(ruleIds('[]', {path: 'codings.CSV'})).toEqual([
      'missing-column',
      'missing-column',
      'missing-column'
    ])
  })

  it('takes options.format before the extension of the path', () => {
    expect(ruleIds('[]', {path: 'codings.csv', format: 'json'})).toEqual([])
  })
})

describe('readCodings: messages', () => {
  it('reports invalid JSON with its place and returns no codings', () => {
    const {codings, messages} = readCodings('[\n  {"contributionId": "x",\n  }\n]')
    expect(codings).toEqual([])
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['invalid-codings', 3, 3]
    ])
    expect(messages[0]?.fatal).toBe(true)
  })

  it('reports JSON that is neither codings nor a gold file', () => {
    expect(ruleIds('{"codings": []}')).toEqual(['invalid-codings'])
  })

  it('reports an empty text', () => {
    expect(ruleIds(' \n ')).toEqual(['invalid-codings'])
  })

  it('reports each missing column on the header row and returns no codings', () => {
    const {codings, messages} = readCodings('\ncontribution,quote\nx,hello\n')
    expect(codings).toEqual([])
    expect(messages.map((message) => [message.ruleId, message.line, message.reason])).toEqual([
      [
        'missing-column',
        2,
        'Cannot read codings without a `dimension` column, expected a header row with `contribution`, `dimension`, `stance` and optionally `quote`, `coder`'
      ],
      [
        'missing-column',
        2,
        'Cannot read codings without a `stance` column, expected a header row with `contribution`, `dimension`, `stance` and optionally `quote`, `coder`'
      ]
    ])
  })

  it('reports a row with an empty stance and keeps the other rows', () => {
    const {codings, messages} = readCodings(
      'id,dimension,Stance\nx,mechanism,mixed\ny,mechanism,  \nz,mechanism,mixed\n'
    )
    expect(codings.map((coding) => coding.contributionId)).toEqual(['x', 'z'])
    expect(messages.map((message) => [message.ruleId, message.line, message.reason])).toEqual([
      ['incomplete-coding', 3, 'Unexpected coding without a value for `Stance`; it is skipped']
    ])
    expect(messages[0]?.fatal).toBe(false)
  })

  it('reports a row with missing cells', () => {
    expect(ruleIds('id,dimension,stance\nx,mechanism\n')).toEqual(['incomplete-coding'])
  })

  it('reports a gold position without a stance by its path', () => {
    const text = JSON.stringify({contribution: 'x', positions: [{dimension: 'mechanism'}]})
    expect(readCodings(text).messages.map((message) => message.reason)).toEqual([
      'Unexpected coding without a value for `positions[0].stance`; it is skipped'
    ])
  })

  it('reports a gold file without a contribution', () => {
    const text = JSON.stringify([{positions: [{dimension: 'mechanism', stance: 'mixed'}]}])
    expect(readCodings(text).messages.map((message) => message.reason)).toEqual([
      'Unexpected coding without a value for `[0].contribution`; it is skipped'
    ])
  })

  it('reports a value that is not a string and keeps the other codings', () => {
    const {codings, messages} = readCodings(
      JSON.stringify([
        {contributionId: 'x', dimension: 'mechanism', stance: 3},
        {contributionId: 'y', dimension: 'mechanism', stance: 'mixed'}
      ])
    )
    expect(codings.map((coding) => coding.contributionId)).toEqual(['y'])
    expect(messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['invalid-coding', 'Unexpected number `3` for `[0].stance`, expected a string; it is skipped']
    ])
  })

  it('reports gold positions that are not an array', () => {
    expect(
      readCodings('{"contribution": "x", "positions": {}}').messages.map((m) => m.reason)
    ).toEqual(['Unexpected object for `positions`, expected an array; it is skipped'])
  })

  it('reports a gold position that is not an object and keeps the others', () => {
    const text = JSON.stringify({
      contribution: 'x',
      positions: ['mixed', {dimension: 'mechanism', stance: 'mixed'}]
    })
    const {codings, messages} = readCodings(text)
    expect(codings).toHaveLength(1)
    expect(messages.map((message) => message.reason)).toEqual([
      'Unexpected string `mixed` for `positions[0]`, expected a position; it is skipped'
    ])
  })

  it('reports an entry that is not an object', () => {
    expect(ruleIds('[1, "x"]')).toEqual(['invalid-coding', 'invalid-coding'])
  })

  it('reports a second coding of a contribution on a dimension and keeps the first', () => {
    const {codings, messages} = readCodings(
      'id,dimension,stance\nx,mechanism,mixed\nx,un-role,unstated\nx,mechanism,multistakeholder\n'
    )
    expect(codings.map((coding) => coding.stance)).toEqual(['mixed', 'unstated'])
    expect(messages.map((message) => [message.ruleId, message.line, message.reason])).toEqual([
      ['duplicate-coding', 4, 'Unexpected second coding of `x` on `mechanism`; the first is kept']
    ])
  })

  it('does not take codings of one unit by two coders as duplicates', () => {
    const {codings, messages} = readCodings(
      'id,dimension,stance,coder\nx,mechanism,mixed,ana\nx,mechanism,mixed,ben\n'
    )
    expect(codings).toHaveLength(2)
    expect(messages).toEqual([])
  })

  it('reports a quoted field that is never closed and keeps the rows before it', () => {
    const {codings, messages} = readCodings(
      'id,dimension,stance,quote\nx,mechanism,mixed,"fine"\ny,mechanism,mixed,"never closed\nz,un-role,unstated\n'
    )
    expect(codings.map((coding) => coding.contributionId)).toEqual(['x'])
    expect(messages.map((message) => [message.ruleId, message.line, message.reason])).toEqual([
      [
        'malformed-row',
        3,
        'Unexpected malformed CSV row (a quoted field is never closed); the row is skipped'
      ]
    ])
  })

  it('gives messages the source `wgec` and the path as file', () => {
    const [message] = readCodings('[1]', {path: 'gold/codings.json'}).messages
    expect([message?.source, message?.file]).toEqual(['wgec', 'gold/codings.json'])
  })

  it('throws a TypeError when the text is not a string', () => {
    expect(() => readCodings(42 as never)).toThrow(
      new TypeError('Cannot read `42` for `text`, expected a string or bytes')
    )
  })

  it('throws a TypeError for an unknown format', () => {
    expect(() => readCodings('', {format: 'xlsx' as never})).toThrow(
      new TypeError(
        'Cannot read `xlsx` for `options.format`, expected `csv`, `json`, `qde`, `qdpx`'
      )
    )
  })

  it('throws a TypeError when the path is not a string', () => {
    expect(() => readCodings('', {path: 1 as never})).toThrow(
      new TypeError('Cannot read `1` for `options.path`, expected a string')
    )
  })
})
