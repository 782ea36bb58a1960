import {execFileSync} from 'node:child_process'
import {mkdir, mkdtemp, open, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it, vi} from 'vitest'
import {codePositions} from '../../src/code/coders/rules/code-positions.js'
import {loadFiles} from '../../src/node.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {readHtml} from '../../src/parse/readers/html/read-html.js'
import {readMarkdown} from '../../src/parse/readers/markdown/read-markdown.js'
import {createLocator} from '../../src/parse/runs/locate.js'
import {isControl} from '../../src/parse/runs/text-run.js'
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

function cpuTimed<T>(run: () => T): {value: T; milliseconds: number} {
  const start = process.cpuUsage()
  const value = run()
  const used = process.cpuUsage(start)
  return {value, milliseconds: (used.user + used.system) / 1000}
}

/**
 * Parse and code the input built at two sizes (the larger twice the smaller) and check that the
 * larger costs at most about 2.5 times the smaller (linear, not quadratic: that would be 4 times)
 * and at most ten times a normal document of its size, all measured in this test. Times are the
 * process's CPU time, not the clock's, so that other work on a shared machine (other test files
 * run at the same time) does not count; the sizes are timed in turns, three times each, the
 * fastest run of each counting, plus 100 ms of slack.
 */
function expectLinear(build: (size: number) => string, size: number) {
  const smallInput = build(size)
  const largeInput = build(size * 2)
  const normalInput = normalOfSize(largeInput.length)
  parseAndCode(smallInput)
  let small = Number.POSITIVE_INFINITY
  let large = Number.POSITIVE_INFINITY
  let normal = Number.POSITIVE_INFINITY
  let value: ReturnType<typeof parseAndCode> | undefined
  for (let round = 0; round < 3; round++) {
    small = Math.min(small, cpuTimed(() => parseAndCode(smallInput)).milliseconds)
    const result = cpuTimed(() => parseAndCode(largeInput))
    large = Math.min(large, result.milliseconds)
    value = result.value
    normal = Math.min(normal, cpuTimed(() => parseAndCode(normalInput)).milliseconds)
  }

  const report = `${Math.round(large)} ms at ${size * 2}, ${Math.round(small)} ms at ${size}, ${Math.round(normal)} ms for a normal document`
  expect(large, report).toBeLessThan(small * 2.5 + 100)
  expect(large, report).toBeLessThan(normal * 10 + 250)
  if (!value) throw new Error('Unexpected missing result')
  expect(Contribution.safeParse(value.contribution).error).toBeUndefined()
  return value
}

