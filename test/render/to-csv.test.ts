import {parse} from 'csv-parse/browser/esm/sync'
import {describe, expect, it} from 'vitest'
import type {ToCsvOptions} from '../../src/render/to-csv.js'
import {toCsv} from '../../src/render/to-csv.js'
import {awkwardName, awkwardQuote, sampleComparison} from './sample-comparison.js'

function read(csv: string): string[][] {
  return parse(csv) as string[][]
}

const cuba = [
  'wgec-2016/cuba',
  'wgec-2016/cuba',
  'Cuba',
  'government',
  'grulac',
  'CU',
  'wgec-2016',
  'government'
]
const smith = [
  'wgec-2016/smith-jones',
  'wgec-2016/smith-jones',
  awkwardName,
  'private-sector',
  '',
  '',
  'wgec-2016',
  'private-sector'
]
const accessNow = [
  'wgec-2016/access-now',
  'wgec-2016/access-now',
  'Access Now',
  'civil-society',
  '',
  '',
  'wgec-2016',
  'civil-society'
]
const nowhere = [
  'wgec-2016/nowhere',
  'wgec-2016/nowhere',
  'University of Nowhere',
  'academia',
  '',
  'FR',
  'wgec-2016',
  'academia'
]

/** The provenance columns of a cell the coder decided. */
function byCoder(stance: string, score: string): string[] {
  return ['coder', '', stance, score]
}

