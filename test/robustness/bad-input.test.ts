import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {codePositions} from '../../src/code/code-positions.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {Contribution} from '../../src/schema/contribution.js'
import {readFixture} from '../helpers.js'

/**
 * Bad input gets a result or a clear error in bounded time: each case is timed against a normal
 * document of the same size parsed in the same test, or against bare remark-parse on the same
 * input where remark-parse itself is slow on it (some inputs make micromark quadratic), and must
 * take less than ten times as long (plus a quarter second, so tiny inputs do not flake on a shared
 * machine).
 */
const normalText = ['wgec-2016-cuba.md', 'wgec-2016-norway.md', 'wgec-2016-ecuador-es.md']
  .map((name) => String(readFixture(name).value))
  .join('\n\n')

function normalOfSize(size: number): string {
  return normalText.repeat(Math.ceil(size / normalText.length)).slice(0, size)
}

function timed<T>(run: () => T): {value: T; milliseconds: number} {
  const start = performance.now()
  const value = run()
  return {value, milliseconds: performance.now() - start}
}

function parseAndCode(input: string | VFile, options?: Parameters<typeof parseContribution>[1]) {
  const {contribution, messages} = parseContribution(input, options)
  const positions = codePositions(contribution)
  return {contribution, messages, positions}
}

function expectBounded(input: string, againstRemark = false) {
  const size = input.length
  const normal = timed(() => parseAndCode(normalOfSize(size))).milliseconds
  const bare = againstRemark ? timed(() => unified().use(remarkParse).parse(input)).milliseconds : 0
  const baseline = Math.max(normal, bare)
  const result = timed(() => parseAndCode(input))
  expect(
    result.milliseconds,
    `${Math.round(result.milliseconds)} ms against ${Math.round(baseline)} ms`
  ).toBeLessThan(baseline * 10 + 250)
  expect(Contribution.safeParse(result.value.contribution).error).toBeUndefined()
  return result.value
}

function ruleIds(messages: ReadonlyArray<{ruleId?: string | undefined}>): string[] {
  return messages.map((message) => String(message.ruleId))
}

function random(seed: number) {
  let state = seed
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
    return state / 4_294_967_296
  }
}

describe('empty and blank input', () => {
  it.each([
    ['an empty string', ''],
    ['white space', ' \t\n\r\n  \f '],
    ['a byte order mark alone', '\uFEFF']
  ])('reads %s as an empty document', (_, input) => {
    const {messages, positions} = parseAndCode(input)
    expect(ruleIds(messages)).toEqual(['empty-document'])
    expect(positions.every((position) => position.stance === 'unstated')).toBe(true)
  })
})

describe('binary input', () => {
  it('reports random bytes as binary content, fatally, with a place', () => {
    const next = random(42)
    const bytes = new Uint8Array(64 * 1024).map(() => Math.floor(next() * 256))
    const {messages} = parseContribution(new VFile({path: 'random.bin', value: bytes}))
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['binary-content', true]
    ])
    expect(messages[0]?.line).toBeGreaterThanOrEqual(1)
  })

  it('reports a file of NUL bytes as binary content', () => {
    const {messages} = parseContribution(new VFile({path: 'nul.md', value: new Uint8Array(1000)}))
    expect(ruleIds(messages)).toEqual(['binary-content'])
  })

  it('reads text with scattered NUL bytes, and says nothing is binary', () => {
    const text = String(readFixture('wgec-2016-cuba.md').value).replaceAll('. ', '.\u0000 ')
    const {contribution, messages} = expectBounded(text)
    expect(ruleIds(messages)).not.toContain('binary-content')
    expect(contribution.submitter.country).toBe('CUB')
  })

  it('warns about invalid UTF-8 and reads the rest', () => {
    const good = new TextEncoder().encode(String(readFixture('wgec-2016-norway.md').value))
    const bytes = new Uint8Array([
      ...good.slice(0, 500),
      0xc3,
      0x28,
      0xff,
      0xfe,
      ...good.slice(500)
    ])
    const {contribution, messages} = parseContribution(new VFile({path: 'bad.md', value: bytes}))
    expect(ruleIds(messages)).toContain('invalid-encoding')
    expect(contribution.submitter.country).toBe('NOR')
  })
})

