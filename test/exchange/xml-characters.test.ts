import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {unzipSync} from 'fflate'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {fromXml} from 'xast-util-from-xml'
import {codePositions} from '../../src/code/coders/rules/code-positions.js'
import {defaultCodebook as codebook} from '../../src/codebooks/default-codebook.js'
import {weighEvidence} from '../../src/evidence/weigh-evidence.js'
import {readQde} from '../../src/exchange/read-qde.js'
import {readQdpx} from '../../src/exchange/read-qdpx.js'
import {toQde} from '../../src/exchange/to-qde.js'
import {toQdpx} from '../../src/exchange/to-qdpx.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'

const root = new URL('../../', import.meta.url).pathname
const schema = resolve(root, '../shared/refi-qda/Project.xsd')
const qda = {codebook, weigh: weighEvidence}
const question = 'What are the high level characteristics of enhanced cooperation?'
const parsed = parseContribution(
  `Submitted by\n\nNorthwind Forum\n\n${question}\n\nOur mark \uFFFE is here. We support a new intergovernmental body under the United Nations.\n`,
  {path: 'north\uFFFFwind.md'}
).contribution
// Characters XML 1.0 forbids, as a contribution given through the API (or read back from JSON) holds them.
const contribution = {
  ...parsed,
  submitter: {...parsed.submitter, name: 'North\uFFFEwind \uFFFF Forum\u0001 \uD800'}
}
const coded = [{contribution, positions: codePositions(contribution), coder: 'rules'}]
const codings = [
  {contributionId: contribution.id, dimension: 'mechanism', stance: 'mixed', coder: 'ana\u0002'}
]

function hasXmllint(): boolean {
  try {
    execFileSync('xmllint', ['--version'], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
}

describe('characters XML cannot carry (regression: export wrote XML that was not well-formed)', () => {
  const project = toQde(coded, {codebook, codings})

  it('replaces them, so that the project is well-formed and reads back', () => {
    const forbidden = [...project.qde].filter((character) => {
      const code = character.codePointAt(0) ?? 0
      const control = code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd
      return control || (code >= 0xd8_00 && code <= 0xdf_ff) || code === 0xff_fe || code === 0xff_ff
    })
    expect(forbidden).toEqual([])
    expect(() => fromXml(project.qde)).not.toThrow()
    const {codings: read, messages} = readQde(project.qde, qda)
    expect(messages).toEqual([])
    expect(read.find((coding) => coding.dimension === 'mechanism')?.stance).toBe('mixed')
    expect(project.qde).toContain('North\uFFFDwind \uFFFD Forum\uFFFD \uFFFD')
  })

  it('says what it replaced, on the contribution’s file and on the project', () => {
    expect(project.messages.map((message) => [message.ruleId, message.file])).toEqual([
      ['invalid-xml-characters', 'north\uFFFFwind.md'],
      ['invalid-xml-characters', '']
    ])
    expect(project.messages[0]?.reason).toContain('(the first `\\u{FFFF}`)')
    expect((project.messages[0] as {args?: {count?: number}}).args?.count).toBe(5)
    expect(project.messages[0]?.fatal).toBe(false)
  })

  it('leaves the sources’ plain texts unchanged', () => {
    expect(project.sources[0]?.text).toContain('Our mark \uFFFE is here.')
  })

  it('reports them from toQdpx, whose project reads back', () => {
    const reported: VFileMessage[] = []
    const bytes = toQdpx(coded, {codebook, codings, report: (message) => reported.push(message)})
    expect(reported.map((message) => message.ruleId)).toEqual([
      'invalid-xml-characters',
      'invalid-xml-characters'
    ])
    const {codings: read, messages} = readQdpx(bytes, qda)
    expect(messages).toEqual([])
    expect(read.length).toBe(codebook.dimensions.length)
  })

  // CI must not pass by skipping: there the schema and xmllint are required.
  const required = process.env.CI === 'true'
  it.skipIf(!required && (!hasXmllint() || !existsSync(schema)))(
    'validates against the REFI-QDA schema (xmllint)',
    () => {
      const folder = mkdtempSync(join(tmpdir(), 'wgec-xml-'))
      const file = join(folder, 'project.qde')
      writeFileSync(
        file,
        new TextDecoder().decode(unzipSync(toQdpx(coded, {codebook, codings}))['project.qde'])
      )
      const output = execFileSync('xmllint', ['--noout', '--schema', schema, file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe']
      })
      expect(output).toBe('')
    }
  )
})
