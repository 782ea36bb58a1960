import {parse} from 'csv-parse/browser/esm/sync'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {neutralizeFormula} from '../../src/render/stringify-csv.js'
import {toCsv} from '../../src/render/to-csv.js'
import type {Comparison} from '../../src/schema/comparison.js'
import {sampleComparison} from './sample-comparison.js'

const awkwardText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ',',
        '"',
        '""',
        '\n',
        '\r',
        '\r\n',
        ' ',
        ';',
        '\t',
        '=',
        '+',
        '-',
        '@',
        'é',
        'ß',
        '中文',
        '😀',
        '👩‍👩‍👧',
        '\uFEFF'
      ),
      fc.string({unit: 'binary'})
    ),
    {maxLength: 12}
  )
  .map((parts) => parts.join(''))

function withText(names: readonly string[], quotes: readonly string[]): Comparison {
  return {
    ...sampleComparison,
    rows: sampleComparison.rows.map((row, index) => ({
      ...row,
      name: names[index] ?? row.name,
      cells: row.cells.map((cell) => ({...cell, quote: quotes[index] ?? cell.quote}))
    }))
  }
}

const texts = fc.array(awkwardText, {minLength: 4, maxLength: 4})

describe('toCsv (properties)', () => {
  it('round-trips any names and quotes through csv-parse in the long shape, formulas neutralised', () => {
    fc.assert(
      fc.property(texts, texts, (names, quotes) => {
        const comparison = withText(names, quotes)
        const [header, ...records] = parse(toCsv(comparison)) as string[][]
        const name = header?.indexOf('name') ?? -1
        const quote = header?.indexOf('quote') ?? -1
        expect(records.map((record) => record[name])).toEqual(
          comparison.rows.flatMap((row) => row.cells.map(() => neutralizeFormula(row.name)))
        )
        expect(records.map((record) => record[quote])).toEqual(
          comparison.rows.flatMap((row) =>
            row.cells.map((cell) => neutralizeFormula(cell.quote ?? ''))
          )
        )
      })
    )
  })

  it('round-trips any names through csv-parse in the wide shape, formulas neutralised', () => {
    fc.assert(
      fc.property(texts, (names) => {
        const comparison = withText(names, [])
        const [, ...records] = parse(toCsv(comparison, {shape: 'wide'})) as string[][]
        expect(records.map((record) => record[2])).toEqual(names.map(neutralizeFormula))
      })
    )
  })

  it('never writes a text field that a spreadsheet would read as a formula', () => {
    fc.assert(
      fc.property(texts, texts, (names, quotes) => {
        const [header, ...records] = parse(toCsv(withText(names, quotes))) as string[][]
        const text = ['name', 'quote'].map((column) => header?.indexOf(column) ?? -1)
        for (const record of records) {
          for (const index of text) expect(record[index]).not.toMatch(/^[=+\-@\t\r]/)
        }
      })
    )
  })

  it('writes any score as a plain decimal that reads back as the same number', () => {
    fc.assert(
      fc.property(fc.double({min: -1, max: 1, noNaN: true}), (score) => {
        const comparison = {
          ...sampleComparison,
          rows: sampleComparison.rows.map((row) => ({
            ...row,
            cells: row.cells.map((cell) => ({...cell, score}))
          }))
        }
        const [header, first] = parse(toCsv(comparison)) as string[][]
        const text = first?.[header?.indexOf('score') ?? -1] ?? ''
        expect(text).toMatch(/^-?\d+(?:\.\d+)?$/)
        expect(Number(text) === score).toBe(true)
      })
    )
  })
})
