import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {renderInstructions} from '../../src/code/codebook/render-instructions.js'
import {answerJsonSchema} from '../../src/code/coders/llm/answer.js'
import {buildRequests, systemPrompt} from '../../src/code/coders/llm/requests.js'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {Codebook} from '../../src/schema/codebook.js'

const docs = readFileSync(new URL('../../docs/codebook.md', import.meta.url), 'utf8')

describe('the coding instructions as codebook data', () => {
  it('docs/codebook.md shows what renderInstructions writes for people', () => {
    const section = /<!-- instructions -->\n\n([\s\S]*?)\n<!-- \/instructions -->/.exec(docs)?.[1]
    expect(section).toBe(renderInstructions(defaultCodebook, 'people'))
  })

  it('writes every dimension with its question, its poles’ definitions, mixed and notes', () => {
    const text = renderInstructions(defaultCodebook, 'model')
    for (const dimension of defaultCodebook.dimensions) {
      expect(text).toContain(`- \`${dimension.id}\` — ${dimension.question}`)
      for (const pole of dimension.poles)
        expect(text).toContain(`\`${pole.id}\`: ${pole.definition}`)
    }
    expect(text).toContain('`mixed`: a stated hybrid')
    expect(text).toContain('Only an assessment of enhanced cooperation itself counts')
    // The model is asked for quotes, people for places.
    expect(text).toContain('copied exactly')
    expect(text).not.toContain('line:column')
    expect(renderInstructions(defaultCodebook, 'people')).toContain('`line:column`')
  })

  it('a researcher’s codebook brings its own prompt; one without instructions cannot brief a model', () => {
    const own = Codebook.parse({
      ...defaultCodebook,
      id: 'my-codebook',
      instructions: {
        ...defaultCodebook.instructions,
        deciding: 'Code a pole only when the text says so twice.'
      }
    })
    expect(systemPrompt(own)).toContain('Code a pole only when the text says so twice.')
    expect(systemPrompt(own)).toContain('`my-codebook`')
    const {instructions: _dropped, ...bare} = defaultCodebook
    expect(() => renderInstructions(Codebook.parse(bare), 'model')).toThrow(/has no `instructions`/)
  })

  it('the answer schema takes exactly the codebook’s dimensions and stances', () => {
    const schema = answerJsonSchema(defaultCodebook) as {
      required: string[]
      additionalProperties: boolean
      properties: Record<
        string,
        {properties: {stance: {enum: string[]}; quotes: {maxItems: number}}}
      >
    }
    expect(schema.required).toEqual(defaultCodebook.dimensions.map((dimension) => dimension.id))
    expect(schema.additionalProperties).toBe(false)
    expect(schema.properties['un-role']?.properties.stance.enum).toEqual([
      'un-centred',
      'un-peripheral',
      'mixed',
      'unstated'
    ])
    expect(schema.properties.mechanism?.properties.quotes.maxItems).toBe(3)
  })

  it('keys a request by its content: the same request the same key, another model or seed another', () => {
    const {contribution} = parseContribution(
      '# Note of the Tansy Circle\n\nWe support multistakeholder governance.\n'
    )
    const settings = {
      model: 'm',
      seed: 1,
      temperature: 0,
      maxInputTokens: 24_000,
      responseFormat: 'json-schema' as const
    }
    const [first] = buildRequests(contribution, defaultCodebook, settings)
    const [again] = buildRequests(contribution, defaultCodebook, settings)
    const [other] = buildRequests(contribution, defaultCodebook, {...settings, model: 'n'})
    const [seeded] = buildRequests(contribution, defaultCodebook, {...settings, seed: 2})
    expect(first?.key).toMatch(/^[0-9a-f]{64}$/)
    expect(again?.key).toBe(first?.key)
    expect(new Set([first?.key, other?.key, seeded?.key]).size).toBe(3)
    // What is keyed and sent: never an endpoint nor a key.
    expect(Object.keys(first?.body ?? {})).toEqual([
      'model',
      'messages',
      'temperature',
      'seed',
      'response_format'
    ])
  })
})