describe('toCsv', () => {
  it('writes one record per submitter and dimension in the long shape', () => {
    expect(read(toCsv(sampleComparison))).toEqual([
      [
        'contribution',
        'key',
        'name',
        'group',
        'regional_group',
        'country',
        'consultation',
        'by',
        'dimension',
        'stance',
        'score',
        'evidence_count',
        'quote',
        'line',
        'column',
        'scale_mean',
        'scale_low',
        'scale_high',
        'provenance',
        'reviewer',
        'coder_stance',
        'coder_score'
      ],
      [
        ...cuba,
        'mechanism',
        'intergovernmental',
        '-1',
        '3',
        'An intergovernmental mechanism is needed.',
        '12',
        '1',
        '-0.9',
        '-1',
        '-0.8',
        ...byCoder('intergovernmental', '-1')
      ],
      [
        ...cuba,
        'un-role',
        'un-centred',
        '-0.8',
        '2',
        'The United Nations should lead.',
        '20',
        '5',
        '-0.9',
        '-1',
        '-0.8',
        ...byCoder('un-centred', '-0.8')
      ],
      [
        ...smith,
        'mechanism',
        'mixed',
        '0',
        '2',
        awkwardQuote,
        '7',
        '3',
        '0.25',
        '0',
        '0.5',
        ...byCoder('mixed', '0')
      ],
      [
        ...smith,
        'un-role',
        'distributed',
        '0.5',
        '1',
        'No single body should decide.',
        '9',
        '1',
        '0.25',
        '0',
        '0.5',
        ...byCoder('distributed', '0.5')
      ],
      [
        ...accessNow,
        'mechanism',
        'multistakeholder',
        '1',
        '4',
        'Multistakeholder processes work.',
        '3',
        '1',
        '1',
        '1',
        '1',
        ...byCoder('multistakeholder', '1')
      ],
      [
        ...accessNow,
        'un-role',
        'distributed',
        '1',
        '1',
        'Many venues share the work.',
        '5',
        '1',
        '1',
        '1',
        '1',
        ...byCoder('distributed', '1')
      ],
      // An unstated cell has no score (NA in R and pandas), never 0.
      [
        ...nowhere,
        'mechanism',
        'unstated',
        '',
        '0',
        '',
        '',
        '',
        '',
        '',
        '',
        ...byCoder('unstated', '')
      ],
      [
        ...nowhere,
        'un-role',
        'unstated',
        '',
        '0',
        '',
        '',
        '',
        '',
        '',
        '',
        ...byCoder('unstated', '')
      ]
    ])
  })

  it('writes one record per submitter with a stance and a score column per dimension in the wide shape', () => {
    expect(read(toCsv(sampleComparison, {shape: 'wide'}))).toEqual([
      [
        'contribution',
        'key',
        'name',
        'group',
        'regional_group',
        'country',
        'consultation',
        'by',
        'scale_mean',
        'scale_low',
        'scale_high',
        'mechanism',
        'mechanism_score',
        'mechanism_provenance',
        'mechanism_coder_stance',
        'un_role',
        'un_role_score',
        'un_role_provenance',
        'un_role_coder_stance'
      ],
      [
        ...cuba,
        ...['-0.9', '-1', '-0.8'],
        ...['intergovernmental', '-1', 'coder', 'intergovernmental'],
        ...['un-centred', '-0.8', 'coder', 'un-centred']
      ],
      [
        ...smith,
        ...['0.25', '0', '0.5'],
        ...['mixed', '0', 'coder', 'mixed'],
        ...['distributed', '0.5', 'coder', 'distributed']
      ],
      [
        ...accessNow,
        ...['1', '1', '1'],
        ...['multistakeholder', '1', 'coder', 'multistakeholder'],
        ...['distributed', '1', 'coder', 'distributed']
      ],
      [
        ...nowhere,
        ...['', '', ''],
        ...['unstated', '', 'coder', 'unstated'],
        ...['unstated', '', 'coder', 'unstated']
      ]
    ])
  })

  it('quotes fields with commas, quotes and newlines as RFC 4180 does', () => {
    const csv = toCsv(sampleComparison)
    expect(csv).toContain('"Smith, ""Jones"" & Co <b>|x|</b> 50% $5_a~b^c\\d{e}"')
    expect(csv).toContain(
      '"Governments have a role,\nand so do ""all stakeholders"" | *every* one."'
    )
  })

  it('ends every record with a line feed and never writes a carriage return', () => {
    const csv = toCsv(sampleComparison, {shape: 'wide'})
    expect(csv.endsWith('\n')).toBe(true)
    expect(csv).not.toContain('\r')
    expect(csv.split('\n')).toHaveLength(6)
  })

  it('writes numbers with a dot and without thousands separators', () => {
    const comparison = {
      ...sampleComparison,
      rows: sampleComparison.rows.map((row) => ({
        ...row,
        scale: {...row.scale, mean: row.scale.mean === null ? null : -0.123456}
      }))
    }
    const [, first] = read(toCsv(comparison, {shape: 'wide'}))
    expect(first?.[8]).toBe('-0.123456')
  })

  it('writes a number below one millionth in full rather than with an exponent', () => {
    const comparison = {
      ...sampleComparison,
      rows: sampleComparison.rows.map((row) => ({
        ...row,
        scale: {...row.scale, mean: row.scale.mean === null ? null : -1.5e-7}
      }))
    }
    const [, first] = read(toCsv(comparison, {shape: 'wide'}))
    expect(first?.[8]).toBe('-0.00000015')
    expect(Number(first?.[8])).toBe(-1.5e-7)
  })

  it('writes a cell missing for a dimension as empty fields', () => {
    const comparison = {
      ...sampleComparison,
      rows: sampleComparison.rows.map((row) => ({...row, cells: []}))
    }
    const [, first] = read(toCsv(comparison))
    expect(first?.slice(8, 15)).toEqual(['mechanism', '', '', '', '', '', ''])
  })

  it('writes only the header when there are no rows', () => {
    expect(toCsv({...sampleComparison, rows: []}, {shape: 'wide'})).toBe(
      'contribution,key,name,group,regional_group,country,consultation,by,scale_mean,scale_low,scale_high,mechanism,mechanism_score,mechanism_provenance,mechanism_coder_stance,un_role,un_role_score,un_role_provenance,un_role_coder_stance\n'
    )
  })

  it('neutralises a name or a quote that a spreadsheet would run as a formula', () => {
    const comparison = {
      ...sampleComparison,
      rows: sampleComparison.rows.map((row, index) => ({
        ...row,
        name:
          ['=HYPERLINK("http://x.invalid","y")', '+1 Coalition', '@SUM(A1)', '-dash'][index] ??
          row.name,
        cells: row.cells.map((cell) => ({...cell, quote: '\tcmd|/C calc'}))
      }))
    }
    const csv = toCsv(comparison)
    expect(csv).toContain('"\'=HYPERLINK(""http://x.invalid"",""y"")"')
    const [header, ...records] = read(csv)
    const name = header?.indexOf('name') ?? -1
    const quote = header?.indexOf('quote') ?? -1
    expect([...new Set(records.map((record) => record[name]))]).toEqual([
      '\'=HYPERLINK("http://x.invalid","y")',
      "'+1 Coalition",
      "'@SUM(A1)",
      "'-dash"
    ])
    expect(records[0]?.[quote]).toBe("'\tcmd|/C calc")
  })

  it('keeps negative numbers as numbers', () => {
    const [header, first] = read(toCsv(sampleComparison))
    expect(first?.[header?.indexOf('score') ?? -1]).toBe('-1')
    expect(first?.[header?.indexOf('scale_mean') ?? -1]).toBe('-0.9')
  })

  it('does not change the comparison it renders', () => {
    const before = structuredClone(sampleComparison)
    toCsv(sampleComparison)
    toCsv(sampleComparison, {shape: 'wide'})
    expect(sampleComparison).toEqual(before)
  })

  it('throws on an unknown shape', () => {
    const options = {shape: 'tall'} as unknown as ToCsvOptions
    expect(() => toCsv(sampleComparison, options)).toThrow(
      new TypeError("Cannot render `tall` for `options.shape`, expected `'long'`, `'wide'`")
    )
  })
})
