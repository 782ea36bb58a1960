import {describe, expect, it} from 'vitest'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {slug} from '../../src/schema/slug.js'

const question = 'What are the high level characteristics of enhanced cooperation?'

function parse(submitter: string, body = 'We support a new intergovernmental body.') {
  return parseContribution(`Submitted by\n\n${submitter}\n\n${question}\n\n${body}\n`)
}

function formatMessages(messages: ReturnType<typeof parse>['messages']) {
  return messages.filter((message) => message.ruleId === 'format-characters')
}

describe('format characters in names (regression: kept silently)', () => {
  it('reads `Cu\\u200Bba` as Cuba, country CUB, with a message showing the removed character', () => {
    const {contribution, messages} = parse('Cu\u200Bba')
    expect(contribution.submitter.name).toBe('Cuba')
    expect(contribution.submitter.country).toBe('CUB')
    expect(contribution.id).toBe('wgec-2016/cuba')
    const [message] = formatMessages(messages)
    expect(message?.reason).toContain('\\u{200B}')
    expect(message?.fatal).toBe(false)
  })

  it('does not show `\\u202EabuC\\u202C` as Cuba behind the id `abuc`', () => {
    const {contribution, messages} = parse('\u202EabuC\u202C')
    // Without the right-to-left override the name shows what it is, and the id says the same.
    expect(contribution.submitter.name).toBe('abuC')
    expect(contribution.submitter.name).not.toMatch(/\p{Cf}/u)
    expect(contribution.id).toBe(`wgec-2016/${slug(contribution.submitter.name ?? '')}`)
    expect(contribution.submitter.country).toBeUndefined()
    const [message] = formatMessages(messages)
    expect(message?.reason).toContain('\\u{202E}')
    expect(message?.reason).toContain('\\u{202C}')
    expect(message?.reason).not.toMatch(/\p{Cf}/u)
  })

  it('removes a byte order mark and a soft hyphen from a name', () => {
    const {contribution, messages} = parse('Inter\u00ADnet Society\uFEFF Foundation')
    expect(contribution.submitter.name).toBe('Internet Society Foundation')
    expect(formatMessages(messages)).toHaveLength(1)
  })

  it('removes format characters from authors named in front matter', () => {
    const {contribution, messages} = parseContribution(
      `---\nsubmitter: Cuba\nauthors:\n  - name: "Ana\u200D Ruiz"\n    role: "Direc\u200Btor"\n---\n\n${question}\n\nWe support it.\n`
    )
    expect(contribution.authors).toEqual([{name: 'Ana Ruiz', role: 'Director'}])
    expect(
      formatMessages(messages).map((message) => (message as {args?: {field?: string}}).args?.field)
    ).toEqual(['author name', 'author role'])
  })

  it('keeps format characters in the body text, with no message', () => {
    const {contribution, messages} = parse('Cuba', 'We support a new inter\u200Dgovernmental body.')
    expect(JSON.stringify(contribution.answers)).toContain('inter\u200Dgovernmental')
    expect(formatMessages(messages)).toEqual([])
  })

  it('drops format characters from slugs instead of making them dashes', () => {
    expect(slug('Cu\u200Bba')).toBe('cuba')
  })
})
