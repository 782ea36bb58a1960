import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {consultations} from '../../src/consultations/consultations.js'
import {loadConsultations} from '../../src/consultations/load-consultations.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import type {ConsultationProfile} from '../../src/schema/consultation-profile.js'

// test/fixtures/profiles: a made-up consultation (the Orla Forum on Community Connectivity, 2025)
// and a synthetic answer to it from a fictional cooperative. The profile brings its own
// questions, a form-field label of its own (`Seat:` for the country, `Constituency:` for the
// group), its own meeting name (`Orla Forum`) and two instruments cited by paragraph.
const folder = new URL('../fixtures/profiles/', import.meta.url)
const document = readFileSync(new URL('orla-2025-kestrel-mesh.md', folder), 'utf8')
const loaded = loadConsultations(readFileSync(new URL('orla-2025.json', folder), 'utf8'))
const orla = loaded.consultations?.[0] as ConsultationProfile

function parse(profiles: readonly ConsultationProfile[], text = document) {
  return parseContribution(text, {consultations: profiles}).contribution
}

describe('a consultation given as a profile of its own', () => {
  it('loads the profile without a problem', () => {
    expect(loaded.messages).toEqual([])
    expect(orla.id).toBe('orla-2025')
  })

  it('identifies the consultation and matches its questions', () => {
    const contribution = parse([orla])
    expect(contribution.consultation).toEqual({id: 'orla-2025', title: orla.title})
    expect(contribution.answers.map((answer) => answer.questionId)).toEqual([
      'orla-2025/q1',
      'orla-2025/q2'
    ])
  })

  it('reads the fields its form labels in its own words', () => {
    const {submitter} = parse([orla])
    expect(submitter.country).toBe('PRT')
    expect(submitter.group).toBe('technical-community')
    // Without the profile, `Seat:` and `Constituency:` are no fields.
    const without = parse(consultations).submitter
    expect(without.country).toBeUndefined()
    expect(without.group).toBe('civil-society')
  })

  it('ends the submitter’s name in a title at its meeting’s name', () => {
    expect(parse([orla]).submitter.name).toBe('Kestrel Mesh Cooperative')
    expect(parse(consultations).submitter.name).toBe('Kestrel Mesh Cooperative to Orla Forum 2025')
  })

  it('keys each citation to the instrument it is of', () => {
    expect(
      parse([orla]).citations.map((citation) => [
        citation.instrument,
        citation.paragraph,
        citation.text
      ])
    ).toEqual([
      ['orla-charter', '12', 'Paragraph 12'],
      ['orla-charter', '14', 'paragraphs 14 to 16'],
      ['orla-charter', '15', 'paragraphs 14 to 16'],
      ['orla-charter', '16', 'paragraphs 14 to 16'],
      ['lakeside-principles', '3', 'paragraph 3'],
      ['lakeside-principles', '7', 'paragraph 7']
    ])
  })

  it('reads the same beside the built-in consultations', () => {
    const alone = parse([orla])
    const beside = parse([orla, ...consultations])
    expect(beside.consultation?.id).toBe('orla-2025')
    expect(beside.submitter).toEqual(alone.submitter)
    expect(beside.citations).toEqual(alone.citations)
  })

  it('keeps the built-in labels of the fields a profile does not name', () => {
    // `Country` is among the profile's own labels of the country; `Organization` is built in.
    const named = parse(
      [orla],
      document.replace('Seat: Portugal', 'Organization: Gannet Wireless Trust\nCountry: Chile')
    ).submitter
    expect(named).toMatchObject({name: 'Gannet Wireless Trust', country: 'CHL'})
  })

  it('replaces the built-in labels of a field it names', () => {
    const profile = {...orla, fieldLabels: {country: ['Seat']}}
    const contribution = parse(
      [profile],
      document.replace('Seat: Portugal', 'Country: Portugal\nRegion: Europe')
    )
    expect(contribution.submitter.country).toBeUndefined()
  })
})
