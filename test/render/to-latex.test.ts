import {describe, expect, it} from 'vitest'
import type {ToLatexOptions} from '../../src/render/to-latex.js'
import {latexPreamble, toLatex} from '../../src/render/to-latex.js'
import {sampleComparison} from './sample-comparison.js'

/** The body rows of the tables (lines ending in `\\` that are not header or caption lines). */
function bodyRows(latex: string): string[] {
  const rows: string[] = []
  let inBody = false
  for (const line of latex.split('\n')) {
    if (line === '  \\endlastfoot') inBody = true
    else if (line === '\\end{longtable}') inBody = false
    else if (inBody && line.endsWith(' \\\\')) rows.push(line.trim())
  }
  return rows
}

describe('toLatex', () => {
  it('starts with a comment naming the packages it needs', () => {
    const lines = toLatex(sampleComparison).split('\n')
    expect(lines.slice(0, latexPreamble.length)).toEqual(latexPreamble)
    expect(latexPreamble.join('\n')).toContain('\\usepackage[T1]{fontenc}')
    expect(latexPreamble.join('\n')).toContain('\\usepackage{array,booktabs,longtable}')
  })

  it('writes one longtable as wide as the text, with booktabs rules', () => {
    const latex = toLatex(sampleComparison)
    expect(latex.match(/\\begin\{longtable\}/g)).toHaveLength(1)
    expect(latex).toContain('p{\\dimexpr\\linewidth-6\\tabcolsep-13.1em\\relax}')
    for (const rule of ['\\toprule', '\\midrule', '\\bottomrule']) expect(latex).toContain(rule)
  })

  it('writes one row per submitter, in order, with a cell per column', () => {
    const rows = bodyRows(toLatex(sampleComparison))
    expect(rows).toHaveLength(sampleComparison.rows.length)
    expect(rows[0]).toBe(
      'Cuba\\newline{\\scriptsize government (grulac)} & $-1.00$ & $-0.80$ & $-0.90$\\newline [$-1.00$, $-0.80$] \\\\'
    )
    for (const row of rows) expect(row.split(' & ')).toHaveLength(4)
  })

  it('numbers the dimensions in the header and names them and their poles in the key', () => {
    const latex = toLatex(sampleComparison)
    expect(latex).toContain('    Submitter & 1 & 2 & Scale \\\\')
    expect(latex).toContain(
      '1~Mechanism, intergovernmental to multistakeholder; 2~UN role, un-centred to distributed.'
    )
  })

  it('marks a mixed stance, and writes --- when unstated', () => {
    const rows = bodyRows(toLatex(sampleComparison))
    expect(rows[1]).toContain(' & \\textsuperscript{m}$0.00$ & $0.50$ & ')
    expect(rows[3]).toBe(
      'University of Nowhere\\newline{\\scriptsize academia} & --- & --- & --- \\\\'
    )
  })

  it('escapes the special characters of a name, so that no & splits its cell', () => {
    const row = bodyRows(toLatex(sampleComparison)).find((line) => line.includes('Jones'))
    expect(row?.startsWith('Smith, \\textquotedbl{}Jones\\textquotedbl{} \\& Co ')).toBe(true)
    expect(row).toContain('50\\% \\$5\\_')
    expect(row?.split(' & ')).toHaveLength(4)
  })

  it('lets a long word break after its punctuation', () => {
    const comparison = {
      ...sampleComparison,
      rows: sampleComparison.rows.map((row) => ({...row, name: 'https://example.invalid/a_b'}))
    }
    expect(bodyRows(toLatex(comparison))[0]).toMatch(
      /^https:\\hspace\{0pt\}\/\\hspace\{0pt\}\/\\hspace\{0pt\}example\.\\hspace\{0pt\}invalid\/\\hspace\{0pt\}a\\_\\hspace\{0pt\}b\\newline/
    )
  })

  it('keeps a name over two lines on one row', () => {
    const comparison = {
      ...sampleComparison,
      rows: sampleComparison.rows.map((row) => ({...row, name: `${row.name}\n\nLtd`}))
    }
    expect(bodyRows(toLatex(comparison))[0]?.startsWith('Cuba  Ltd\\newline')).toBe(true)
  })

  it('escapes the caption and uses the label', () => {
    const latex = toLatex(sampleComparison, {caption: 'Stances_2016 & 50%', label: 'tab:wgec-2016'})
    expect(latex).toContain('  \\caption{Stances\\_2016 \\& 50\\%}\\label{tab:wgec-2016} \\\\\n')
  })

  it('escapes the dimension labels in the key', () => {
    const comparison = {
      ...sampleComparison,
      dimensions: sampleComparison.dimensions.map((dimension) => ({
        ...dimension,
        label: `${dimension.label} #1`
      }))
    }
    expect(toLatex(comparison)).toContain('1~Mechanism \\#1, intergovernmental')
  })

  it('writes the mean alone when the scale has no interval', () => {
    const comparison = {
      ...sampleComparison,
      rows: sampleComparison.rows.map((row) => ({
        ...row,
        scale: {...row.scale, low: null, high: null}
      }))
    }
    expect(bodyRows(toLatex(comparison))[0]).toMatch(/ & \$-0\.90\$ \\\\$/)
  })

  it('adds the split table with the mean score of each group and how many state one', () => {
    const latex = toLatex(sampleComparison, {splits: true, label: 'tab:x'})
    expect(latex.match(/\\begin\{longtable\}/g)).toHaveLength(2)
    expect(latex).toContain('\\caption{Mean score on each dimension, by group}\\label{tab:x-by}')
    const rows = bodyRows(latex).slice(sampleComparison.rows.length)
    expect(rows).toEqual([
      'government & $1$ & $-1.00$\\newline{\\scriptsize (1)} & $-0.80$\\newline{\\scriptsize (1)} \\\\',
      'private-\\hspace{0pt}sector & $1$ & $0.00$\\newline{\\scriptsize (1)} & $0.50$\\newline{\\scriptsize (1)} \\\\',
      'civil-\\hspace{0pt}society & $1$ & $1.00$\\newline{\\scriptsize (1)} & $1.00$\\newline{\\scriptsize (1)} \\\\',
      'academia & $1$ & --- & --- \\\\',
      'all & $4$ & $0.00$\\newline{\\scriptsize (3)} & $0.23$\\newline{\\scriptsize (3)} \\\\'
    ])
  })

  it('does not change the comparison it renders', () => {
    const before = structuredClone(sampleComparison)
    toLatex(sampleComparison, {splits: true})
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

  it('throws on splits that is not a boolean', () => {
    const options = {splits: 'yes'} as unknown as ToLatexOptions
    expect(() => toLatex(sampleComparison, options)).toThrow(
      new TypeError('Cannot render `yes` for `options.splits`, expected `true`, `false`')
    )
  })
})