function hasControl(text: string): boolean {
  return [...text].some((character) => isControl(character.charCodeAt(0)))
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

describe('hostile repetition (issue 12)', () => {
  it.each([
    [
      '`para 69 and` lists',
      5000,
      (size: number) => `As recalled in ${'para 69 and '.repeat(size)}para 70.`
    ],
    ['`§69` runs', 20_000, (size: number) => `As recalled in ${'§69 '.repeat(size)}and §70.`],
    ['comma lists', 20_000, (size: number) => `As recalled in paras ${'69, '.repeat(size)}70.`],
    [
      'sub-paragraphs named first',
      3000,
      (size: number) => `Véase ${'el apartado a) del párrafo 35 y '.repeat(size)}el párrafo 70.`
    ]
  ])(
    'reads a sentence citing the same paragraph thousands of times (%s) in linear time, as one citation each',
    (_, size, build) => {
      const {contribution} = expectLinear(
        (count) => `Submitted by: Chile\n\n${build(count)}\n\nWe support paragraph 69.\n`,
        size
      )
      // One citation per paragraph and sentence: two in the first sentence, one in the last.
      expect(contribution.citations).toHaveLength(3)
      expect(contribution.citations.at(-1)).toMatchObject({paragraph: '69', text: 'paragraph 69'})
      for (const citation of contribution.citations)
        expect(citation.text.length).toBeLessThanOrEqual(120)
    }
  )

  it('keeps the text of a short list whole, shared by its citations', () => {
    const {contribution} = parseContribution('Submitted by: Chile\n\nAs paras 68, 69 and 71 say.\n')
    expect(contribution.citations.map((citation) => [citation.paragraph, citation.text])).toEqual([
      ['68', 'paras 68, 69 and 71'],
      ['69', 'paras 68, 69 and 71'],
      ['71', 'paras 68, 69 and 71']
    ])
  })

  it('reads a page whose <main> holds thousands of paragraphs in linear time', () => {
    const page = (size: number) =>
      `<!doctype html><html><body><main>${'<p>Text x</p>'.repeat(size)}</main></body></html>`
    const {contribution} = expectLinear(page, 3000)
    expect(contribution.preamble).toHaveLength(6000)
  })

  it.each([
    ['a page whose <main> holds', readHtml, '<!doctype html><main>', '</main>'],
    ['HTML in Markdown holding', readMarkdown, 'Text.\n\n<div>', '</div>\n']
  ])('reads %s 200,000 paragraphs without overflowing the stack', (_, reader, open, close) => {
    // The readers alone: the rest of the pipeline takes seconds on 200,000 paragraphs.
    const source = `${open}${'<p>x</p>'.repeat(200_000)}${close}`
    const context = {source, locator: createLocator(source)}
    expect(reader(context).segments.length).toBeGreaterThanOrEqual(200_000)
  })

  it('reads thousands of short paragraphs after the last question in linear time', () => {
    const {contribution} = expectLinear(
      (size) =>
        `Submitted by: Chile\n\n${Array.from({length: size}, (_, index) => `Short note ${index}`).join('\n\n')}\n`,
      1500
    )
    expect(contribution.authors).toEqual([])
  })

  it('reads an open letter with thousands of signatories in linear time, as a list of authors', () => {
    const letter = (size: number) =>
      `# Open letter\n\nWe the undersigned ask the Working Group for open processes.\n\nYours sincerely,\n\nJane Doe\n${Array.from({length: size}, (_, index) => `Civic Association number ${index} (Peru)`).join('\n')}\n`
    const {contribution} = expectLinear(letter, 3000)
    expect(contribution.authors).toHaveLength(6001)
    expect(contribution.authors[0]).toEqual({name: 'Jane Doe'})
    expect(contribution.authors[1]).toEqual({name: 'Civic Association number 0', role: 'signatory'})
  })

  it('reads signatories one a paragraph, after a label, as authors', () => {
    const {contribution} = parseContribution(
      '# Open letter\n\nWe ask for open processes.\n\nSignatories:\n\nCivic Association Alpha\n\nLantern Commons Trust (Fiji)\n'
    )
    expect(contribution.authors).toEqual([
      {name: 'Civic Association Alpha', role: 'signatory'},
      {name: 'Lantern Commons Trust', role: 'signatory'}
    ])
  })

  it('keeps a role of up to three lines under its name', () => {
    const {contribution} = parseContribution(
      '# Letter\n\nWe ask for open processes.\n\nYours sincerely,\n\nJane Doe\nDirector\nCivic Association Alpha\n'
    )
    expect(contribution.authors).toEqual([
      {name: 'Jane Doe', role: 'Director, Civic Association Alpha'}
    ])
  })
})

describe('hostile fields and floods of messages (issue 12)', () => {
  it('quotes a bounded, escaped excerpt of a huge submitter name in its message', () => {
    const {contribution, messages} = expectLinear(
      (size) => `---\nsubmitter: ${'Nameless Assembly '.repeat(size)}\n---\n\nWe write.\n`,
      800
    )
    expect(contribution.submitter.name?.length).toBeGreaterThan(25_000)
    for (const message of messages) expect(message.reason.length).toBeLessThan(300)
    expect(ruleIds(messages)).toContain('unknown-stakeholder-group')
  })

  it('keeps the first 100 messages of a rule and counts the rest in one, for 4,000 unlinked footnotes', () => {
    const build = (size: number) =>
      `Submitted by: Chile\n\n${Array.from({length: size}, (_, index) => `A claim[^n${index}].`).join('\n\n')}\n`
    const {messages} = expectLinear(build, 2000)
    expect(ruleIds(messages).filter((id) => id === 'unlinked-footnote')).toHaveLength(100)
    const more = messages.filter((message) => message.ruleId === 'more-messages')
    expect(more).toHaveLength(1)
    expect(more[0]?.reason).toContain('3900 more `unlinked-footnote` messages')
    expect(parseContribution(build(300), {maxMessagesPerRule: 10}).messages.length).toBeLessThan(20)
  })

  it('reads thousands of footnote definitions as text, with a message, in linear time', () => {
    const {contribution, messages} = expectLinear(
      (size) =>
        `Submitted by: Chile\n\nText.\n\n${Array.from({length: size}, (_, index) => `[^${index}]: note ${index}`).join('\n')}\n`,
      5000
    )
    expect(ruleIds(messages)).toContain('pathological-markdown')
    expect(JSON.stringify(contribution)).toContain('note 9999')
  })

  it.each([
    ['`*a**` runs', (size: number) => `Text ${'*a**'.repeat(size)}\n`],
    ['`[a](` runs', (size: number) => `Text ${'[a]('.repeat(size)}\n`]
  ])(
    'reads Markdown that remark-parse is slow on (%s) as text, with a message, in linear time',
    (_, build) => {
      const {contribution, messages} = expectLinear(build, 20_000)
      expect(ruleIds(messages)).toContain('pathological-markdown')
      expect(JSON.stringify(contribution.preamble)).toContain('Text')
    }
  )

  it.each([
    [
      'setext headings (`a\\n=`)',
      'setext headings',
      (size: number) => `Text.\n\n${'a\n=\n\n'.repeat(size)}`
    ],
    [
      'setext headings (`a\\n-`)',
      'setext headings',
      (size: number) => `Text.\n\n${'a\n---\n\n'.repeat(size)}`
    ],
    [
      'blockquotes set apart by blank lines',
      'blockquotes',
      (size: number) => `Text.\n\n${'> a\n\n'.repeat(size)}`
    ],
    [
      'blockquotes with lazy lines',
      'blockquotes',
      (size: number) => `Text.\n\n${'> a\nb\n\n'.repeat(size)}`
    ]
  ])(
    'reads thousands of %s as text, with a message, in linear time (issue 21)',
    (_, shown, build) => {
      const {contribution, messages} = expectLinear(build, 8000)
      const message = messages.find((entry) => entry.ruleId === 'pathological-markdown')
      expect(message?.reason).toContain(shown)
      expect(JSON.stringify(contribution.preamble)).toContain('Text')
    }
  )

  it('reads a few hundred setext headings and blockquotes as Markdown', () => {
    const {contribution, messages} = parseContribution(
      `Submitted by: Chile\n\n${'Heading\n=======\n\n> A quote.\n\nText.\n\n'.repeat(400)}`
    )
    expect(ruleIds(messages)).not.toContain('pathological-markdown')
    expect(contribution.preamble.some((block) => block.type === 'heading')).toBe(true)
  })

  it('reads a paragraph with a few hundred emphasis runs and links as Markdown', () => {
    const {messages} = parseContribution(`${'Some *emphasis* and a [link](x). '.repeat(300)}\n`)
    expect(ruleIds(messages)).not.toContain('pathological-markdown')
  })

  it('reads front matter with thousands of keys in linear time', () => {
    const {contribution} = expectLinear(
      (size) =>
        `---\ntitle: Keys\n${Array.from({length: size}, (_, index) => `k${index}: v`).join('\n')}\n---\n\nSubmitted by: Chile\n\nText.\n`,
      2000
    )
    expect(contribution.title).toBe('Keys')
  })

  it('keeps front matter past its limit in the preamble, unread, with a message', () => {
    const keys = Array.from({length: 10_000}, (_, index) => `key${index}: value`).join('\n')
    const {contribution, messages} = parseContribution(`---\ntitle: Many\n${keys}\n---\n\nText.\n`)
    expect(ruleIds(messages)).toContain('front-matter-too-large')
    expect(contribution.title).not.toBe('Many')
    expect(contribution.preamble[0]).toMatchObject({type: 'code'})
  })

  it('turns YAML warnings into messages, not console output, and still reports repeated keys', () => {
    const warn = vi.spyOn(process, 'emitWarning')
    const warned = parseContribution('---\ntitle: !foo A\n---\n\nText.\n')
    expect(warn).not.toHaveBeenCalled()
    warn.mockRestore()
    expect(ruleIds(warned.messages)).toContain('front-matter-warning')
    expect(warned.contribution.title).toBe('A')
    const repeated = parseContribution('---\ntitle: A\ntitle: B\n---\n\nText.\n')
    expect(ruleIds(repeated.messages)).toContain('invalid-front-matter')
  })

  it('removes terminal escapes from text fields, with one message, and escapes them in reasons', () => {
    const terminal = '\u001B[2J\u001B]0;owned\u0007'
    const {contribution, messages} = expectLinear(
      (size) =>
        `Submitted by: Nameless ${terminal}Assembly\n\n${`We write ${terminal}often. `.repeat(size)}\n`,
      1000
    )
    expect(contribution.submitter.name).toBe('Nameless [2J]0;ownedAssembly')
    expect(JSON.stringify(contribution)).not.toMatch(/\\u001b|\\u0007/i)
    expect(ruleIds(messages)).toContain('control-characters')
    for (const message of messages) expect(hasControl(message.reason)).toBe(false)
  })
})

describe('hidden HTML content (issue 12)', () => {
  it('skips what a page hides, with a message, and codes only what it shows', () => {
    const page = (size: number) =>
      `<!doctype html><main><h1>Contribution</h1><p>Submitted by: Norway</p>${'<p>We support the multistakeholder model.</p>'.repeat(size)}<div hidden><p>We call for a new intergovernmental body.</p></div><p aria-hidden="true">A new intergovernmental body is needed.</p><span style="display: none">intergovernmental</span></main>`
    const {contribution, messages} = expectLinear(page, 500)
    expect(JSON.stringify(contribution)).not.toContain('intergovernmental')
    expect(ruleIds(messages).filter((id) => id === 'dropped-hidden-content')).toHaveLength(3)
  })
})

describe('files that are not files (issue 12)', () => {
  const messagesOf = (files: VFile[]) =>
    files.map((file) => file.messages.map((message) => [message.ruleId, message.fatal]))

  it('refuses a character device without reading from it', async () => {
    const files = await loadFiles(['/dev/zero'])
    expect(messagesOf(files)).toEqual([[['not-a-file', true]]])
    expect(files[0]?.messages[0]?.reason).toContain('character device')
    expect(String(files[0]?.value)).toBe('')
  })

  it('refuses a FIFO given by path instead of waiting for a writer', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-fifo-'))
    const fifo = join(folder, 'pipe.md')
    execFileSync('mkfifo', [fifo])
    const files = await loadFiles([fifo])
    expect(messagesOf(files)).toEqual([[['not-a-file', true]]])
  })

  it('refuses a file larger than maxSize by its size, without reading it, in time that does not grow with it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-large-'))
    const sparse = async (name: string, size: number) => {
      const handle = await open(join(folder, name), 'w')
      await handle.truncate(size)
      await handle.close()
      return join(folder, name)
    }

    const normal = join(folder, 'normal.md')
    await writeFile(normal, normalOfSize(100_000))
    const small = await sparse('small.md', 750_000_000)
    const large = await sparse('large.md', 1_500_000_000)
    const time = async (path: string) => {
      const start = performance.now()
      const files = await loadFiles([path])
      return {files, milliseconds: performance.now() - start}
    }

    const baseline = await time(normal)
    const smallRead = await time(small)
    const largeRead = await time(large)
    expect(messagesOf(largeRead.files)).toEqual([[['too-large', true]]])
    expect(largeRead.files[0]?.messages[0]?.reason).toContain('1500000000 bytes')
    expect(largeRead.milliseconds).toBeLessThan(smallRead.milliseconds * 2.5 + 50)
    expect(largeRead.milliseconds).toBeLessThan(baseline.milliseconds * 10 + 250)
    const limited = await loadFiles([normal], {maxSize: 1000})
    expect(messagesOf(limited)).toEqual([[['too-large', true]]])
  })

  it('reports symbolic links and FIFOs in a folder as skipped, and reads the rest', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-special-'))
    await mkdir(join(folder, 'sub'))
    await writeFile(join(folder, 'sub', 'a.md'), 'A')
    await symlink(join(folder, 'sub', 'a.md'), join(folder, 'link.md'))
    execFileSync('mkfifo', [join(folder, 'pipe.md')])
    const files = await loadFiles([folder])
    expect(
      files.map((file) => [file.path.slice(folder.length + 1), ...messagesOf([file])])
    ).toEqual([
      ['link.md', [['skipped-entry', false]]],
      ['pipe.md', [['skipped-entry', false]]],
      ['sub/a.md', []]
    ])
    expect(files[0]?.messages[0]?.reason).toContain('symbolic link')
    expect(String(files[2]?.value)).toBe('A')
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
