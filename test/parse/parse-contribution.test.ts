import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import type {Block, List, Paragraph} from '../../src/schema/block.js'
import {readFixture} from '../helpers.js'

function ruleIds(
  input: string | VFile,
  options?: Parameters<typeof parseContribution>[1]
): string[] {
  return parseContribution(input, options).messages.map((message) => String(message.ruleId))
}

function paragraph(block: Block | undefined): Paragraph {
  if (block?.type !== 'paragraph') throw new Error(`Expected a paragraph, not ${block?.type}`)
  return block
}

function list(block: Block | undefined): List {
  if (block?.type !== 'list') throw new Error(`Expected a list, not ${block?.type}`)
  return block
}

describe('parseContribution on the Cuba contribution', () => {
  const file = readFixture('wgec-2016-cuba.md')
  const {contribution, messages} = parseContribution(file)

  it('reads the submitter as the government of Cuba in GRULAC', () => {
    expect(contribution.submitter).toEqual({
      name: 'Cuba',
      group: 'government',
      country: 'CUB',
      regionalGroup: 'grulac'
    })
  })

  it('reads the signature: author, place and ISO date', () => {
    expect(contribution.authors).toEqual([{name: 'Juan Alfonso Fernández González'}])
    expect(contribution.place).toBe('La Habana')
    expect(contribution.date).toBe('2016-12-12')
    expect(contribution.signature.map((block) => paragraph(block).text)).toEqual([
      'Juan Alfonso Fernández González',
      'La Habana, December 12, 2016'
    ])
  })

  it('reads the header: issuing body, working group, title and disclaimer', () => {
    expect(contribution.header.issuingBody).toBe(
      'UNITED NATIONS COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT'
    )
    expect(contribution.header.workingGroup).toBe('Working Group on Enhanced Cooperation')
    expect(contribution.title).toBe(
      'Contribution to the guiding questions agreed during first meeting of the WGEC'
    )
    expect(contribution.disclaimer).toMatch(/^DISCLAIMER: The views presented here/)
  })

  it('keeps the lead-in line as the preamble', () => {
    expect(contribution.preamble.map((block) => paragraph(block).text.slice(0, 30))).toEqual([
      'ANSWER OF THE CUBAN EXPERT TO '
    ])
  })

  it('answers both 2016 guiding questions', () => {
    expect(contribution.consultation?.id).toBe('wgec-2016')
    expect(contribution.answers.map((answer) => answer.questionId)).toEqual([
      'wgec-2016/q1',
      'wgec-2016/q2'
    ])
  })

  it('nests the sub-bullets that Word indented by one space', () => {
    const recommendations = list(contribution.answers[1]?.blocks[0])
    expect(recommendations.items).toHaveLength(4)
    const mechanism = recommendations.items[1]
    expect(paragraph(mechanism?.blocks[0]).text).toBe(
      'The end result should be the establishment of a mechanism that allows:'
    )
    expect(list(mechanism?.blocks[1]).items).toHaveLength(4)
  })

  it('cites Tunis Agenda paragraphs 35(a) and 68 to 71', () => {
    expect(
      [...new Set(contribution.citations.map((citation) => citation.paragraph))].sort()
    ).toEqual(['35(a)', '68', '69', '70', '71'])
  })

  it('places the citation `para.35.a` at its line and column', () => {
    const citation = contribution.citations.find((entry) => entry.text === 'para.35.a')
    expect(citation?.place.start).toEqual({line: 23, column: 119, offset: 1183})
    expect(String(file.value).slice(citation?.place.start.offset, citation?.place.end.offset)).toBe(
      'para.35.a'
    )
  })

  it('links footnote 1 to its marker and reads the document symbol in it', () => {
    expect(contribution.footnotes).toHaveLength(1)
    expect(contribution.footnotes[0]?.referencedAt.map((place) => place.start)).toEqual([
      {line: 21, column: 50, offset: 831}
    ])
    expect(contribution.references.map((reference) => reference.symbol)).toEqual([
      'WSIS-05/TUNIS/DOC/6(Rev.1)'
    ])
  })

  it('gives every sentence the exact source range it was read from', () => {
    const source = String(file.value)
    const item = list(contribution.answers[1]?.blocks[0]).items[2]
    const sentence = paragraph(item?.blocks[0]).sentences[0]
    expect(sentence?.text).toBe(
      'Such a mechanism should not replace any existing organization, but rather be a coordination mechanism that call upon the organizations responsible for essential tasks associated with the Internet to contribute to creating an environment that facilitates this development of public policy principles. (para.70)'
    )
    expect(source.slice(sentence?.place.start.offset, sentence?.place.end.offset)).toBe(
      sentence?.text
    )
    expect(sentence?.place.start).toMatchObject({line: 39, column: 3})
  })

  it('reports nothing', () => {
    expect(messages.filter((message) => message.fatal !== undefined)).toEqual([])
  })

  it('hashes the exact input', () => {
    expect(contribution.source.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(parseContribution(`${String(file.value)} `).contribution.source.sha256).not.toBe(
      contribution.source.sha256
    )
  })
})

describe('parseContribution on header labels set apart from their values', () => {
  const answer = '\n\n## Recommendations\n\nWe recommend a new body.\n'

  it('reads a bold `Submitted by:` with the submitter on the next line, not as the title', () => {
    const {contribution} = parseContribution(
      `**Submitted by:**\nGovernment of Chile\n\n**Date:**\n7 December 2016${answer}`
    )
    expect(contribution.submitter).toMatchObject({name: 'Government of Chile', country: 'CHL'})
    expect(contribution.title).toBeNull()
    expect(contribution.date).toBe('2016-12-07')
  })

  it('reads form fields whose value is on the next line or in the next paragraph', () => {
    const {contribution} = parseContribution(
      `**Name of organisation:**\nFundación Red Abierta\n\nCountry:\n\nChile${answer}`
    )
    expect(contribution.submitter).toMatchObject({name: 'Fundación Red Abierta', country: 'CHL'})
  })

  it.each([
    [
      'Permanent Mission of the Republic of Kenya to the United Nations Office at Geneva',
      'Republic of Kenya',
      'KEN'
    ],
    [
      '**Misión Permanente de la República del Ecuador ante la Oficina de las Naciones Unidas en Ginebra**',
      'República del Ecuador',
      'ECU'
    ],
    [
      'Mission permanente de la République du Sénégal auprès de l’Office des Nations Unies à Genève',
      'République du Sénégal',
      'SEN'
    ],
    [
      'The Permanent Mission of Brazil presents its compliments to the Secretariat of the CSTD',
      'Brazil',
      'BRA'
    ],
    ['Mission permanente du Royaume du Maroc à Genève', 'Royaume du Maroc', 'MAR'],
    ['Permanent Mission of Japan in Geneva', 'Japan', 'JPN']
  ])('reads a government from its mission’s letterhead: %s', (letterhead, name, country) => {
    const {contribution} = parseContribution(`${letterhead}${answer}`)
    expect(contribution.submitter).toMatchObject({name, group: 'government', country})
    expect(contribution.title).toBeNull()
  })

  it('does not take the next field for the value of an empty one', () => {
    const {contribution} = parseContribution(
      `Organization: Fundación Red Abierta\nCountry:\nE-mail: info@example.org${answer}`
    )
    expect(contribution.submitter.name).toBe('Fundación Red Abierta')
    expect(contribution.submitter.country).toBeUndefined()
  })
})

describe('parseContribution on bad input', () => {
  it('reports an empty document and returns an empty contribution', () => {
    const {contribution, messages} = parseContribution('')
    expect(messages.map((message) => message.ruleId)).toEqual(['empty-document'])
    expect(contribution.answers).toEqual([])
    expect(contribution.id).toBe('unknown/contribution')
  })

  it('reports a whitespace-only document as empty', () => {
    expect(ruleIds(' \n\t\n  ')).toEqual(['empty-document'])
  })

  it('reports binary content as a fatal error with a place', () => {
    const bytes = new Uint8Array(512).map((_, index) => (index * 7) % 32)
    const {messages} = parseContribution(new VFile({path: 'x.pdf', value: bytes}))
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['binary-content', true]
    ])
    expect(messages[0]?.place).toBeDefined()
  })

  it('reads text with a stray NUL byte instead of calling it binary', () => {
    const {contribution, messages} = parseContribution(
      'Submitted by\n\nNorway\n\nWhat are the high level characteristics of enhanced cooperation?\n\nIt is under\u0000way.'
    )
    expect(messages.map((message) => message.ruleId)).not.toContain('binary-content')
    expect(contribution.answers.map((answer) => answer.questionId)).toEqual(['wgec-2016/q1'])
  })

  it('warns about replacement characters from invalid UTF-8 after a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('Submitted by Chile. '),
      0xff,
      0xfe,
      0x41
    ])
    expect(ruleIds(new VFile({path: 'x.md', value: bytes}))).toContain('invalid-encoding')
  })

  it('reads bytes that are not UTF-8 as Windows-1252, replacing nothing', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Submitted by Chile. '), 0xff, 0x41])
    const ids = ruleIds(new VFile({path: 'x.md', value: bytes}))
    expect(ids).toContain('decoded-legacy-encoding')
    expect(ids).not.toContain('invalid-encoding')
  })

  it('reads a document with a byte order mark and CRLF line endings as it reads it without', () => {
    const plain = String(readFixture('wgec-2016-cuba.md').value)
    const windows = `\uFEFF${plain.replace(/\n/g, '\r\n')}`
    const a = parseContribution(plain).contribution
    const b = parseContribution(windows).contribution
    expect(b.submitter).toEqual(a.submitter)
    expect(b.answers.map((answer) => answer.questionId)).toEqual(
      a.answers.map((answer) => answer.questionId)
    )
    expect(b.date).toBe(a.date)
  })

  it('reads a document with lone CR line endings', () => {
    const plain = String(readFixture('wgec-2016-cuba.md').value).replace(/\n/g, '\r')
    const {contribution} = parseContribution(plain)
    expect(contribution.submitter.country).toBe('CUB')
    expect(contribution.answers).toHaveLength(2)
  })

  it('refuses a document over `maxSize` with a fatal message', () => {
    const {messages} = parseContribution('x'.repeat(100), {maxSize: 10})
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['too-large', true]
    ])
  })

  it('keeps invalid front matter in the preamble and warns', () => {
    const {contribution, messages} = parseContribution(
      '---\ntitle: [unclosed\n---\n\nSome text here.\n'
    )
    expect(messages.map((message) => message.ruleId)).toContain('invalid-front-matter')
    expect(contribution.preamble[0]).toMatchObject({type: 'code', text: 'title: [unclosed'})
  })

  it('warns when a government submitter names no known country', () => {
    const {contribution, messages} = parseContribution(
      '---\nsubmitter: Ministry of Digital Affairs\ngroup: Government\n---\n\nWhat are the high level characteristics of enhanced cooperation?\n\nText.\n'
    )
    expect(contribution.submitter.group).toBe('government')
    expect(messages.map((message) => message.ruleId)).toContain('unknown-country')
  })

  it('warns about a footnote marker without a footnote', () => {
    expect(ruleIds('Submitted by Chile.\n\nA claim.² More.\n')).toContain('unlinked-footnote')
  })

  it('warns about an invalid date in a signature', () => {
    expect(ruleIds('Some text of a letter.\n\nGeneva, 31 February 2016\n')).toContain(
      'invalid-date'
    )
  })
})

