import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseContribution} from '../../src/parse/parse-contribution.js'

const long = (text: string) =>
  `${text} ${'It goes on at length about the matter at hand. '.repeat(4)}`

function parse(text: string, path = 'doc.md') {
  const {contribution, messages} = parseContribution(new VFile({path, value: text}))
  return {
    title: contribution.title,
    submitter: contribution.submitter,
    date: contribution.date,
    cue: messages.find((message) => message.ruleId === 'submitter-cue')?.reason
  }
}

describe('the submitter named by the title or the first sentence', () => {
  it('reads `X submission for Y` on a plain first line as the title and its submitter', () => {
    const result = parse(`Brightline Analytics submission for NETmundial\n\n${long('We write.')}\n`)
    expect(result.title).toBe('Brightline Analytics submission for NETmundial')
    expect(result.submitter.name).toBe('Brightline Analytics')
    expect(result.cue).toContain('submitted-by')
  })

  it('drops a possessive from the name (`X’s Contribution to Y`)', () => {
    expect(
      parse(`# Kestrel Telecom’s Contribution to the Global Meeting\n\n${long('We write.')}\n`)
        .submitter.name
    ).toBe('Kestrel Telecom')
  })

  it('reads the body’s first sentence when nothing else names the submitter, in English, Spanish and French', () => {
    for (const sentence of [
      'The Harbour Digital Forum (HDF) welcomes the opportunity to take part.',
      'La Red Andina de Usuarios (RAU) agradece la invitación del Grupo.',
      'L’Observatoire Alpin du Numérique (OAN) remercie le Groupe de travail.'
    ]) {
      const result = parse(`# Our views\n\n${long(sentence)}\n`)
      expect(result.submitter.name).toMatch(
        /^(?:Harbour Digital Forum|Red Andina de Usuarios|Observatoire Alpin du Numérique)$/
      )
      expect(result.cue).toContain('first-sentence')
    }
  })

  it('takes no submitter from a first sentence that only discusses others', () => {
    expect(
      parse(`# Our views\n\nThe vertiginous growth of new networks has changed how people work.\n`)
        .submitter.name
    ).toBeNull()
  })

  it('skips a `Document` line that only names the section below', () => {
    const result = parse(
      `Document\n\nHarbour Digital Forum submission to the Working Group on Enhanced Cooperation\n\n${long('We write.')}\n`
    )
    expect(result.submitter.name).toBe('Harbour Digital Forum')
  })

  it('does not take a document that discusses civil society for a civil-society submitter', () => {
    const result = parse(
      `Submitted by: Kestrel Holdings\n\n${long('Governments, firms and civil society all have a part; civil society groups asked for more time.')}\n`
    )
    expect(result.submitter.group).toBe('unknown')
  })

  it('takes a submitter that says it is a non-profit association for civil society', () => {
    const result = parse(
      `Submitted by: Kestrel Circle\n\n${long('We are a small non-profit association of volunteers.')}\n`
    )
    expect(result.submitter.group).toBe('civil-society')
  })
})

describe('titles and dates in text saved from Word (one line per paragraph)', () => {
  const body =
    'Brightline Analytics welcomes the opportunity to offer input to the meeting, and sets out below the principles that it believes should guide the governance of the Internet in the years to come, with examples.'

  it('keeps a short title line and a date line apart from the paragraph after them', () => {
    const result = parse(
      `Brightline Analytics submission for NETmundial\nMarch 7, 2014\n${body}\n${body}\n`,
      'doc.txt'
    )
    expect(result).toMatchObject({
      title: 'Brightline Analytics submission for NETmundial',
      date: '2014-03-07'
    })
    expect(result.submitter.name).toBe('Brightline Analytics')
  })

  it('still joins a hard-wrapped title in text of short lines', () => {
    const wrapped =
      'Harbour Digital Forum submission to the Working Group on\nEnhanced Cooperation\n\nWe are pleased to send\nour views on the questions.\n'
    expect(parse(wrapped, 'doc.txt').title).toBe(
      'Harbour Digital Forum submission to the Working Group on Enhanced Cooperation'
    )
  })
})

describe('a trade association whose name could be a civil-society group', () => {
  const text = (statement: string) =>
    `Submitted by: Harbourline Carriers Alliance\n\n${statement}\n\nWhat are the high level characteristics of enhanced cooperation?\n\nOpenness.\n`

  it('is of the private sector when it says it is a trade association', () => {
    const {contribution} = parseContribution(
      text('The Harbourline Carriers Alliance is a trade association of shipping operators.')
    )
    expect(contribution.submitter.group).toBe('private-sector')
  })

  it('stays civil society when it only discusses trade associations', () => {
    const {contribution} = parseContribution(
      text('We worry that trade associations speak louder than residents.')
    )
    expect(contribution.submitter.group).toBe('civil-society')
  })
})

describe('a signature that says on whose behalf it is signed', () => {
  const text = `What are the high level characteristics of enhanced cooperation?\n\nWorking Group on Enhanced Cooperation members will know our views.\n\nYours sincerely,\n\nAmara Okonkwo-Lind\n\nHead of Policy\n\nOn behalf of the Tidewater Federation of Software Companies\n\nLagos, 6 December 2016\n`

  it('names the submitter from `On behalf of X`, with the signature cue', () => {
    const {contribution, messages} = parseContribution(text)
    expect(contribution.submitter).toMatchObject({
      name: 'Tidewater Federation of Software Companies',
      group: 'private-sector'
    })
    expect(messages.find((message) => message.ruleId === 'submitter-cue')?.reason).toContain(
      'from the signature'
    )
  })

  it('keeps the line out of the signatory role', () => {
    const {contribution} = parseContribution(text)
    expect(contribution.authors).toEqual([{name: 'Amara Okonkwo-Lind', role: 'Head of Policy'}])
  })
})