describe('huge input', () => {
  it('refuses a 50 MB document without parsing it, with a clear, fatal error', () => {
    const huge = normalOfSize(50 * 1024 * 1024)
    const {value, milliseconds} = timed(() => parseContribution(huge))
    // Only hashing the input (SHA-256 of 50 MB) is left; loose, for a shared machine under load.
    expect(milliseconds).toBeLessThan(10_000)
    expect(value.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['too-large', true]
    ])
    expect(value.messages[0]?.reason).toMatch(
      /Cannot read a document of 52428800 bytes, expected at most 8388608/
    )
  })

  it('reads a document with a line of 1 MB', () => {
    const line = normalOfSize(1024 * 1024).replace(/\s+/g, ' ')
    const {contribution} = expectBounded(`Submitted by: Chile\n\n${line}\n`)
    expect(contribution.submitter.name).toBe('Chile')
  })

  it('reads 100,000 footnote markers and links them to their footnote', () => {
    const markers = 'A claim.¹ '.repeat(100_000)
    const {contribution} = expectBounded(`${markers}\n\n¹ The source.\n`)
    expect(contribution.footnotes[0]?.referencedAt).toHaveLength(100_000)
  })

  it('reads 10,000 Markdown footnote references (remark-parse itself is quadratic on more)', () => {
    const {contribution} = expectBounded(
      `${'A claim[^1]. '.repeat(10_000)}\n\n[^1]: The source.\n`,
      true
    )
    expect(contribution.footnotes[0]?.referencedAt).toHaveLength(10_000)
  })
})

describe('pathological nesting', () => {
  it.each([
    ['10,000 nested blockquotes', `${'>'.repeat(10_000)} deep text`],
    ['10,000 nested list items on one line', `${'- '.repeat(10_000)}deep text`],
    [
      '10,000 nested list items, one a line',
      `${Array.from({length: 10_000}, (_, index) => `${' '.repeat(Math.min(index, 70))}- item ${index}`).join('\n')} deep text`
    ],
    [
      '10,000 nested HTML elements',
      `<!doctype html><div>${'<div><ul><li>'.repeat(10_000)}deep text</div>`
    ]
  ])('reads %s as plain text, with a warning and nothing lost', (_, input) => {
    const {contribution, messages} = expectBounded(input)
    expect(ruleIds(messages)).toContain('too-deeply-nested')
    expect(JSON.stringify(contribution.preamble)).toContain('deep text')
  })
})

describe('regex bait', () => {
  it.each([
    ['spaces', `${' '.repeat(200_000)}x`],
    ['`para ` runs', 'para '.repeat(50_000)],
    ['`paragraphs 1, ` runs', `paragraphs ${'1, '.repeat(50_000)}2`],
    ['`1-` runs', '1-'.repeat(100_000)],
    ['slashes', `A${'/'.repeat(200_000)}`],
    ['`A/` runs', 'A/'.repeat(100_000)],
    ['asterisks', '**'.repeat(100_000)],
    ['dates', '12 December '.repeat(30_000)],
    ['question labels', 'Question 1 : '.repeat(30_000)],
    ['superscripts', '¹²³'.repeat(100_000)],
    ['letters and hyphens across lines', 'inter-\nnational '.repeat(30_000)]
  ])('reads %s in bounded time', (_, input) => {
    expectBounded(input)
  })

  it.each([
    ['`- ` runs on lines', '- \n'.repeat(20_000)],
    ['open brackets', '[^'.repeat(30_000)]
  ])('reads %s within ten times what bare remark-parse takes on it', (_, input) => {
    expectBounded(input, true)
  })
})

describe('misuse', () => {
  it.each([
    ['a number', 42],
    ['null', null],
    ['an object', {text: 'x'}],
    ['a VFile whose value is a number', {value: 42, messages: []}]
  ])('throws a TypeError for %s', (_, input) => {
    expect(() => parseContribution(input as never)).toThrow(TypeError)
  })
})