describe('parseContribution options and misuse', () => {
  it('throws a TypeError for a number instead of a string', () => {
    expect(() => parseContribution(42 as unknown as string)).toThrow(
      new TypeError('Cannot parse `number` for `input`, expected string, Uint8Array or VFile')
    )
  })

  it('throws a TypeError for an unknown format', () => {
    expect(() => parseContribution('x', {format: 'pdf' as 'text'})).toThrow(
      /`options.format`, expected `html`, `text`, `markdown`/
    )
  })

  it('throws a TypeError for an unknown consultation', () => {
    expect(() => parseContribution('x', {consultation: 'wsis-2005'})).toThrow(
      /`options.consultation`/
    )
  })

  it('throws a TypeError for a negative size limit', () => {
    expect(() => parseContribution('x', {maxSize: -1})).toThrow(/`options.maxSize`/)
  })

  it('forces a consultation when told', () => {
    const {contribution} = parseContribution('Question 1: Something else entirely?\n\nAnswer.\n', {
      consultation: 'wgec-2016'
    })
    expect(contribution.consultation?.id).toBe('wgec-2016')
    expect(contribution.answers[0]?.questionId).toBe('wgec-2016/q1')
  })

  it('reads a file as text when told, whatever its extension', () => {
    const file = new VFile({path: 'x.md', value: '• one\n• two\n'})
    expect(parseContribution(file, {format: 'text'}).contribution.source.format).toBe('text')
  })

  it('keeps the path of a VFile and uses its stem for the id when no submitter is found', () => {
    const {contribution} = parseContribution(
      new VFile({path: 'corpus/Some File.md', value: 'Hello there, world.'})
    )
    expect(contribution.source.path).toBe('corpus/Some File.md')
    expect(contribution.id).toBe('unknown/some-file')
  })

  it('gives the same output for the same input', () => {
    const file = readFixture('wgec-2016-senegal-fr.txt')
    expect(JSON.stringify(parseContribution(file))).toBe(JSON.stringify(parseContribution(file)))
  })
})

