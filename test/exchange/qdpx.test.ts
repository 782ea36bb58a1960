import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {codePositions} from '../../src/code/coders/rules/code-positions.js'
import {defaultCodebook as codebook} from '../../src/codebooks/default-codebook.js'
import {readCodings} from '../../src/codings/read-codings.js'
import {toCodings} from '../../src/codings/to-codings.js'
import {compareContributions} from '../../src/compare/compare-contributions.js'
import {weighEvidence} from '../../src/evidence/weigh-evidence.js'
import {readQde} from '../../src/exchange/read-qde.js'
import {readQdpx} from '../../src/exchange/read-qdpx.js'
import {toQde} from '../../src/exchange/to-qde.js'
import {toQdpx} from '../../src/exchange/to-qdpx.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {fixtureDocuments, readFixture} from '../helpers.js'

const root = new URL('../../', import.meta.url).pathname
const schema = resolve(root, '../shared/refi-qda/Project.xsd')
const coded = fixtureDocuments().map((name) => {
  const {contribution} = parseContribution(readFixture(name))
  return {contribution, positions: codePositions(contribution), coder: 'rules'}
})
const qda = {codebook, weigh: weighEvidence}
const project = toQde(coded, {codebook})
const bytes = toQdpx(coded, {codebook})

function hasXmllint(): boolean {
  try {
    execFileSync('xmllint', ['--version'], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
}

/** Attributes of every element with this name, in document order. */
function attributesOf(xml: string, name: string): Array<Record<string, string>> {
  return [...xml.matchAll(new RegExp(`<${name} ([^>]*?)/?>`, 'g'))].map((match) =>
    Object.fromEntries(
      [...(match[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]])
    )
  )
}

/** The GUID of a code by its dimension and name, as the project names them. */
function codeGuid(xml: string, dimension: string, name: string): string {
  const start = xml.indexOf(`name="${dimension}" isCodable`)
  const guid = new RegExp(`guid="([^"]+)" name="${name}"`).exec(xml.slice(start))?.[1]
  if (!guid) throw new Error(`No code ${dimension}/${name}`)
  return guid
}

describe('toQde and toQdpx', () => {
  // CI must not pass by skipping: there the schema and xmllint are required.
  const required = process.env.CI === 'true'
  it.skipIf(!required && (!hasXmllint() || !existsSync(schema)))(
    'writes a project.qde that validates against the REFI-QDA schema (xmllint)',
    () => {
      expect(existsSync(schema), `schema at ${schema}`).toBe(true)
      expect(hasXmllint(), 'xmllint (Debian: libxml2-utils)').toBe(true)
      const folder = mkdtempSync(join(tmpdir(), 'wgec-qde-'))
      const file = join(folder, 'project.qde')
      const reviewed = toQde(coded, {
        codebook,
        codings: [
          {contributionId: 'wgec-2016/cuba', dimension: 'mechanism', stance: 'mixed', coder: 'ana'}
        ]
      })
      for (const xml of [unzipped('project.qde'), reviewed.qde]) {
        writeFileSync(file, xml)
        const output = execFileSync('xmllint', ['--noout', '--schema', schema, file], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe']
        })
        expect(output).toBe('')
      }
    }
  )

  it('slices every selection, by its offsets in code points, to its evidence quote', () => {
    const texts = new Map(project.sources.map((source) => [source.path, source.text]))
    const sources = [...project.qde.matchAll(/<TextSource ([^>]*)>([\s\S]*?)<\/TextSource>/g)]
    expect(sources).toHaveLength(coded.length)
    const quotes = new Set(
      coded.flatMap((entry) =>
        entry.positions.flatMap((position) => position.evidence.map((item) => item.quote))
      )
    )
    let count = 0
    for (const [, attributes = '', body = ''] of sources) {
      const path = /plainTextPath="internal:\/\/([^"]+)"/.exec(attributes)?.[1] ?? ''
      const characters = [...(texts.get(`Sources/${path}`) ?? '')]
      for (const selection of attributesOf(body, 'PlainTextSelection')) {
        const text = characters
          .slice(Number(selection.startPosition), Number(selection.endPosition))
          .join('')
        expect(quotes.has(text), text).toBe(true)
        count++
      }
    }
    const evidence = coded.reduce(
      (total, entry) =>
        total + entry.positions.reduce((sum, each) => sum + each.evidence.length, 0),
      0
    )
    expect(count).toBe(evidence)
  })

  it('names a selection by its pole when the coder gives no indicator, and keeps its weight', () => {
    const [first] = coded
    if (!first) throw new Error('No fixture')
    const bare = first.positions.map((position) => ({
      ...position,
      evidence: position.evidence.map(({quote, place, questionId, pole, weight}) => ({
        quote,
        place,
        questionId,
        pole,
        weight
      }))
    }))
    const {qde} = toQde([{contribution: first.contribution, positions: bare, coder: 'rules'}], {
      codebook
    })
    expect(qde).not.toContain('undefined')
    const names = attributesOf(qde, 'PlainTextSelection').map((selection) => selection.name)
    expect(names.length).toBeGreaterThan(0)
    const stated = bare.find((position) => position.evidence.some((item) => item.pole !== null))
    const item = stated?.evidence.find((each) => each.pole !== null)
    expect(names).toContain(`${stated?.dimension}: ${item?.pole}`)
    expect(qde).toMatch(/<Description>weight [\d.]+<\/Description>/)
  })

  it('counts positions in code points, not UTF-16 units', () => {
    const {contribution} = parseContribution(
      'Submitted by\n\nNorthwind Forum\n\nWhat are the high level characteristics of enhanced cooperation?\n\nOur mark is 𝔸𝔹. We support a new intergovernmental body under the United Nations.\n'
    )
    const single = toQde([{contribution, positions: codePositions(contribution), coder: 'rules'}], {
      codebook
    })
    const text = [...(single.sources[0]?.text ?? '')]
    const selections = attributesOf(single.qde, 'PlainTextSelection')
    expect(selections.length).toBeGreaterThan(0)
    for (const selection of selections) {
      const slice = text
        .slice(Number(selection.startPosition), Number(selection.endPosition))
        .join('')
      expect(slice).toBe('We support a new intergovernmental body under the United Nations.')
    }
  })

  it('gives the same bytes for the same input, in any order', () => {
    expect(toQdpx([...coded].reverse(), {codebook})).toEqual(bytes)
    expect(toQdpx(coded, {codebook})).toEqual(bytes)
  })

  it('zips project.qde and one plain text per source', () => {
    const names = Object.keys(unzipSync(bytes)).sort()
    expect(names[names.length - 1]).toBe('project.qde')
    expect(names.filter((name) => /^Sources\/[0-9a-f-]{36}\.txt$/.test(name))).toHaveLength(
      coded.length
    )
  })

  it('has a case per contribution with its variables', () => {
    const cuba = /<Case [^>]*name="wgec-2016\/cuba">([\s\S]*?)<\/Case>/.exec(project.qde)?.[1] ?? ''
    expect(cuba).toContain('<TextValue>government</TextValue>')
    expect(cuba).toContain('<TextValue>CUB</TextValue>')
    expect(cuba).toContain('<TextValue>grulac</TextValue>')
    expect(cuba).toContain('<TextValue>wgec-2016</TextValue>')
    expect(attributesOf(project.qde, 'Variable').map((variable) => variable.name)).toEqual([
      'group',
      'country',
      'regional group',
      'consultation',
      'language'
    ])
  })

  it('says how the project was made in its description', () => {
    expect(project.qde).toMatch(
      /<Description>Made with wgec \d+\.\d+\.\d+[^:]*: coder rules, codebook enhanced-cooperation [\d.]+ \(sha256 [0-9a-f]{64}\), 20 inputs/
    )
  })

  it('throws on an invalid date', () => {
    expect(() => toQde(coded, {codebook, date: 'yesterday'})).toThrow(TypeError)
    expect(() => toQde(coded, {} as never)).toThrow(
      'Cannot export without a codebook for `options.codebook`'
    )
    expect(() => readQde(project.qde, {codebook} as never)).toThrow(
      'Cannot read codings without `options.weigh`'
    )
  })
})

