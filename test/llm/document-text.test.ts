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
