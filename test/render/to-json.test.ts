import {describe, expect, it} from 'vitest'
import {toJson} from '../../src/render/to-json.js'
import {Comparison} from '../../src/schema/comparison.js'
import {sampleComparison} from './sample-comparison.js'

describe('toJson', () => {
  it('round-trips the comparison through Comparison.parse', () => {
    expect(Comparison.parse(JSON.parse(toJson(sampleComparison)))).toEqual(sampleComparison)
  })

  it('indents with two spaces and ends with a newline', () => {
    expect(toJson(sampleComparison)).toBe(`${JSON.stringify(sampleComparison, null, 2)}\n`)
  })

  it('drops keys the schema does not know', () => {
    const comparison = {...sampleComparison, extra: true} as Comparison
    expect(JSON.parse(toJson(comparison))).not.toHaveProperty('extra')
  })

  it('throws a TypeError naming the path of the first issue', () => {
    const comparison = {
      ...sampleComparison,
      rows: sampleComparison.rows.map((row, index) => (index === 1 ? {...row, name: 42} : row))
    } as unknown as Comparison
    expect(() => toJson(comparison)).toThrow(TypeError)
    expect(() => toJson(comparison)).toThrow(
      /^Cannot render `comparison`, invalid at `rows\[1\]\.name`: /
    )
  })

  it('throws a TypeError naming the root when the comparison is not an object', () => {
    expect(() => toJson(null as unknown as Comparison)).toThrow(
      /^Cannot render `comparison`, invalid at `\(root\)`: /
    )
  })

  it('does not change the comparison it renders', () => {
    const before = structuredClone(sampleComparison)
    toJson(sampleComparison)
    expect(sampleComparison).toEqual(before)
  })
})
