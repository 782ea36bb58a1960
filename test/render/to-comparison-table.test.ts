import {describe, expect, it} from 'vitest'
import {stringifyCsv} from '../../src/render/stringify-csv.js'
import {toComparisonTable} from '../../src/render/to-comparison-table.js'
import {toCsv} from '../../src/render/to-csv.js'
import type {Comparison} from '../../src/schema/comparison.js'
import {sampleComparison} from './sample-comparison.js'

describe('toComparisonTable', () => {
  it('is what CSV writes, in both shapes', () => {
    for (const shape of ['long', 'wide'] as const) {
      const {columns, rows} = toComparisonTable(sampleComparison, {shape})
      expect(stringifyCsv(columns, rows)).toBe(toCsv(sampleComparison, {shape}))
    }
  })

  it('types its cells: numbers as numbers, what is missing as null', () => {
    const {columns, rows} = toComparisonTable(sampleComparison)
    const record = (index: number) =>
      Object.fromEntries(columns.map((column, at) => [column, rows[index]?.[at]]))
    expect(record(0)).toMatchObject({
      contribution: 'wgec-2016/cuba',
      dimension: 'mechanism',
      stance: 'intergovernmental',
      score: -1,
      evidence_count: 3,
      line: 12,
      column: 1,
      scale_mean: -0.9,
      provenance: 'coder',
      reviewer: null,
      coder_score: -1
    })
    // The academic states nothing: no score (not 0), no quote, no place on the scale.
    expect(record(6)).toMatchObject({
      contribution: 'wgec-2016/nowhere',
      stance: 'unstated',
      score: null,
      quote: null,
      line: null,
      scale_mean: null,
      coder_score: null
    })
    expect(
      rows.flat().every((cell) => cell === null || ['string', 'number'].includes(typeof cell))
    ).toBe(true)
  })

  it('has a record per submitter and four columns per dimension in the wide shape', () => {
    const {columns, rows} = toComparisonTable(sampleComparison, {shape: 'wide'})
    expect(columns.slice(-8)).toEqual([
      'mechanism',
      'mechanism_score',
      'mechanism_provenance',
      'mechanism_coder_stance',
      'un_role',
      'un_role_score',
      'un_role_provenance',
      'un_role_coder_stance'
    ])
    expect(rows).toHaveLength(sampleComparison.rows.length)
    expect(rows.every((row) => row.length === columns.length)).toBe(true)
  })

  it('leaves every field of a dimension a row has no cell for null', () => {
    const [first] = sampleComparison.rows
    const comparison: Comparison = {
      ...sampleComparison,
      rows: first ? [{...first, cells: first.cells.slice(0, 1)}] : []
    }
    const {rows} = toComparisonTable(comparison)
    expect(rows[1]?.slice(8)).toEqual([
      'un-role',
      null,
      null,
      null,
      null,
      null,
      null,
      -0.9,
      -1,
      -0.8,
      null,
      null,
      null,
      null
    ])
  })

  it('throws on an unknown shape', () => {
    expect(() => toComparisonTable(sampleComparison, {shape: 'tall' as 'long'})).toThrow(
      new TypeError("Cannot render `tall` for `options.shape`, expected `'long'`, `'wide'`")
    )
  })
})