describe('parseContribution output order', () => {
  it('lists citations in the order they stand in the source', () => {
    const {contribution} = parseContribution(readFixture('wgec-2016-cuba.md'))
    const offsets = contribution.citations.map((citation) => citation.place.start.offset)
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
    expect(contribution.citations.slice(0, 5).map((citation) => citation.paragraph)).toEqual([
      '35(a)',
      '68',
      '69',
      '70',
      '71'
    ])
  })
})

describe('parseContribution on documents that are no text', () => {
  it.each([
    ['a PDF', new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n'), 'PDF'],
    ['a Word or OpenDocument zip', new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0]), 'Word (.docx)'],
    [
      'a Word 97-2003 file',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'Word 97-2003'
    ],
    ['an RTF file', new TextEncoder().encode('{\\rtf1\\ansi Submitted by Chile}'), 'RTF']
  ])('refuses %s with a fatal `unsupported-format`', (_, bytes, what) => {
    const {contribution, messages} = parseContribution(new VFile({path: 'file', value: bytes}))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({ruleId: 'unsupported-format', fatal: true})
    expect(messages[0]?.reason).toContain(what)
    expect(contribution.answers).toEqual([])
  })
})

describe('a question that is a list item with its answer in the same item', () => {
  const cue = 'Working Group on Enhanced Cooperation\n\n'
  const q2 =
    '2. Taking into consideration the work of the previous WGEC and the Tunis Agenda, particularly paragraphs 69-71, what kind of recommendations should we consider?'

  it('keeps the citations of the answer on the next line (regression: they were lost)', () => {
    const {contribution} = parseContribution(
      `${cue}1. What are the high level characteristics of enhanced cooperation?\n   We rely on paragraph 35.\n\n${q2}\n   More.\n`
    )
    expect(contribution.citations.map((citation) => citation.paragraph)).toEqual(['35'])
    const [first] = contribution.answers
    expect(first?.place.end.line).toBe(3)
  })

  it('records a footnote marker on the question once (regression: it was recorded twice)', () => {
    const {contribution} = parseContribution(
      `${cue}1. What are the high level characteristics of enhanced cooperation?[^1]\n\n   We rely on it.\n\n[^1]: A note.\n`
    )
    expect(contribution.footnotes.map((footnote) => footnote.referencedAt.length)).toEqual([1])
  })
})

