import {unzipSync, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {codePositions} from '../../src/code/coders/rules/code-positions.js'
import {defaultCodebook as codebook} from '../../src/codebooks/default-codebook.js'
import {weighEvidence} from '../../src/evidence/weigh-evidence.js'
import {readQde} from '../../src/exchange/read-qde.js'
import {readQdpx} from '../../src/exchange/read-qdpx.js'
import {qdaCodeGuid} from '../../src/exchange/to-qda-codes.js'
import {toQde} from '../../src/exchange/to-qde.js'
import {toQdpx} from '../../src/exchange/to-qdpx.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'

const question = 'What are the high level characteristics of enhanced cooperation?'
const {contribution} = parseContribution(
  `Submitted by\n\nNorthwind Forum\n\n${question}\n\nWe support a new intergovernmental body under the United Nations.\n`
)
const coded = [{contribution, positions: codePositions(contribution), coder: 'rules'}]
const qda = {codebook, weigh: weighEvidence}
const project = toQde(coded, {codebook})
const length = [...(project.sources[0]?.text ?? '')].length
const dimension = codebook.dimensions[0]
if (!dimension) throw new Error('No dimension')
// The pole the export does not take for the first dimension: a bogus selection pushes toward it.
const baseline = readQde(project.qde, qda).codings
const stance = baseline.find((coding) => coding.dimension === dimension.id)?.stance
const other = dimension.poles.find((pole) => pole.id !== stance) ?? dimension.poles[1]

/** A selection of the first source coded `count` times with the other pole. */
function selection(guid: string, start: string, end: string, count = 5): string {
  const codes = Array.from(
    {length: count},
    (_, index) =>
      `<Coding guid="00000000-0000-8000-8000-${String(index).padStart(12, '0')}${guid.slice(-2)}"><CodeRef targetGUID="${qdaCodeGuid(codebook, dimension?.id ?? '', other.id)}"/></Coding>`
  ).join('')
  return `<PlainTextSelection guid="${guid}" startPosition="${start}" endPosition="${end}">${codes}</PlainTextSelection>`
}

/** The project with these selections added at the end of its first source. */
function withSelections(xml: string, added: string): string {
  return xml.replace('</TextSource>', `${added}</TextSource>`)
}

function ruleIds(messages: ReturnType<typeof readQde>['messages']): unknown[] {
  return messages.map((message) => message.ruleId)
}

describe('readQde checks positions and GUIDs (regression: read without a word)', () => {
  it('skips selections whose positions are no integers, negative or too large, with messages', () => {
    const added = [
      selection('10000000-0000-8000-8000-0000000000a1', 'abc', '4'),
      selection('10000000-0000-8000-8000-0000000000a2', '-3', '4'),
      selection('10000000-0000-8000-8000-0000000000a3', '1e400', '4'),
      selection('10000000-0000-8000-8000-0000000000a4', '0', '1e400'),
      selection('10000000-0000-8000-8000-0000000000a5', '5', '5')
    ].join('')
    const {codings, messages} = readQde(withSelections(project.qde, added), qda)
    expect(codings).toEqual(baseline)
    expect(ruleIds(messages)).toEqual(Array(5).fill('invalid-coding'))
    expect(messages.map((message) => (message as {args?: {field?: string}}).args?.field)).toEqual([
      'startPosition',
      'startPosition',
      'startPosition',
      'endPosition',
      'endPosition'
    ])
    expect(messages[0]?.reason).toContain('`abc`')
    expect(messages[0]?.place).toBeDefined()
  })

  it('skips a selection past the end of its source’s text in a .qdpx', () => {
    const entries = unzipSync(toQdpx(coded, {codebook}))
    const xml = new TextDecoder().decode(entries['project.qde'])
    const added = selection('10000000-0000-8000-8000-0000000000b1', '0', String(length + 1))
    entries['project.qde'] = new TextEncoder().encode(withSelections(xml, added))
    const {codings, messages} = readQdpx(zipSync(entries), qda)
    expect(codings).toEqual(baseline)
    expect(ruleIds(messages)).toEqual(['invalid-coding'])
    expect(messages[0]?.reason).toContain(`to ${length}`)
  })

  it('checks positions against a source’s PlainTextContent', () => {
    const xml = project.qde.replace(
      /(<TextSource [^>]*?) plainTextPath="[^"]*"([^>]*>(?:<Description>[^<]*<\/Description>)?)/,
      `$1$2<PlainTextContent>${'x'.repeat(10)}</PlainTextContent>`
    )
    const added = selection('10000000-0000-8000-8000-0000000000c1', '2', '11')
    const {messages} = readQde(withSelections(xml, added), qda)
    expect(ruleIds(messages)).toContain('invalid-coding')
    expect(messages.some((message) => message.reason.includes('to 10'))).toBe(true)
  })

  it('skips elements whose GUID repeats, with messages, and keeps the stances', () => {
    const guid = /<PlainTextSelection guid="([^"]+)"/.exec(project.qde)?.[1] ?? ''
    expect(guid).not.toBe('')
    const code = qdaCodeGuid(codebook, dimension.id, stance ?? '')
    // A second selection with a GUID already used, and a second code that reuses a stance's GUID.
    const xml = withSelections(project.qde, selection(guid, '0', '4')).replace(
      '</Codes>',
      `<Code guid="${code.toUpperCase()}" name="${dimension.id}" isCodable="true"/></Codes>`
    )
    const {codings, messages} = readQde(xml, qda)
    expect(codings).toEqual(baseline)
    expect(ruleIds(messages)).toEqual(['invalid-coding', 'invalid-coding'])
    expect(messages.map((message) => (message as {args?: {field?: string}}).args?.field)).toEqual([
      'guid',
      'guid'
    ])
  })

  it('reads an unchanged export with no message', () => {
    expect(readQdpx(toQdpx(coded, {codebook}), qda).messages).toEqual([])
  })
})
