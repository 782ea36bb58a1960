import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {consultations} from '../../src/consultations/consultations.js'
import {loadConsultations} from '../../src/consultations/load-consultations.js'

const folder = new URL('../fixtures/profiles/', import.meta.url)
const question = {id: 'x-2025/q1', number: 1, text: 'Why?', variants: [], shortForms: []}
const profile = {id: 'x-2025', title: 'X', years: [2025, 2025], questions: [question]}

function problems(input: unknown): string[] {
  return loadConsultations(input).messages.map((message) => `${message.ruleId}: ${message.reason}`)
}

describe('loadConsultations', () => {
  it('reads one profile, or an array of them, as an array', () => {
    expect(loadConsultations(profile)).toEqual({consultations: [profile], messages: []})
    expect(
      loadConsultations(JSON.stringify([profile, {...profile, id: 'y'}])).consultations
    ).toHaveLength(2)
  })

  it('takes the built-in profiles as they are', () => {
    expect(loadConsultations(JSON.stringify(consultations))).toEqual({
      consultations: JSON.parse(JSON.stringify(consultations)),
      messages: []
    })
  })

  it('reads the profile of the test fixtures', () => {
    const text = readFileSync(new URL('orla-2025.json', folder), 'utf8')
    expect(loadConsultations(text).messages).toEqual([])
  })

  it('names each problem with its path in the JSON, in words', () => {
    expect(
      problems([{...profile, id: 'X 2025', years: [2025], questions: [{...question, number: '1'}]}])
    ).toEqual([
      'schema-invalid_format: Unexpected value at `[0].id`: expected an id of lower-case letters and digits joined by single dashes (`my-consultation`)',
      'schema-too_small: Unexpected value at `[0].years`: expected at least 2 items',
      'schema-invalid_type: Unexpected value at `[0].questions[0].number`: expected a number, got a string'
    ])
  })

  it('reports a missing field as required', () => {
    expect(problems({id: 'x', title: 'X', years: [2025, 2025]})).toEqual([
      'schema-invalid_type: Unexpected value at `questions`: expected an array, got nothing (it is required)'
    ])
  })

  it('reports a key the schema does not know, with the keys it does', () => {
    expect(problems({...profile, instrument: [], fieldLabels: {organisation: ['Org']}})).toEqual([
      'schema-unrecognized_keys: Unexpected value at `instrument`: unknown key, expected one of `id`, `title`, `years`, `questions`, `cues`, `stakeholderQuestion`, `instruments`, `fieldLabels`, `meetingNames`',
      'schema-unrecognized_keys: Unexpected value at `fieldLabels.organisation`: unknown key, expected one of `timestamp`, `organization`, `name`, `country`, `region`, `date`, `group`, `email`, `topic`, `keywords`, `from`, `subject`'
    ])
  })

  it('reports a label that no line can have', () => {
    expect(problems({...profile, fieldLabels: {country: ['1. Country']}})).toEqual([
      "schema-invalid_format: Unexpected value at `fieldLabels.country[0]`: expected a label as written before its colon: a letter, then 1 to 40 letters, spaces or `’'()/-`"
    ])
  })

  it('reports duplicate ids and an unknown stakeholder question', () => {
    const instrument = {id: 'c', title: 'C', paragraphs: 3}
    expect(
      problems([
        {...profile, questions: [question, question], stakeholderQuestion: 'x-2025/q9'},
        {...profile, instruments: [instrument, instrument]}
      ])
    ).toEqual([
      'duplicate-id: Unexpected duplicate question id `x-2025/q1` at `[0].questions[1].id`, expected unique ids',
      "unknown-question: Unexpected question `x-2025/q9` at `[0].stakeholderQuestion`, expected the id of one of the profile's questions",
      'duplicate-id: Unexpected duplicate consultation id `x-2025` at `[1].id`, expected unique ids',
      'duplicate-id: Unexpected duplicate instrument id `c` at `[1].instruments[1].id`, expected unique ids'
    ])
  })

  it('reports JSON that does not parse, at its place when the engine tells it', () => {
    const [message] = loadConsultations('{\n  "id": "x",\n').messages
    expect(message?.ruleId).toBe('invalid-consultations')
    expect(message?.reason).toMatch(/^Cannot read consultation profiles: invalid JSON \(/)
    expect([message?.line, message?.column]).toEqual([3, 1])
  })

  it('reports an empty array and a value that is no profile', () => {
    expect(problems([])).toEqual([
      'schema-too_small: Unexpected value at `(root)`: expected at least 1 item'
    ])
    expect(problems('"wgec-2016"')).toEqual([
      'schema-invalid_type: Unexpected value at `(root)`: expected an object, got a string'
    ])
  })
})