describe('the walk over the finished contribution', () => {
  const body = 'We rely on the Tunis Agenda.¹\n\n- A list item that says so again.¹\n'

  it('lists the markers of a footnote in document order, a list after a paragraph', () => {
    const {contribution} = parseContribution(`${body}\n¹ A note.\n`)
    expect(contribution.footnotes[0]?.referencedAt.map((place) => place.start.line)).toEqual([1, 3])
  })

  it('reports a marker with no footnote where it first stands in the document', () => {
    const {messages} = parseContribution(body)
    const unlinked = messages.filter((message) => message.ruleId === 'unlinked-footnote')
    expect(unlinked.map((message) => message.line)).toEqual([1])
  })

  it('gives the contribution no run, the internal offsets its blocks were read with', () => {
    const {contribution} = parseContribution(`${body}\n¹ A note.\n`)
    expect(JSON.stringify(contribution)).not.toContain('"run"')
    expect(contribution.preamble.every((block) => !('run' in block))).toBe(true)
  })
})

describe('a document of a consultation no profile knows', () => {
  const text = (question: string) =>
    `# Response to the consultation on the Harbour Data Charter\n\nSubmitted by: Quayside Tenants Network\n\n${question}\n\nPublish the minutes.\n`

  it('keeps a numbered bold question as a section of its own, matched to no question', () => {
    const {contribution, messages} = parseContribution(
      text('**1. How should the port authority consult residents?**')
    )
    expect(contribution.consultation).toBeNull()
    expect(contribution.answers.map((answer) => answer.questionId)).toEqual([null])
    expect(contribution.answers[0]?.blocks).toHaveLength(1)
    expect(messages.map((message) => message.ruleId)).toContain('unmatched-section')
    expect(messages.map((message) => message.ruleId)).not.toContain('no-questions-found')
  })

  it('keeps a plain question in the preamble', () => {
    const {contribution} = parseContribution(
      text('1. How should the port authority consult residents?')
    )
    expect(contribution.answers).toEqual([])
  })
})
