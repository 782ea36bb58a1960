import {parse} from 'csv-parse/browser/esm/sync'
import {describe, expect, it} from 'vitest'
import {defaultCodebook} from '../../src/codebooks/default-codebook.js'
import {readCodings} from '../../src/codings/read-codings.js'
import {compareContributions} from '../../src/compare/compare-contributions.js'
import {toReviewSheet} from '../../src/review/to-review-sheet.js'
import {codedFixtures} from '../compare/coded-fixtures.js'

const cuba = codedFixtures.filter((entry) => entry.contribution.id === 'wgec-2016/cuba')
const sheet = toReviewSheet(cuba)
const records = parse(sheet, {columns: true}) as Array<Record<string, string>>

/** Fill cells of a sheet as a spreadsheet would, by contribution and dimension. */
function fill(text: string, values: Record<string, Partial<Record<string, string>>>): string {
  const rows = parse(text) as string[][]
  const [header = [], ...body] = rows
  const at = (name: string) => header.indexOf(name)
  const lines = [header, ...body].map((row, index) => {
    const wanted =
      index === 0 ? undefined : values[`${row[at('contribution')]} ${row[at('dimension')]}`]
    const cells = [...row]
    for (const [name, value] of Object.entries(wanted ?? {})) cells[at(name)] = value ?? ''
    return cells
      .map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell))
      .join(',')
  })
  return `${lines.join('\n')}\n`
}

