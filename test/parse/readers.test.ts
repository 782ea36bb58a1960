import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {loadFiles} from '../../src/node.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import type {Reader} from '../../src/parse/readers/reader.js'
import {builtInReaders} from '../../src/parse/readers/readers.js'
// A plugin module as a researcher writes one: plain JavaScript, importing nothing of wgec.
import {brokenReader, formReader} from '../fixtures/plugins/form-plugin.js'

const forms = new URL('../fixtures/plugins/forms/', import.meta.url).pathname
const form = () =>
  new VFile({
    path: 'quillwort-network.formx',
    value: readFileSync(`${forms}quillwort-network.formx`)
  })
const ruleIds = (result: ReturnType<typeof parseContribution>) =>
  result.messages.map((message) => message.ruleId)

describe('the readers registry', () => {
  it('has the built-in readers in the order they are sniffed, Markdown last', () => {
    expect(builtInReaders.map((reader) => reader.format)).toEqual(['html', 'text', 'markdown'])
    expect(builtInReaders.every((reader) => reader.binary !== true)).toBe(true)
  })

  it('reads a made-up binary format with a reader given from outside, by its extension', () => {
    const {contribution, messages} = parseContribution(form(), {readers: [formReader]})
    expect(messages.filter((message) => message.fatal === true)).toEqual([])
    expect(contribution.source.format).toBe('form-x')
    expect(contribution.submitter).toEqual({
      name: 'Quillwort Digital Rights Network',
      group: 'civil-society'
    })
    expect(contribution.consultation?.id).toBe('wgec-2016')
    expect(contribution.answers.map((answer) => answer.questionId)).toEqual([
      'wgec-2016/q1',
      'wgec-2016/q2'
    ])
    expect(contribution.citations.map((citation) => citation.paragraph)).toEqual(['72'])
  })

  it('chooses a binary reader by sniffing the bytes when the extension says nothing', () => {
    const bytes = readFileSync(`${forms}quillwort-network.formx`)
    const sniffed = parseContribution(new Uint8Array(bytes), {readers: [formReader]})
    expect(sniffed.contribution.source.format).toBe('form-x')
    const named = parseContribution(new VFile({path: 'x.md', value: bytes}), {
      readers: [formReader]
    })
    expect(named.contribution.submitter.name).toBe('Quillwort Digital Rights Network')
  })

  it('reads the same bytes as binary content, with no reader of their format', () => {
    const result = parseContribution(form())
    expect(ruleIds(result)).toEqual(['binary-content'])
    expect(result.contribution.submitter.name).toBeNull()
  })

  it('reads by `options.format`, the reader named', () => {
    const text: Reader = {
      format: 'shout',
      extensions: ['.shout'],
      mediaTypes: [],
      read: ({text: source}) => ({kind: 'text', format: 'markdown', text: source.toLowerCase()})
    }
    const result = parseContribution('SUBMITTED BY\n\nNORWAY\n', {readers: [text], format: 'shout'})
    expect(result.contribution.source.format).toBe('shout')
    expect(result.contribution.submitter.name).toBe('norway')
  })

  it('leaves a container format to the text reader that claims it, not `unsupported-format`', () => {
    const rtf = '{\\rtf1\\ansi Submitted by\\par Norway}'
    const file = () => new VFile({path: 'norway.rtf', value: rtf})
    expect(ruleIds(parseContribution(file()))).toEqual(['unsupported-format'])
    const plain: Reader = {
      format: 'rtf',
      extensions: ['.rtf'],
      mediaTypes: ['application/rtf'],
      read: ({text}) => ({
        kind: 'text',
        format: 'markdown',
        text: text.replace(/^\{\\rtf1\\ansi |\}$/g, '').replaceAll('\\par ', '\n\n')
      })
    }
    const read = parseContribution(file(), {readers: [plain]})
    expect(read.contribution.source.format).toBe('rtf')
    expect(read.contribution.submitter.name).toBe('Norway')
  })

  it('reports a reader that throws, or gives nothing it can read, as `reader-failed`', () => {
    const thrown = parseContribution(new VFile({path: 'a.broken', value: 'x'}), {
      readers: [brokenReader]
    })
    expect(ruleIds(thrown)).toEqual(['reader-failed'])
    expect(thrown.messages[0]?.reason).toBe(
      'Cannot read the document as broken: the record table is corrupt'
    )
    expect(thrown.messages[0]?.fatal).toBe(true)
    const junk: Reader = {
      format: 'junk',
      extensions: ['.junk'],
      mediaTypes: [],
      read: () => ({kind: 'text', format: 'pdf', text: ''}) as never
    }
    const given = parseContribution(new VFile({path: 'a.junk', value: 'x'}), {readers: [junk]})
    expect(ruleIds(given)).toEqual(['reader-failed'])
    expect(given.contribution.source.format).toBe('junk')
  })

  it('takes segments from a reader, with places in the text it laid out', () => {
    const markdown = builtInReaders.find((reader) => reader.format === 'markdown') as Reader
    const laidOut = 'Submitted by\n\nNorway\n'
    const segmenting: Reader = {
      format: 'seg',
      extensions: ['.seg'],
      mediaTypes: [],
      binary: true,
      read: (input) => {
        const reading = markdown.read({...input, text: laidOut})
        return {...reading, text: laidOut}
      }
    }
    // The reader lays its own text out; a locator over the empty input would misplace it.
    const result = parseContribution(new VFile({path: 'a.seg', value: new Uint8Array([1, 2])}), {
      readers: [segmenting]
    })
    expect(result.contribution.submitter.name).toBe('Norway')
  })

  it('takes segments with nothing else, and a sniffer that throws as one that says no', () => {
    const markdown = builtInReaders.find((reader) => reader.format === 'markdown') as Reader
    const bare: Reader = {
      format: 'bare',
      extensions: ['.bare'],
      mediaTypes: [],
      sniff: () => {
        throw new Error('a bug in the sniffer')
      },
      read: (input) => {
        const reading = markdown.read(input)
        return reading.kind === 'segments'
          ? {kind: 'segments', segments: reading.segments}
          : reading
      }
    }
    const named = parseContribution(
      new VFile({path: 'a.bare', value: 'Submitted by\n\nNorway\n'}),
      {
        readers: [bare]
      }
    )
    expect(named.contribution.source.format).toBe('bare')
    expect(named.contribution.submitter.name).toBe('Norway')
    const sniffed = parseContribution('Submitted by\n\nNorway\n', {readers: [bare]})
    expect(sniffed.contribution.source.format).toBe('markdown')
  })

  it('refuses a malformed reader or two readers of one format at once', () => {
    const bad = {format: 'Bad Name', extensions: [], mediaTypes: [], read: () => undefined}
    expect(() => parseContribution('x', {readers: [bad as unknown as Reader]})).toThrow(
      'for `options.readers[0]`, expected a kebab-case `format`'
    )
    expect(() => parseContribution('x', {readers: [formReader, formReader]})).toThrow(
      'expected one reader of format `form-x`, not two'
    )
    expect(() => parseContribution('x', {format: 'form-x'})).toThrow(
      'Cannot parse `form-x` for `options.format`'
    )
  })

  it('walks a folder for the extensions of the readers given', async () => {
    const names = async (readers: readonly Reader[]) =>
      (await loadFiles([forms], {readers})).map((file) => file.basename)
    expect(await names([])).toEqual([])
    expect(await names([formReader, brokenReader])).toEqual([
      'damaged.broken',
      'quillwort-network.formx'
    ])
  })

  it('reports a reader that gives a promise, too much text or segments it cannot read', async () => {
    const reader = (read: Reader['read'], binary = true): Reader => ({
      format: 'odd',
      extensions: ['.odd'],
      mediaTypes: [],
      binary,
      read
    })
    const parse = (given: Reader, options = {}) =>
      parseContribution(new VFile({path: 'a.odd', value: 'x'}), {readers: [given], ...options})
    const rejected = parse(reader((() => Promise.reject(new Error('later'))) as never))
    expect(ruleIds(rejected)).toEqual(['reader-failed'])
    expect(rejected.messages[0]?.reason).toContain('its `read` gave a promise')
    // The rejection was handled: nothing is left to reject the process.
    await new Promise((resolve) => setTimeout(resolve, 5))
    const long = parse(
      reader(() => ({kind: 'text', format: 'markdown', text: 'a'.repeat(200)})),
      {
        maxSize: 100
      }
    )
    expect(long.messages[0]?.reason).toBe(
      'Cannot read the document as odd: it gave 200 characters, expected at most 100 (`options.maxSize`)'
    )
    for (const segments of [[null], [{}], [{kind: 'text', emphasis: 'plain', depth: 0}]]) {
      const broken = parse(reader(() => ({kind: 'segments', segments}) as never))
      expect(ruleIds(broken), JSON.stringify(segments)).toEqual(['reader-failed'])
      expect(broken.messages[0]?.reason).toContain('its segments cannot be read')
    }
  })

  it('gives a text reader the bytes to sniff, and says nothing twice of a text it converted', () => {
    const seen: number[] = []
    const echo: Reader = {
      format: 'echo',
      extensions: [],
      mediaTypes: [],
      sniff: ({bytes}) => {
        seen.push(bytes.length)
        return bytes[0] === 0x3c
      },
      read: ({text}) => ({kind: 'text', format: 'markdown', text})
    }
    const result = parseContribution('<x>\u0007 Submitted by\n\nNorway\n', {readers: [echo]})
    expect(seen[0]).toBeGreaterThan(0)
    expect(result.contribution.source.format).toBe('echo')
    expect(ruleIds(result).filter((id) => id === 'control-characters')).toHaveLength(1)
    const pdf: Reader = {
      ...echo,
      sniff: () => true,
      read: () => ({kind: 'text', format: 'text', text: '%PDF-1.4 Norway'})
    }
    expect(ruleIds(parseContribution('anything', {readers: [pdf]}))).not.toContain(
      'unsupported-format'
    )
  })

  it('names the format of a file too large to read by its extension', () => {
    const {contribution} = parseContribution(
      new VFile({path: 'big.formx', value: 'x'.repeat(50)}),
      {
        readers: [formReader],
        maxSize: 10
      }
    )
    expect(contribution.source.format).toBe('form-x')
  })
})
