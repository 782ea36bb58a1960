import {describe, expect, it} from 'vitest'
import type {ToLatexOptions} from '../../src/render/to-latex.js'
import {toLatex} from '../../src/render/to-latex.js'
import {sampleComparison} from './sample-comparison.js'

const expected = [
  '\\begin{table}',
  '  \\centering',
  '  \\caption{Stance on each dimension and place on the scale from state-centric (-1) to multistakeholder (+1), with its 95\\% bootstrap interval}',
  '  \\label{tab:comparison}',
  '  \\begin{tabular}{llllr}',
  '    \\toprule',
  '    Submitter & Group & Mechanism & UN role & Scale \\\\',
  '    \\midrule',
  '    Cuba & government (grulac) & intergovernmental & un-centred & $-0.90$ [$-1.00$, $-0.80$] \\\\',
  '    Smith, \\textquotedbl{}Jones\\textquotedbl{} \\& Co \\textless{}b\\textgreater{}\\textbar{}x\\textbar{}\\textless{}/b\\textgreater{} 50\\% \\$5\\_a\\textasciitilde{}b\\textasciicircum{}c\\textbackslash{}d\\{e\\} & private-sector & mixed & distributed & $0.25$ [$0.00$, $0.50$] \\\\',
  '    Access Now & civil-society & multistakeholder & distributed & $1.00$ [$1.00$, $1.00$] \\\\',
  '    University of Nowhere & academia & --- & --- & --- \\\\',
  '    \\bottomrule',
  '  \\end{tabular}',
  '\\end{table}',
  ''
].join('\n')

describe('toLatex', () => {
  it('renders the sample comparison as the expected table', () => {
    expect(toLatex(sampleComparison)).toBe(expected)
  })

  it('wraps one header row and one row per submitter in toprule, midrule and bottomrule', () => {
    const lines = toLatex(sampleComparison).split('\n')
    const top = lines.indexOf('    \\toprule')
    const middle = lines.indexOf('    \\midrule')
    const bottom = lines.indexOf('    \\bottomrule')
    expect(lines[0]).toBe('\\begin{table}')
    expect(lines.at(-2)).toBe('\\end{table}')
    expect(top).toBeGreaterThan(lines.indexOf('  \\begin{tabular}{llllr}'))
    expect(middle - top).toBe(2)
    expect(bottom - middle).toBe(sampleComparison.rows.length + 1)
    expect(lines.indexOf('  \\end{tabular}')).toBe(bottom + 1)
  })

  it('gives every row as many cells as the column specification has columns', () => {
    const rows = toLatex(sampleComparison)
      .split('\n')
      .filter((line) => line.endsWith(' \\\\'))
    expect(rows).toHaveLength(sampleComparison.rows.length + 1)
    for (const row of rows) expect(row.split(' & ')).toHaveLength(5)
  })

  it('escapes the special characters of a name, so that no & splits its cell', () => {
    const row = toLatex(sampleComparison)
      .split('\n')
      .find((line) => line.includes('Jones'))
    expect(row?.startsWith('    Smith, \\textquotedbl{}Jones\\textquotedbl{} \\& Co ')).toBe(true)
    expect(row?.split(' & ')).toHaveLength(5)
  })

  it('keeps a name over two lines on one row', () => {
    const comparison = {
      ...sampleComparison,
      rows: sampleComparison.rows.map((row) => ({...row, name: `${row.name}\n\nLtd`}))
    }
    expect(toLatex(comparison)).toContain('    Cuba  Ltd & government (grulac)')
  })

  it('escapes the caption and uses the label', () => {
    const latex = toLatex(sampleComparison, {caption: 'Stances_2016 & 50%', label: 'tab:wgec-2016'})
    expect(latex).toContain('  \\caption{Stances\\_2016 \\& 50\\%}\n  \\label{tab:wgec-2016}\n')
  })

  it('escapes the dimension labels in the header', () => {
    const comparison = {
      ...sampleComparison,
      dimensions: sampleComparison.dimensions.map((dimension) => ({
        ...dimension,
        label: `${dimension.label} #1`
      }))
    }
    expect(toLatex(comparison)).toContain(
      '    Submitter & Group & Mechanism \\#1 & UN role \\#1 & Scale \\\\'
    )
  })

  it('writes the mean alone when the scale has no interval', () => {
    const comparison = {
      ...sampleComparison,
      rows: sampleComparison.rows.map((row) => ({
        ...row,
        scale: {...row.scale, low: null, high: null}
      }))
    }
    expect(toLatex(comparison)).toContain('& un-centred & $-0.90$ \\\\')
  })

  it('does not change the comparison it renders', () => {
    const before = structuredClone(sampleComparison)
    toLatex(sampleComparison)
    expect(sampleComparison).toEqual(before)
  })

  it('throws on a label that LaTeX cannot use as a key', () => {
    expect(() => toLatex(sampleComparison, {label: 'tab:a b%'})).toThrow(
      new TypeError(
        'Cannot render `tab:a b%` for `options.label`, expected letters, digits, `:`, `.`, `_`, `-`, `/`'
      )
    )
  })

  it('throws on a caption that is not a string', () => {
    const options = {caption: 1} as unknown as ToLatexOptions
    expect(() => toLatex(sampleComparison, options)).toThrow(
      new TypeError('Cannot render `1` for `options.caption`, expected a string')
    )
  })
})
