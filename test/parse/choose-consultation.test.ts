import {describe, expect, it} from 'vitest'
import {parseContribution} from '../../src/parse/parse-contribution.js'

function consultationOf(document: string) {
  const {contribution, messages} = parseContribution(document)
  return {
    consultation: contribution.consultation?.id ?? null,
    noConsultation: messages.some((message) => message.ruleId === 'no-consultation-found')
  }
}

const answer = '\n\nWe think it is already happening in many places.\n\n'

describe('choosing the consultation', () => {
  it('chooses none on short forms in headings alone, and says so', () => {
    expect(
      consultationOf(`## High-level characteristics${answer}## Recommendations${answer}`)
    ).toEqual({
      consultation: null,
      noConsultation: true
    })
  })

  it('chooses none on one question that only resembles a consultation’s wording', () => {
    const loose =
      'How should cooperation between our ministries be implemented to enable local governments to carry out their roles in public policy issues?'
    expect(consultationOf(`${loose}${answer}`).consultation).toBeNull()
  })

  it('chooses the consultation whose two questions are asked in their wording', () => {
    const document = `What are the high level characteristics of enhanced cooperation?${answer}Taking into consideration the work of the previous WGEC and the Tunis Agenda, particularly paragraphs 69-71, what kind of recommendations should we consider?${answer}`
    expect(consultationOf(document)).toEqual({consultation: 'wgec-2016', noConsultation: false})
  })

  it('chooses it on one question in its wording when the header names the working group', () => {
    const document = `Contribution to the Working Group on Enhanced Cooperation${answer}Q2. What kind of recommendations should we consider, taking into consideration the work of the previous WGEC and the Tunis Agenda?${answer}`
    expect(consultationOf(document).consultation).toBe('wgec-2016')
  })

  it('chooses none when the header names a working group that two consultations share and no question tells them apart', () => {
    expect(
      consultationOf(`Contribution to the Working Group on Enhanced Cooperation${answer}`)
        .consultation
    ).toBeNull()
  })

  it('chooses NETmundial when the title names it', () => {
    expect(
      consultationOf(`# Our contribution to NETmundial${answer}## Principles${answer}`).consultation
    ).toBe('netmundial-2014')
  })

  it('chooses NETmundial from a web record’s topic field, and answers the topic it names', () => {
    const record =
      'Our proposal on principles\nArea: SET OF INTERNET GOVERNANCE\nPRINCIPLES\nEntitled by: Ana Souza\nRegion: Brasil\nOrganization: Instituto Exemplo de\nPesquisa\nSector: Academia\nAbstract\nA short abstract.\nDocument\nThe text of the contribution.\n'
    const {contribution} = parseContribution(record)
    expect(contribution.consultation?.id).toBe('netmundial-2014')
    expect(contribution.title).toBe('Our proposal on principles')
    expect(contribution.submitter).toEqual({
      name: 'Instituto Exemplo de Pesquisa',
      group: 'academia',
      country: 'BRA'
    })
    expect(contribution.answers.map((entry) => [entry.questionId, entry.questionText])).toEqual([
      ['netmundial-2014/q1', 'SET OF INTERNET GOVERNANCE PRINCIPLES']
    ])
    expect(
      record.slice(
        contribution.answers[0]?.place.start.offset,
        contribution.answers[0]?.place.end.offset
      )
    ).toBe('Area: SET OF INTERNET GOVERNANCE\nPRINCIPLES')
    expect(
      contribution.answers[0]?.blocks.map((block) =>
        block.type === 'paragraph' ? block.text : block.type
      )
    ).toEqual(['Abstract', 'A short abstract.', 'Document', 'The text of the contribution.'])
  })

  it('does not take a NETmundial mention deep in the body for the consultation', () => {
    const body = Array.from({length: 12}, (_, index) => `Paragraph ${index} of our views.`).join(
      '\n\n'
    )
    expect(
      consultationOf(`${body}\n\nAs the NETmundial statement said, openness matters.\n`)
        .consultation
    ).toBeNull()
  })
})

describe('consultation profiles passed as options', () => {
  it('throws on a profile that does not match the schema, naming the option and the field', () => {
    expect(() =>
      parseContribution('Text.', {
        consultations: [{id: 'Not An Id', title: 'x', years: [2020, 2020], questions: []}] as never
      })
    ).toThrow(/options\.consultations\[0\]/)
  })

  it('reads a consultation given as a profile of one file', () => {
    const profile = {
      id: 'national-2021',
      title: 'A national consultation on digital policy',
      years: [2021, 2021] as [number, number],
      questions: [
        {
          id: 'national-2021/q1',
          number: 1,
          text: 'What should the national strategy for broadband contain?',
          variants: [],
          shortForms: []
        },
        {
          id: 'national-2021/q2',
          number: 2,
          text: 'Who should take part in setting the strategy?',
          variants: [],
          shortForms: []
        }
      ]
    }
    const {contribution} = parseContribution(
      `What should the national strategy for broadband contain?${answer}Who should take part in setting the strategy?${answer}`,
      {consultations: [profile]}
    )
    expect(contribution.consultation?.id).toBe('national-2021')
    expect(contribution.answers.map((entry) => entry.questionId)).toEqual([
      'national-2021/q1',
      'national-2021/q2'
    ])
  })
})

describe('the instrument a consultation cites', () => {
  it('reads citations of the instrument the profile names, up to its last paragraph', () => {
    const profile = {
      id: 'national-2021',
      title: 'A national consultation on digital policy',
      years: [2021, 2021] as [number, number],
      questions: [
        {
          id: 'national-2021/q1',
          number: 1,
          text: 'What should the national strategy for broadband contain?',
          variants: [],
          shortForms: []
        }
      ],
      instruments: [{id: 'national-plan', title: 'The national broadband plan', paragraphs: 20}]
    }
    const {contribution} = parseContribution(
      `What should the national strategy for broadband contain?${answer}As paragraph 15 says, and unlike paragraph 69, access comes first.\n`,
      {consultations: [profile], consultation: 'national-2021'}
    )
    expect(
      contribution.citations.map((citation) => [citation.instrument, citation.paragraph])
    ).toEqual([['national-plan', '15']])
  })
})
