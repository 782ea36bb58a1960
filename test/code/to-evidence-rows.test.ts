import {execFileSync} from 'node:child_process'
import {parse} from 'csv-parse/browser/esm/sync'
import {describe, expect, it} from 'vitest'
import {toEvidenceRows} from '../../src/code/validation/to-evidence-rows.js'
import {compareContributions} from '../../src/compare/compare-contributions.js'
import {toCsv} from '../../src/render/to-csv.js'
import {toEvidenceCsv} from '../../src/render/to-evidence-csv.js'
import {EvidenceRow} from '../../src/schema/evidence-row.js'
import {codedFixtures} from '../compare/coded-fixtures.js'

const rows = toEvidenceRows(codedFixtures)
const csv = toEvidenceCsv(rows)
const records = parse(csv, {columns: true}) as Array<Record<string, string>>

function python(): boolean {
  try {
    execFileSync('python3', ['-c', 'import csv'], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
}

describe('toEvidenceRows', () => {
  it('gives one valid record per evidence item', () => {
    const items = codedFixtures.flatMap((entry) =>
      entry.positions.flatMap((position) => position.evidence)
    )
    expect(rows).toHaveLength(items.length)
    expect(rows.length).toBeGreaterThan(50)
    for (const row of rows) expect(EvidenceRow.safeParse(row).error).toBeUndefined()
  })

  it('places each quote at its offsets in the source', async () => {
    const {readFileSync} = await import('node:fs')
    for (const row of rows.filter((entry) => entry.file?.endsWith('wgec-2016-norway.md'))) {
      const text = readFileSync(row.file ?? '', 'utf8')
      const slice = text.slice(row.startOffset, row.endOffset)
      expect(slice.replace(/\s+/g, ' ')).toContain(row.quote.slice(0, 20))
    }
  })

  it('gives the cell’s stance and score, and no score where unstated', () => {
    const unstated = rows.filter((row) => row.stance === 'unstated')
    expect(unstated.length).toBeGreaterThan(0)
    for (const row of unstated) expect(row.score).toBeNull()
  })

  it('throws when not given an array', () => {
    expect(() => toEvidenceRows({} as never)).toThrow(TypeError)
  })
})

describe('toEvidenceCsv', () => {
  it('writes snake_case columns and as many records as the JSON has', () => {
    expect(csv.split('\n')[0]).toBe(
      'contribution,file,dimension,stance,score,pole,weight,quote,line,column,start_offset,end_offset,question_id,indicator,negated,hedged,attributed'
    )
    expect(records).toHaveLength(JSON.parse(JSON.stringify(rows)).length)
    expect(records[0]?.quote).toBe(rows[0]?.quote)
    expect(Number(records[0]?.start_offset)).toBe(rows[0]?.startOffset)
  })

  it('writes an empty score for an unstated cell, and flags as true or false', () => {
    const unstated = records.filter((record) => record.stance === 'unstated')
    expect(unstated.length).toBeGreaterThan(0)
    for (const record of unstated) expect(record.score).toBe('')
    expect(new Set(records.map((record) => record.negated))).toEqual(new Set(['true', 'false']))
  })

  it('neutralises a quote that a spreadsheet would run as a formula, and keeps numbers', () => {
    const [first] = rows
    if (!first) throw new Error('No evidence row')
    const text = toEvidenceCsv([{...first, quote: '=HYPERLINK("http://x.invalid")', score: -1}])
    const [record] = parse(text, {columns: true}) as Array<Record<string, string>>
    expect(record?.quote).toBe('\'=HYPERLINK("http://x.invalid")')
    expect(record?.score).toBe('-1')
  })

  it.skipIf(!python())('reads in Python’s csv module with empty scores where unstated', () => {
    const script = [
      'import csv, io, json, sys',
      'rows = list(csv.DictReader(io.StringIO(sys.stdin.read())))',
      'print(json.dumps([len(rows), sorted(set(r["score"] for r in rows if r["stance"] == "unstated")), rows[0]["quote"]]))'
    ].join('\n')
    const output = execFileSync('python3', ['-c', script], {input: csv, encoding: 'utf8'})
    expect(JSON.parse(output)).toEqual([rows.length, [''], rows[0]?.quote])
  })
})

describe('cell-level CSV', () => {
  const comparison = compareContributions(codedFixtures, {samples: 0})

  it('writes no score where the stance is unstated, in the long and the wide shape', () => {
    const long = parse(toCsv(comparison), {columns: true}) as Array<Record<string, string>>
    const unstated = long.filter((record) => record.stance === 'unstated')
    expect(unstated.length).toBeGreaterThan(0)
    for (const record of unstated) expect(record.score).toBe('')
    const wide = parse(toCsv(comparison, {shape: 'wide'}), {columns: true}) as Array<
      Record<string, string>
    >
    const norway = wide.find((record) => record.contribution === 'wgec-2016/norway')
    expect([norway?.un_role, norway?.un_role_score]).toEqual(['unstated', ''])
    expect(Object.keys(norway ?? {}).every((name) => /^[a-z0-9_]+$/.test(name))).toBe(true)
  })

  it('writes null in JSON where the stance is unstated', () => {
    const cells = comparison.rows.flatMap((row) => row.cells)
    for (const cell of cells) expect(cell.score === null).toBe(cell.stance === 'unstated')
  })

  it.skipIf(!python())('reads wide CSV in Python with empty unstated scores', () => {
    const script = [
      'import csv, io, sys',
      'rows = list(csv.DictReader(io.StringIO(sys.stdin.read())))',
      'row = [r for r in rows if r["contribution"] == "wgec-2016/norway"][0]',
      'print(repr(row["un_role_score"]), row["un_role"])'
    ].join('\n')
    const output = execFileSync('python3', ['-c', script], {
      input: toCsv(comparison, {shape: 'wide'}),
      encoding: 'utf8'
    })
    expect(output.trim()).toBe("'' unstated")
  })
})
