import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import type {Block} from '../../src/schema/block.js'

function parseText(text: string) {
  return parseContribution(new VFile({path: 'doc.txt', value: text}))
}

function texts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    if (block.type === 'paragraph' || block.type === 'heading') return [block.text]
    if (block.type === 'list')
      return block.items.flatMap((item) => texts(item.blocks).map((text) => `• ${text}`))
    return []
  })
}

const page = (body: string, number: number) =>
  `Contribution of Chile to the WGEC – December 2016\n\n${body}\n\nPage ${number} of 2`

describe('reading text extracted from a PDF', () => {
  const document = [
    page(
      [
        'Submitted by: Chile',
        '',
        'Question 1:',
        'What are the high level characteristics of enhanced cooperation?',
        '',
        'Enhanced cooperation should enable governments to carry out their roles in inter-',
        'national public policy issues, on an equal footing, as the Tunis Agenda says[1].',
        '',
        '• The first characteristic is equality among governments.',
        '  o It applies to every government.',
        '• The second is openness to the views of all stakeholders, which must be',
        '  heard in every forum.',
        '',
        '[1] Tunis Agenda for the Information Society, paragraph 69.'
      ].join('\n'),
      1
    ),
    page(
      [
        'Question 2:',
        'Taking into consideration the work of the previous WGEC, what kind of recommendations should we consider?',
        '',
        'We recommend a light forum.',
        '',
        'Santiago, 5 December 2016'
      ].join('\n'),
      2
    )
  ].join('\f')
  const {contribution, messages} = parseText(document)

  it('drops the running header and page numbers, and says so', () => {
    expect(messages.filter((message) => message.ruleId === 'dropped-running-header')).toHaveLength(
      2
    )
    expect(
      messages
        .filter((message) => message.ruleId === 'dropped-page-number')
        .map((message) => message.reason)
    ).toEqual(['Dropped page number `Page 1 of 2`', 'Dropped page number `Page 2 of 2`'])
  })

  it('joins words hyphenated across a line end and unwraps lines', () => {
    expect(texts(contribution.answers[0]?.blocks ?? [])[0]).toBe(
      'Enhanced cooperation should enable governments to carry out their roles in international public policy issues, on an equal footing, as the Tunis Agenda says[1].'
    )
  })

  it('reads bullets and nested `o` bullets as a nested list, with wrapped item lines', () => {
    expect(texts(contribution.answers[0]?.blocks ?? []).slice(1)).toEqual([
      '• The first characteristic is equality among governments.',
      '• • It applies to every government.',
      '• The second is openness to the views of all stakeholders, which must be heard in every forum.'
    ])
  })

  it('reads a `[1]` footnote at the page bottom and links it to its marker', () => {
    expect(
      contribution.footnotes.map((footnote) => [
        footnote.label,
        footnote.text,
        footnote.referencedAt.length
      ])
    ).toEqual([['1', 'Tunis Agenda for the Information Society, paragraph 69.', 1]])
  })

  it('keeps `Question 1:` with the question it labels', () => {
    expect(
      contribution.answers.map((answer) => [answer.questionId, answer.questionText.slice(0, 14)])
    ).toEqual([
      ['wgec-2016/q1', 'Question 1: Wh'],
      ['wgec-2016/q2', 'Question 2: Ta']
    ])
  })

  it('reads the submitter and the signature', () => {
    expect(contribution.submitter).toMatchObject({
      name: 'Chile',
      country: 'CHL',
      regionalGroup: 'grulac'
    })
    expect([contribution.place, contribution.date]).toEqual(['Santiago', '2016-12-05'])
  })

  it('points each sentence at its place in the original text', () => {
    const block = contribution.answers[0]?.blocks[0]
    const sentence = block?.type === 'paragraph' ? block.sentences[0] : undefined
    expect(sentence?.place.start.line).toBe(8)
    expect(sentence?.place.end.line).toBe(9)
  })
})

describe('reading footnotes printed under a rule', () => {
  const text = [
    'Submitted by: Chile',
    '',
    'What are the high level characteristics of enhanced cooperation?',
    '',
    'A process among governments, as the Tunis Agenda.1 says; see also the',
    'WSIS outcome2 and document 6(Rev.1) of the summit.',
    '',
    '________________',
    '1 Tunis Agenda for the Information Society,',
    'paragraph 69.',
    '2 Geneva Declaration of Principles.',
    '',
    '7 December 2016'
  ].join('\n')
  const {contribution, messages} = parseText(text)

  it('reads each numbered note, with its continuation line', () => {
    expect(contribution.footnotes.map((footnote) => [footnote.label, footnote.text])).toEqual([
      ['1', 'Tunis Agenda for the Information Society, paragraph 69.'],
      ['2', 'Geneva Declaration of Principles.']
    ])
  })

  it('links the plain-digit markers after a word, and nothing else', () => {
    expect(
      contribution.footnotes.map((footnote) =>
        footnote.referencedAt.map((place) => text.slice(place.start.offset, place.end.offset))
      )
    ).toEqual([['1'], ['2']])
    expect(contribution.footnotes[0]?.referencedAt[0]?.start).toMatchObject({line: 5, column: 50})
    expect(messages.map((message) => message.ruleId)).not.toContain('unlinked-footnote')
  })

  it('ends the notes at a numbered line out of sequence (the date)', () => {
    expect(contribution.date).toBe('2016-12-07')
    expect(contribution.footnotes).toHaveLength(2)
  })

  it('leaves a rule with no numbered note under it as it was', () => {
    const plain = parseText(
      'Submitted by: Chile\n\nWhat are the high level characteristics of enhanced cooperation?\n\nBefore.1\n\n________________\n\nAfter the rule.'
    ).contribution
    expect(plain.footnotes).toEqual([])
    expect(texts(plain.answers[0]?.blocks ?? []).join(' ')).toContain('After the rule.')
  })
})
