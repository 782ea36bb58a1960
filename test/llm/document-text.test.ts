import {describe, expect, it} from 'vitest'
import {estimateTokens, toDocumentTexts} from '../../src/code/coders/llm/document-text.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'

describe('toDocumentTexts', () => {
  it('sends the title, the submitter, the preamble, each answer under its question, and the signature', () => {
    const {contribution} = parseContribution(
      '---\ntitle: Note of the Yarrow Trust\nsubmitter: Yarrow Trust\n---\n\nThe Yarrow Trust writes to the Working Group.\n\n> Quoted text of another body.\n\n- First point of the list.\n- Second point of the list.\n'
    )
    const [text] = toDocumentTexts(contribution, 24_000)
    expect(text?.text).toBe(
      'Title: Note of the Yarrow Trust\nSubmitted by: Yarrow Trust\n\nThe Yarrow Trust writes to the Working Group.\n> Quoted text of another body.\n- First point of the list.\n- Second point of the list.\n'
    )
    // Every sentence is a segment, at its place in the source.
    expect(text?.segments.map((segment) => text.text.slice(segment.start, segment.end))).toEqual([
      'The Yarrow Trust writes to the Working Group.',
      'Quoted text of another body.',
      'First point of the list.',
      'Second point of the list.'
    ])
  })

  it('cuts a block that alone does not fit into its items, rows or sentences', () => {
    const items = Array.from(
      {length: 300},
      (_, index) => `- Item ${index} of a long list of points.`
    )
    const rows = Array.from({length: 300}, (_, index) => `| row ${index} | a cell of the table |`)
    const sentences = Array.from({length: 300}, (_, index) => `Sentence ${index} of one paragraph.`)
    const {contribution} = parseContribution(
      `# Submission by the Tamarind Circle\n\n${items.join('\n')}\n\n| a | b |\n| - | - |\n${rows.join('\n')}\n\n${sentences.join(' ')}\n`
    )
    const parts = toDocumentTexts(contribution, 200)
    for (const part of parts) expect(estimateTokens(part.text)).toBeLessThanOrEqual(200)
    const text = parts.map((part) => part.text).join('\n')
    for (const index of [0, 150, 299]) {
      expect(text).toContain(`- Item ${index} of a long list of points.`)
      expect(text).toContain(`row ${index} | a cell of the table`)
      expect(text).toContain(`Sentence ${index} of one paragraph.`)
    }
  })

  it('cuts a long title to a line, so that every part fits', () => {
    const {contribution} = parseContribution(
      `---\ntitle: ${'Very long title '.repeat(200)}\n---\n\n${Array.from({length: 50}, (_, index) => `Paragraph ${index} says little.`).join('\n\n')}\n`
    )
    const parts = toDocumentTexts(contribution, 300)
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) expect(estimateTokens(part.text)).toBeLessThanOrEqual(300)
  })

  it('cuts a long section between its blocks into parts that fit, keeping every sentence once, in order', () => {
    const paragraphs = Array.from(
      {length: 2000},
      (_, index) => `Sentence number ${index} of a long answer.`
    )
    const {contribution} = parseContribution(
      `# Submission by the Sorrel Group\n\n${paragraphs.join('\n\n')}\n`
    )
    const parts = toDocumentTexts(contribution, 500)
    expect(parts.length).toBeGreaterThan(20)
    for (const part of parts) {
      expect(estimateTokens(part.text)).toBeLessThanOrEqual(500)
      expect(part.text.startsWith('Title: Submission by the Sorrel Group\n')).toBe(true)
    }
    const sentences = parts.flatMap((part) =>
      part.segments.map((segment) => part.text.slice(segment.start, segment.end))
    )
    expect(sentences.filter((sentence) => sentence.startsWith('Sentence number'))).toEqual(
      paragraphs
    )
  })
})