function unzipped(name: string): string {
  return new TextDecoder().decode(unzipSync(bytes)[name])
}

describe('readQdpx and readQde', () => {
  // A contribution with no evidence at all has no coded selection, and so no codings.
  const stated = coded.filter((entry) =>
    entry.positions.some((position) => position.evidence.length > 0)
  )

  it('reads an unchanged export back as the coder’s stances', () => {
    const {codings, messages} = readQdpx(bytes, qda)
    expect(messages).toEqual([])
    const expected = stated
      .flatMap((entry) => toCodings(entry.positions, 'rules'))
      .map(({quote: _, ...coding}) => coding)
      .sort((a, b) =>
        a.contributionId < b.contributionId ? -1 : a.contributionId > b.contributionId ? 1 : 0
      )
    expect(codings).toEqual(expected)
  })

  it('finds exactly the two codings a QDA tool changed', () => {
    let xml = project.qde
    // 1. Recode a selection, the only evidence of its cell, to the other pole.
    const norway = coded.find((entry) => entry.contribution.id === 'wgec-2016/norway')
    const single = norway?.positions.find(
      (position) => position.evidence.length === 1 && position.evidence[0]?.pole === position.stance
    )
    expect(single).toBeDefined()
    const dimension = single?.dimension ?? ''
    const poles = [
      'igf-relation',
      'ec-status',
      'state-authority',
      'mechanism',
      'new-mechanism',
      'un-role'
    ]
    expect(poles).toContain(dimension)
    const from = codeGuid(xml, dimension, single?.stance ?? '')
    const other = coded[0]?.positions.length ? otherPole(dimension, single?.stance ?? '') : ''
    const to = codeGuid(xml, dimension, other)
    const source =
      /<TextSource [^>]*name="wgec-2016\/norway"[\s\S]*?<\/TextSource>/.exec(xml)?.[0] ?? ''
    expect(source.split(`targetGUID="${from}"`)).toHaveLength(2)
    xml = xml.replace(source, source.replace(`targetGUID="${from}"`, `targetGUID="${to}"`))
    // 2. Code Cuba's case with a stance on a dimension, as a reviewer of the case would.
    const mixed = codeGuid(xml, 'un-role', 'mixed')
    xml = xml.replace(
      /(<Case [^>]*name="wgec-2016\/cuba"><Description>[^<]*<\/Description>)/,
      `$1<CodeRef targetGUID="${mixed}"/>`
    )
    // The tool saves as its user.
    xml = xml
      .replace('</Users>', '<User guid="00000000-0000-4000-8000-000000000001" name="ana"/></Users>')
      .replace('<Project ', '<Project modifyingUserGUID="00000000-0000-4000-8000-000000000001" ')

    const before = readQde(project.qde, qda).codings
    const after = readQde(xml, qda).codings
    expect(after).toHaveLength(before.length)
    const changed = after.filter((coding, index) => coding.stance !== before[index]?.stance)
    expect(changed).toEqual([
      {contributionId: 'wgec-2016/cuba', dimension: 'un-role', stance: 'mixed', coder: 'ana'},
      {contributionId: 'wgec-2016/norway', dimension, stance: other, coder: 'ana'}
    ])
    const comparison = compareContributions(coded, {codings: after, samples: 0})
    expect(comparison.review?.changed).toBe(2)
  })

  it('writes reviewed stances as case codes, and reads them back first', () => {
    const codings = [
      {
        contributionId: 'wgec-2016/cuba',
        dimension: 'mechanism',
        stance: 'multistakeholder',
        coder: 'ana'
      },
      {contributionId: 'wgec-2016/norway', dimension: 'un-role', stance: 'unstated', coder: 'ben'}
    ]
    const read = readQdpx(toQdpx(coded, {codebook, codings}), qda).codings
    const find = (id: string, dimension: string) =>
      read.find((coding) => coding.contributionId === id && coding.dimension === dimension)?.stance
    expect(find('wgec-2016/cuba', 'mechanism')).toBe('multistakeholder')
    expect(find('wgec-2016/norway', 'un-role')).toBe('unstated')
    expect(toQde(coded, {codebook, codings}).qde).toContain('name="ben"')
  })

  it('reads codings from a project coded from scratch, by code names', () => {
    const xml = `<?xml version="1.0"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="mine">
  <CodeBook><Codes>
    <Code guid="10000000-0000-4000-8000-000000000000" name="mechanism" isCodable="true">
      <Code guid="10000000-0000-4000-8000-000000000001" name="intergovernmental" isCodable="true"/>
      <Code guid="10000000-0000-4000-8000-000000000002" name="multistakeholder" isCodable="true"/>
    </Code>
    <Code guid="10000000-0000-4000-8000-000000000009" name="Other theme" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="20000000-0000-4000-8000-000000000000" name="ngo/letter" plainTextPath="internal://x.txt">
      <PlainTextSelection guid="30000000-0000-4000-8000-000000000000" startPosition="0" endPosition="10">
        <Coding guid="40000000-0000-4000-8000-000000000000"><CodeRef targetGUID="10000000-0000-4000-8000-000000000002"/></Coding>
        <Coding guid="40000000-0000-4000-8000-000000000001"><CodeRef targetGUID="10000000-0000-4000-8000-000000000009"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <TextSource guid="20000000-0000-4000-8000-000000000001" name="uncoded" plainTextPath="internal://y.txt"/>
  </Sources>
</Project>`
    const {codings, messages} = readCodings(xml)
    expect(messages).toEqual([])
    expect(codings.filter((coding) => coding.stance !== 'unstated')).toEqual([
      {
        contributionId: 'ngo/letter',
        dimension: 'mechanism',
        stance: 'multistakeholder',
        coder: 'qda'
      }
    ])
    expect(codings).toHaveLength(6)
  })

  it('refuses a project.qde larger than maxSize before inflating it', () => {
    const result = readQdpx(bytes, {...qda, maxSize: 1000})
    expect(result.codings).toEqual([])
    expect(result.messages.map((message) => message.ruleId)).toEqual(['invalid-codings'])
    expect(result.messages[0]?.reason).toMatch(/`project\.qde` is \d+ bytes, expected at most 1000/)
  })

  it('reports deeply nested XML as invalid, without a crash', () => {
    const depth = 20_000
    const xml = `<Project name="x">${'<Notes>'.repeat(depth)}${'</Notes>'.repeat(depth)}</Project>`
    const result = readQde(xml, qda)
    expect(result.codings).toEqual([])
    expect(result.messages.map((message) => message.ruleId)).toEqual(['invalid-codings'])
  })

  it('reports a file that is no project, with no codings', () => {
    const broken = readCodings('<Project><Unclosed></Project>', {path: 'p.qde'})
    expect(broken.codings).toEqual([])
    expect(broken.messages.map((message) => [message.ruleId, message.file])).toEqual([
      ['invalid-codings', 'p.qde']
    ])
    expect(readQde('<Other/>', qda).messages.map((message) => message.ruleId)).toEqual([
      'invalid-codings'
    ])
    expect(
      readQdpx(new Uint8Array([1, 2, 3]), qda).messages.map((message) => message.ruleId)
    ).toEqual(['invalid-codings'])
    expect(readCodings(toQdpx([], {codebook}), {format: 'qdpx'}).codings).toEqual([])
  })
})

function otherPole(dimension: string, stance: string): string {
  const poles: Record<string, [string, string]> = {
    mechanism: ['intergovernmental', 'multistakeholder'],
    'new-mechanism': ['new-body', 'existing-institutions'],
    'un-role': ['un-centred', 'un-peripheral'],
    'state-authority': ['sovereign-states', 'shared-authority'],
    'ec-status': ['unfulfilled', 'under-way'],
    'igf-relation': ['distinct-from-igf', 'through-igf']
  }
  const [first = '', second = ''] = poles[dimension] ?? []
  return stance === first ? second : first
}
