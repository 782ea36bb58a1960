import {parse} from 'csv-parse/browser/esm/sync'
import {describe, expect, it} from 'vitest'
import {measureAgreement} from '../../src/code/agreement/measure-agreement.js'
import {codePositions} from '../../src/code/coders/rules/code-positions.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {
  formatGroup,
  formatScale,
  formatScore,
  formatStance,
  plural
} from '../../src/render/format.js'
import {toAgreementText} from '../../src/render/to-agreement-text.js'
import {toCodingsCsv} from '../../src/render/to-codings-csv.js'
import {toPositionsText} from '../../src/render/to-positions-text.js'
import {toSummaryText} from '../../src/render/to-summary-text.js'
import {readFixture} from '../helpers.js'

const {contribution} = parseContribution(readFixture('wgec-2016-cuba.md'))
const positions = codePositions(contribution)

describe('format', () => {
  it('writes scores with two decimals, an ASCII minus and never -0.00', () => {
    expect([formatScore(-1), formatScore(0.5), formatScore(-0.001), formatScore(0)]).toEqual([
      '-1.00',
      '0.50',
      '0.00',
      '0.00'
    ])
  })

  it('writes a stance with its score, and a dash when unstated', () => {
    expect(formatStance({stance: 'intergovernmental', score: -1})).toBe('intergovernmental (-1.00)')
    expect(formatStance({stance: 'mixed', score: 0.43})).toBe('mixed (0.43)')
    expect(formatStance({stance: 'unstated', score: 0})).toBe('—')
  })

  it('writes the group with the regional group in parentheses', () => {
    expect(formatGroup({group: 'government', regionalGroup: 'weog'})).toBe('government (weog)')
    expect(formatGroup({group: 'academia', regionalGroup: null})).toBe('academia')
  })

  it('writes a scale with its interval, the mean alone, or a dash', () => {
    expect(formatScale({mean: -0.9, low: -1, high: -0.8, dimensions: 2})).toBe(
      '-0.90 [-1.00, -0.80]'
    )
    expect(formatScale({mean: 1, low: null, high: null, dimensions: 1})).toBe('1.00')
    expect(formatScale({mean: null, low: null, high: null, dimensions: 0})).toBe('—')
  })

  it('counts nouns with the English plural rules', () => {
    expect([plural(0, 'citation'), plural(1, 'citation'), plural(2, 'citation')]).toEqual([
      '0 citations',
      '1 citation',
      '2 citations'
    ])
    expect(plural(3, 'body', 'bodies')).toBe('3 bodies')
  })
})

describe('toSummaryText', () => {
  it('writes a line per file and how many were read', () => {
    expect(
      toSummaryText([
        {path: 'a.md', contribution},
        {path: 'b.md', contribution: undefined}
      ])
    ).toBe(
      'a.md: wgec-2016/cuba · Cuba (government, CUB, grulac) · en · 2016-12-12 · answers q1 q2 · 15 citations\nb.md: not read\n\n1 of 2 files read\n'
    )
  })
})

describe('toPositionsText', () => {
  it('writes a line per dimension, and the quotes with --explain', () => {
    const entries = [{path: 'a.md', contribution, positions}]
    const plain = toPositionsText(entries)
    expect(plain.split('\n')[0]).toBe('a.md: wgec-2016/cuba')
    expect(plain).toMatch(
      /^ {2}mechanism +intergovernmental \(score -1\.00, \d+ of \d+ quotes? counted\)$/m
    )
    const explained = toPositionsText(entries, {explain: true})
    const quote = positions[0]?.evidence[0]
    expect(explained).toContain(
      `    a.md:${quote?.place.start.line}:${quote?.place.start.column}  ${quote?.indicator} → `
    )
    expect(toPositionsText([{path: 'b.md', contribution: undefined, positions: undefined}])).toBe(
      'b.md: not read\n'
    )
  })

  it('writes only the pole of evidence without an indicator, as a coder other than the rules gives', () => {
    const [first] = positions
    const bare = {
      ...first,
      evidence: [
        {
          quote: 'A council of states.',
          place: {start: {line: 3, column: 1, offset: 9}, end: {line: 3, column: 21, offset: 29}},
          questionId: null,
          pole: 'intergovernmental',
          weight: 1
        }
      ]
    } as (typeof positions)[number]
    expect(
      toPositionsText([{path: 'a.md', contribution, positions: [bare]}], {explain: true})
    ).toContain('    a.md:3:1  intergovernmental (weight 1)\n      “A council of states.”')
  })
})

describe('toAgreementText', () => {
  it('writes the scores per dimension and overall, and the disagreements', () => {
    const a = [
      {contributionId: 'x', dimension: 'mechanism', stance: 'intergovernmental'},
      {contributionId: 'y', dimension: 'mechanism', stance: 'multistakeholder'}
    ]
    const b = [
      {contributionId: 'x', dimension: 'mechanism', stance: 'multistakeholder'},
      {contributionId: 'y', dimension: 'mechanism', stance: 'multistakeholder'},
      {contributionId: 'z', dimension: 'mechanism', stance: 'mixed'}
    ]
    const text = toAgreementText(measureAgreement(a, b))
    expect(text.split('\n')[0]).toBe('dimension  units  percent  kappa   alpha')
    expect(text).toMatch(/^mechanism {6}2 {4}0\.500/m)
    expect(text).toContain('  x  mechanism: a=intergovernmental, b=multistakeholder')
    expect(text).toContain('1 coding made by one coder only')
  })
})

describe('toCodingsCsv', () => {
  it('writes the codings that readCodings reads, with formulas neutralised', () => {
    const csv = toCodingsCsv([
      {contributionId: 'x', dimension: 'mechanism', stance: 'mixed', quote: '=1+1', coder: 'ana'},
      {contributionId: 'y', dimension: 'un-role', stance: 'unstated'}
    ])
    expect(parse(csv)).toEqual([
      ['contribution', 'dimension', 'stance', 'quote', 'coder'],
      ['x', 'mechanism', 'mixed', "'=1+1", 'ana'],
      ['y', 'un-role', 'unstated', '', '']
    ])
  })
})