describe('toReviewSheet', () => {
  it('writes one row per contribution and dimension, with empty review columns', () => {
    expect(records.map((record) => record.dimension)).toEqual(
      defaultCodebook.dimensions.map((dimension) => dimension.id)
    )
    expect(Object.keys(records[0] ?? {})).toEqual([
      'contribution',
      'file',
      'submitter',
      'group',
      'dimension',
      'stance',
      'score',
      'quote_1',
      'place_1',
      'quote_2',
      'place_2',
      'quote_3',
      'place_3',
      'stances',
      'reviewed_stance',
      'reviewer',
      'note'
    ])
    for (const record of records) {
      expect([record.reviewed_stance, record.reviewer, record.note]).toEqual(['', '', ''])
      expect(record.submitter).toBe('Cuba')
      expect(record.group).toBe('government')
    }
  })

  it('gives the coder’s stance and score, and no score where unstated', () => {
    const mechanism = records.find((record) => record.dimension === 'mechanism')
    expect([mechanism?.stance, mechanism?.score]).toEqual(['intergovernmental', '-1'])
    const igf = records.find((record) => record.dimension === 'igf-relation')
    expect([igf?.stance, igf?.score]).toEqual(['unstated', ''])
  })

  it('gives the strongest quotes with the file, line and column each is at', () => {
    const position = cuba[0]?.positions.find((each) => each.dimension === 'mechanism')
    const mechanism = records.find((record) => record.dimension === 'mechanism')
    const evidence = position?.evidence.find((item) => item.quote === mechanism?.quote_1)
    expect(evidence?.pole).toBe('intergovernmental')
    expect(mechanism?.place_1).toBe(
      `${cuba[0]?.contribution.source.path}:${evidence?.place.start.line}:${evidence?.place.start.column}`
    )
  })

  it('names every submitter of a joint contribution', async () => {
    const {parseContribution} = await import('../../src/parse/parse-contribution.js')
    const {codePositions} = await import('../../src/code/coders/rules/code-positions.js')
    const {readFixture} = await import('../helpers.js')
    const {contribution} = parseContribution(
      readFixture('../test/fixtures/shapes/joint-governments.md')
    )
    const joint = parse(
      toReviewSheet([{contribution, positions: codePositions(contribution), coder: 'rules'}]),
      {
        columns: true
      }
    ) as Array<Record<string, string>>
    expect(joint[0]?.submitter).toBe(
      (contribution.submitters ?? []).map((each) => each.name).join('; ')
    )
    expect(contribution.submitters?.length).toBe(2)
  })

  it('lists the stances the codebook allows on each row', () => {
    expect(records[0]?.stances).toBe('intergovernmental | multistakeholder | mixed | unstated')
  })

  it('reads back, filled, as codings of the rows with a reviewed stance only', () => {
    const filled = fill(sheet, {
      'wgec-2016/cuba mechanism': {reviewed_stance: 'mixed', reviewer: 'ana', note: 'hybrid, p. 2'},
      'wgec-2016/cuba un-role': {reviewed_stance: ' un-centred ', reviewer: ''}
    })
    const {codings, messages} = readCodings(filled, {codebook: defaultCodebook})
    expect(messages).toEqual([])
    expect(codings).toEqual([
      {
        contributionId: 'wgec-2016/cuba',
        dimension: 'mechanism',
        stance: 'mixed',
        coder: 'ana',
        note: 'hybrid, p. 2'
      },
      {contributionId: 'wgec-2016/cuba', dimension: 'un-role', stance: 'un-centred'}
    ])
    const comparison = compareContributions(cuba, {codings, samples: 0})
    expect(comparison.review).toMatchObject({reviewed: 2, changed: 1})
  })

  it('neutralises text a spreadsheet would run as a formula, and reads it back as written', () => {
    const [entry] = cuba
    if (!entry) throw new Error('No Cuba fixture')
    const hostile = {
      ...entry,
      contribution: {
        ...entry.contribution,
        id: '@wgec-2016/cuba',
        submitter: {...entry.contribution.submitter, name: '=HYPERLINK("http://x.invalid")'}
      }
    }
    const written = toReviewSheet([hostile])
    const [first] = parse(written, {columns: true}) as Array<Record<string, string>>
    expect(first?.contribution).toBe("'@wgec-2016/cuba")
    expect(first?.submitter).toBe('\'=HYPERLINK("http://x.invalid")')
    const filled = fill(written, {
      "'@wgec-2016/cuba mechanism": {reviewed_stance: 'mixed', note: '-see p. 2'}
    })
    expect(filled).toContain(',-see p. 2')
    const {codings} = readCodings(filled.replace(',-see p. 2', ",'-see p. 2"), {
      codebook: defaultCodebook
    })
    expect(codings).toEqual([
      {
        contributionId: '@wgec-2016/cuba',
        dimension: 'mechanism',
        stance: 'mixed',
        note: '-see p. 2'
      }
    ])
  })

  it('rejects a stance the codebook does not have, with the row and column of the cell', () => {
    const filled = fill(sheet, {
      'wgec-2016/cuba mechanism': {reviewed_stance: 'multilateral'},
      'wgec-2016/cuba ec-status': {reviewed_stance: 'under-way'}
    })
    const {codings, messages} = readCodings(filled, {codebook: defaultCodebook, path: 'r.csv'})
    expect(codings.map((coding) => coding.dimension)).toEqual(['ec-status'])
    expect(messages.map((message) => [message.ruleId, message.line, message.file])).toEqual([
      ['unknown-stance', 2, 'r.csv']
    ])
    const line = filled.split('\n')[1] ?? ''
    expect(line.slice((messages[0]?.column ?? 0) - 1)).toMatch(/^multilateral,/)
    expect(messages[0]?.reason).toContain(
      '`intergovernmental`, `multistakeholder`, `mixed`, `unstated`'
    )
  })

  it('rejects a dimension the codebook does not have, with the place of the cell', () => {
    const text = 'contribution,dimension,stance\nx,colour,blue\n"y","mechanism",mixed\n'
    const {codings, messages} = readCodings(text, {codebook: defaultCodebook})
    expect(codings).toEqual([{contributionId: 'y', dimension: 'mechanism', stance: 'mixed'}])
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['unknown-dimension', 2, 3]
    ])
  })

  it('does not check stances without a codebook', () => {
    const text = 'contribution,dimension,stance\nx,colour,blue\n'
    expect(readCodings(text).codings).toHaveLength(1)
  })

  it('throws on an invalid quotes option', () => {
    expect(() => toReviewSheet(cuba, {quotes: -1})).toThrow(TypeError)
    expect(toReviewSheet(cuba, {quotes: 1}).split('\n')[0]).toContain('quote_1,place_1,stances')
  })
})
