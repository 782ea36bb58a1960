import Ajv2020 from 'ajv/dist/2020.js'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {toJsonSchema} from '../../src/schema/to-json-schema.js'
import {fixtureDocuments, readFixture} from '../helpers.js'

const validate = new Ajv2020.default({strict: false}).compile(toJsonSchema())
const runs = Number(process.env.FAST_CHECK_RUNS ?? 150)
const seed = Number(process.env.FAST_CHECK_SEED ?? 20_161_207)

/** Strings made of the pieces contributions are made of, so the parser's paths are reached. */
const pieces = fc.constantFrom(
  '\n',
  '\n\n',
  '\r\n',
  '\f',
  '- ',
  ' - ',
  '• ',
  '  o ',
  '1. ',
  '> ',
  '## ',
  '**',
  '¹',
  '[^1]',
  '[^1]: note',
  '[1] ',
  'Submitted by',
  'Presentado por ',
  'DISCLAIMER: ',
  'What are the high level characteristics of enhanced cooperation?',
  'Recommendations',
  'Question 2 :',
  'paras 69-71',
  'párrafos 35.a) y 68 al 71',
  'A/RES/70/125',
  'Cuba',
  'La Habana, December 12, 2016',
  'le 7 décembre 2016',
  '---\ntitle: x\n---\n',
  '<p><strong>',
  '</strong></p>',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  'inter-\nnational',
  'Page 1 of 2',
  '\u0000',
  '\uFFFD',
  '\uFEFF'
)
const documents = fc.oneof(
  fc.string({maxLength: 300}),
  fc.string({unit: 'binary', maxLength: 300}),
  fc
    .array(fc.oneof(pieces, fc.string({maxLength: 20})), {maxLength: 40})
    .map((parts) => parts.join(''))
)
const formats = fc.constantFrom(undefined, 'markdown' as const, 'text' as const, 'html' as const)

describe('parseContribution properties', () => {
  it('never throws on any string, in any format', () => {
    fc.assert(
      fc.property(documents, formats, (document, format) => {
        parseContribution(document, {format})
      }),
      {numRuns: runs, seed}
    )
  })

  it('always returns a contribution valid against the JSON Schema', () => {
    fc.assert(
      fc.property(documents, formats, (document, format) => {
        const {contribution} = parseContribution(document, {format})
        if (!validate(JSON.parse(JSON.stringify(contribution)))) {
          throw new Error(JSON.stringify(validate.errors))
        }
      }),
      {numRuns: runs, seed}
    )
  })

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(documents, formats, (document, format) => {
        const a = parseContribution(document, {format})
        const b = parseContribution(document, {format})
        expect(JSON.stringify(b)).toBe(JSON.stringify(a))
      }),
      {numRuns: runs, seed}
    )
  })

  it('gives places inside the source for every sentence of every fixture cut short anywhere', () => {
    const sources = fixtureDocuments().map((name) => readFixture(name))
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.double({min: 0, max: 1, noNaN: true}),
        (file, cut) => {
          const value = String(file.value)
          const source = value.slice(0, Math.floor(value.length * cut))
          const {contribution} = parseContribution(new VFile({path: file.path, value: source}))
          const places = JSON.stringify(contribution).matchAll(/"offset":(\d+)/g)
          for (const [, offset] of places) expect(Number(offset)).toBeLessThanOrEqual(source.length)
        }
      ),
      {numRuns: Math.min(runs, 60), seed}
    )
  })
})
