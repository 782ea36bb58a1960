import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {toJsonSchema} from '../../src/schema/to-json-schema.js'

// Header shapes found in real documents, each in a synthetic fixture of `fixtures/shapes/` with
// its expected parse written by hand from the document (see fixtures/README.md).
const folder = new URL('../fixtures/shapes/', import.meta.url).pathname
const documents = readdirSync(folder)
  .filter((name) => !name.endsWith('.json'))
  .sort()

const ajv = new Ajv2020.default({allErrors: true, strict: false})
const validate = ajv.compile(toJsonSchema())

interface Expected {
  id: string
  consultation: string | null
  title: string | null
  language: string
  submitter: Record<string, string | null>
  date: string | null
  place: string | null
  answers: Array<{questionId: string | null}>
  submitters?: Array<Record<string, string | null>>
  submitterCue?: string
  encoding?: string
}

describe.each(documents)('shape %s', (name) => {
  const path = join(folder, name)
  const {contribution, messages} = parseContribution(new VFile({path, value: readFileSync(path)}))
  const expected = JSON.parse(
    readFileSync(join(folder, name.replace(/\.[^.]+$/, '.expected.json')), 'utf8')
  ) as Expected

  it('validates against the exported JSON Schema', () => {
    expect(validate(JSON.parse(JSON.stringify(contribution)))).toBe(true)
  })

  it('reads the expected id, consultation, title, submitter, place, date and answers', () => {
    const {submitter} = contribution
    const plain = (entry: typeof submitter) => ({
      name: entry.name,
      group: entry.group,
      country: entry.country ?? null,
      regionalGroup: entry.regionalGroup ?? null,
      ...(entry.region ? {region: entry.region} : {})
    })
    expect({
      id: contribution.id,
      consultation: contribution.consultation?.id ?? null,
      title: contribution.title,
      language: contribution.language,
      submitter: plain(submitter),
      submitters: contribution.submitters?.map((entry) => plain(entry)) ?? null,
      place: contribution.place,
      date: contribution.date,
      answers: contribution.answers.map((answer) => answer.questionId)
    }).toEqual({
      id: expected.id,
      consultation: expected.consultation,
      title: expected.title,
      language: expected.language,
      submitter: expected.submitter,
      submitters: expected.submitters ?? null,
      place: expected.place,
      date: expected.date,
      answers: expected.answers.map((answer) => answer.questionId)
    })
  })

  it('says which cue named the submitter, and how the bytes were decoded', () => {
    const info = (ruleId: string) => messages.find((message) => message.ruleId === ruleId)
    if (expected.submitterCue)
      expect(info('submitter-cue')?.reason).toContain(`the ${expected.submitterCue} (`)
    const decoded = info('decoded-legacy-encoding')
    if (expected.encoding) expect(decoded?.reason).toContain(expected.encoding)
    else expect(decoded).toBeUndefined()
  })
})
