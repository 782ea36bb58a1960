import Ajv2020 from 'ajv/dist/2020.js'
import {fromHtml} from 'hast-util-from-html'
import {toText} from 'hast-util-to-text'
import type {Nodes} from 'mdast'
import {describe, expect, it} from 'vitest'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {parseMarkdown} from '../../src/parse/readers/markdown/parse-markdown.js'
import type {Block} from '../../src/schema/block.js'
import {Contribution} from '../../src/schema/contribution.js'
import {toJsonSchema} from '../../src/schema/to-json-schema.js'
import {fixtureDocuments, readFixture, readGold} from '../helpers.js'

interface Expected {
  id: string
  consultation: string | null
  format: string
  language: string
  title: string | null
  submitter: {
    name: string | null
    group: string
    country: string | null
    regionalGroup: string | null
  }
  authors: Array<{name: string; role?: string}>
  place: string | null
  date: string | null
  disclaimer: boolean
  answers: Array<{questionId: string | null; firstWords: string}>
  citations: string[]
  references: string[]
  footnotes: Array<{label: string; text: string}>
  messages: string[]
}

const ajv = new Ajv2020.default({allErrors: true, strict: false})
const validate = ajv.compile(toJsonSchema())

function firstText(blocks: readonly Block[]): string {
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'heading' || block.type === 'code')
      return block.text
    if (block.type === 'list') return firstText(block.items[0]?.blocks ?? [])
    if (block.type === 'quote') return firstText(block.blocks)
    if (block.type === 'table') return block.rows[0]?.join(' ') ?? ''
  }

  return ''
}

function byParagraph(a: string, b: string): number {
  return Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b)
}

describe.each(fixtureDocuments())('fixture %s', (name) => {
  const file = readFixture(name)
  const {contribution, messages} = parseContribution(file)
  const expected = readGold<Expected>(name, 'expected')

  it('validates against the exported JSON Schema', () => {
    const valid = validate(JSON.parse(JSON.stringify(contribution)))
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('validates against the zod schema', () => {
    expect(Contribution.safeParse(contribution).error).toBeUndefined()
  })

  it('reads the expected identity, consultation, language and title', () => {
    expect({
      id: contribution.id,
      consultation: contribution.consultation?.id ?? null,
      format: contribution.source.format,
      language: contribution.language,
      title: contribution.title
    }).toEqual({
      id: expected.id,
      consultation: expected.consultation,
      format: expected.format,
      language: expected.language,
      title: expected.title
    })
  })

  it('reads the expected submitter', () => {
    const {submitter} = contribution
    expect({
      name: submitter.name,
      group: submitter.group,
      country: submitter.country ?? null,
      regionalGroup: submitter.regionalGroup ?? null
    }).toEqual(expected.submitter)
  })

  it('reads the expected authors, place, date and disclaimer', () => {
    expect(contribution.authors).toEqual(expected.authors)
    expect(contribution.place).toBe(expected.place)
    expect(contribution.date).toBe(expected.date)
    expect(contribution.disclaimer !== null).toBe(expected.disclaimer)
  })

  it('finds each answer where the gold says it starts', () => {
    expect(
      contribution.answers.map((answer, index) => ({
        questionId: answer.questionId,
        starts: firstText(answer.blocks).startsWith(expected.answers[index]?.firstWords ?? '\u0000')
      }))
    ).toEqual(expected.answers.map((answer) => ({questionId: answer.questionId, starts: true})))
  })

  it('finds the expected citations, references and footnotes', () => {
    expect(
      [...new Set(contribution.citations.map((citation) => citation.paragraph))].sort(byParagraph)
    ).toEqual(expected.citations)
    expect(
      [...new Set(contribution.references.map((reference) => reference.symbol))].sort()
    ).toEqual(expected.references)
    expect(contribution.footnotes.map(({label, text}) => ({label, text}))).toEqual(
      expected.footnotes
    )
  })

  it('reports the expected warnings and errors', () => {
    expect(
      [
        ...new Set(
          messages.filter((message) => message.fatal !== undefined).map((message) => message.ruleId)
        )
      ].sort()
    ).toEqual(expected.messages)
  })

  it('loses no word of the document', () => {
    const source = String(file.value)
    const have = countWords(
      collectStrings(
        contribution,
        messages.map((message) => message.reason)
      )
    )
    const missing: string[] = []
    for (const [word, count] of countWords(sourceWords(source, contribution.source.format))) {
      if ((have.get(word) ?? 0) < count) missing.push(word)
    }

    expect(missing).toEqual([])
  })
})

/** The words of a document's text, markup syntax aside. */
function sourceWords(source: string, format: string): string[] {
  if (format === 'text') {
    return source
      .replace(/(\p{Ll})-\r?\n\s*(?=\p{Ll})/gu, '$1')
      .split(/\s+/)
      .filter((word) => !/^[•o◦▪\uF000-\uF8FF-]$/u.test(word))
  }

  const words: string[] = []
  const visit = (node: Nodes) => {
    if (node.type === 'html') {
      words.push(...toText(fromHtml(node.value, {fragment: true})).split(/\s+/))
    } else if (node.type === 'yaml') {
      words.push(...node.value.split(/\s+/).filter((word) => !/:$/.test(word)))
    } else if ('value' in node) {
      words.push(...node.value.split(/\s+/))
    } else if ((node.type === 'image' || node.type === 'imageReference') && node.alt) {
      words.push(...node.alt.split(/\s+/))
    }

    if ('children' in node) for (const child of node.children) visit(child)
  }

  visit(parseMarkdown(source))
  return words
}

function collectStrings(value: unknown, extra: string[]): string[] {
  const strings = [...extra]
  const visit = (node: unknown, key?: string) => {
    if (key === 'place' || key === 'referencedAt' || key === 'sha256') return
    if (typeof node === 'string') strings.push(node)
    else if (Array.isArray(node)) for (const child of node) visit(child)
    else if (node && typeof node === 'object') {
      for (const [childKey, child] of Object.entries(node)) visit(child, childKey)
    }
  }

  visit(value)
  return strings.flatMap((text) => text.split(/\s+/))
}

function countWords(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const raw of words) {
    const word = raw
      .replace(/\[\^[^\]]*\]/g, '')
      .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (digit) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(digit)))
      .replace(/^[\s*_#>`~|[\]()"“”«»'‘’.,;:!?-]+|[\s*_#>`~|[\]()"“”«»'‘’.,;:!?-]+$/gu, '')
      .toLowerCase()
    if (word) counts.set(word, (counts.get(word) ?? 0) + 1)
  }

  return counts
}
