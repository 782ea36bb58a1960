import type {Root, Table} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {toString as nodeToString} from 'mdast-util-to-string'
import {gfmTable} from 'micromark-extension-gfm-table'
import {describe, expect, it} from 'vitest'
import type {ToMarkdownOptions} from '../../src/render/to-markdown.js'
import {toMarkdown} from '../../src/render/to-markdown.js'
import type {Comparison} from '../../src/schema/comparison.js'
import {awkwardQuote, sampleComparison} from './sample-comparison.js'

function parse(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()]
  })
}

function tablesOf(tree: Root): Table[] {
  return tree.children.filter((node): node is Table => node.type === 'table')
}

function cellTexts(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => nodeToString(cell)))
}

function withName(comparison: Comparison, index: number, name: string): Comparison {
  return {
    ...comparison,
    rows: comparison.rows.map((row, position) => (position === index ? {...row, name} : row))
  }
}

const expected = [
  '# Comparison',
  '',
  '4 submitters, coded with enhanced-cooperation 1.0.0, from the most state-centric to the most multistakeholder.',
  '',
  '| Submitter                                             | Group               | Mechanism                 | UN role            |                 Scale |',
  '| :---------------------------------------------------- | :------------------ | :------------------------ | :----------------- | --------------------: |',
  '| Cuba                                                  | government (grulac) | intergovernmental (-1.00) | un-centred (-0.80) | -0.90 \\[-1.00, -0.80] |',
  '| Smith, "Jones" & Co \\<b>\\|x\\|\\</b> 50% $5_a\\~b^c\\d{e} | private-sector      | mixed (0.00)              | distributed (0.50) |    0.25 \\[0.00, 0.50] |',
  '| Access Now                                            | civil-society       | multistakeholder (1.00)   | distributed (1.00) |    1.00 \\[1.00, 1.00] |',
  '| University of Nowhere                                 | academia            | —                         | —                  |                     — |',
  '',
  '## Quotes',
  '',
  '- Cuba, Mechanism (line 12, column 1): “An intergovernmental mechanism is needed.”',
  '- Cuba, UN role (line 20, column 5): “The United Nations should lead.”',
  '- Smith, "Jones" & Co \\<b>|x|\\</b> 50% $5_a\\~b^c\\d{e}, Mechanism (line 7, column 3): “Governments have a role,',
  '  and so do "all stakeholders" | \\*every\\* one.”',
  '- Smith, "Jones" & Co \\<b>|x|\\</b> 50% $5_a\\~b^c\\d{e}, UN role (line 9, column 1): “No single body should decide.”',
  '- Access Now, Mechanism (line 3, column 1): “Multistakeholder processes work.”',
  '- Access Now, UN role (line 5, column 1): “Many venues share the work.”',
  '',
  '## Splits by group',
  '',
  '### Mechanism',
  '',
  '| Group          | intergovernmental | mixed | multistakeholder | unstated | Divergence |',
  '| :------------- | ----------------: | ----: | ---------------: | -------: | ---------: |',
  '| government     |                 1 |     0 |                0 |        0 |       0.00 |',
  '| private-sector |                 0 |     1 |                0 |        0 |       0.00 |',
  '| civil-society  |                 0 |     0 |                1 |        0 |       0.00 |',
  '| academia       |                 0 |     0 |                0 |        1 |          — |',
  '| all            |                 1 |     1 |                1 |        1 |       1.00 |',
  '',
  '### UN role',
  '',
  '| Group          | un-centred | mixed | distributed | unstated | Divergence |',
  '| :------------- | ---------: | ----: | ----------: | -------: | ---------: |',
  '| government     |          1 |     0 |           0 |        0 |       0.00 |',
  '| private-sector |          0 |     0 |           1 |        0 |       0.00 |',
  '| civil-society  |          0 |     0 |           1 |        0 |       0.00 |',
  '| academia       |          0 |     0 |           0 |        1 |          — |',
  '| all            |          1 |     0 |           2 |        1 |       0.58 |',
  '',
  '## Blocs',
  '',
  '- bloc-1: Cuba',
  '- bloc-2 (mean agreement 0.50): Smith, "Jones" & Co \\<b>|x|\\</b> 50% $5_a\\~b^c\\d{e}; Access Now',
  '',
  '## Citations',
  '',
  '- state-centric (1 submitter): tunis-agenda ¶69 (1), ¶71 (1)',
  '- middle (1 submitter): tunis-agenda ¶35(a) (1)',
  '- multistakeholder (1 submitter): none',
  ''
].join('\n')

describe('toMarkdown', () => {
  it('renders the sample comparison as the expected document', () => {
    expect(toMarkdown(sampleComparison)).toBe(expected)
  })

  it('parses back into a matrix table and one split table per dimension', () => {
    const tables = tablesOf(parse(toMarkdown(sampleComparison)))
    expect(tables).toHaveLength(3)
    expect(tables.map((table) => table.children.length)).toEqual([5, 6, 6])
    expect(tables.map((table) => table.children.map((row) => row.children.length))).toEqual([
      [5, 5, 5, 5, 5],
      [6, 6, 6, 6, 6, 6],
      [6, 6, 6, 6, 6, 6]
    ])
  })

  it('reads back the matrix cells as the text they were built from', () => {
    const [matrix] = tablesOf(parse(toMarkdown(sampleComparison)))
    expect(matrix && cellTexts(matrix)).toEqual([
      ['Submitter', 'Group', 'Mechanism', 'UN role', 'Scale'],
      [
        'Cuba',
        'government (grulac)',
        'intergovernmental (-1.00)',
        'un-centred (-0.80)',
        '-0.90 [-1.00, -0.80]'
      ],
      [
        sampleComparison.rows[1]?.name,
        'private-sector',
        'mixed (0.00)',
        'distributed (0.50)',
        '0.25 [0.00, 0.50]'
      ],
      [
        'Access Now',
        'civil-society',
        'multistakeholder (1.00)',
        'distributed (1.00)',
        '1.00 [1.00, 1.00]'
      ],
      ['University of Nowhere', 'academia', '—', '—', '—']
    ])
  })

  it('escapes a pipe, asterisks and a newline in a name so that the table keeps its cells', () => {
    const name = 'A | B *C*\nD'
    const markdown = toMarkdown(withName(sampleComparison, 0, name))
    const [matrix] = tablesOf(parse(markdown))
    expect(markdown).toContain('| A \\| B \\*C\\*&#xA;D ')
    expect(matrix?.children.map((row) => row.children.length)).toEqual([5, 5, 5, 5, 5])
    expect(matrix && nodeToString(matrix.children[1]?.children[0])).toBe(name)
  })

  it('reads back a quote over two lines with Markdown syntax as the same text', () => {
    const tree = parse(toMarkdown(sampleComparison))
    const quotes = tree.children.find((node, index) => {
      const previous = tree.children[index - 1]
      return node.type === 'list' && previous !== undefined && nodeToString(previous) === 'Quotes'
    })
    const items = quotes?.type === 'list' ? quotes.children.map((item) => nodeToString(item)) : []
    expect(items[2]).toBe(
      `${sampleComparison.rows[1]?.name}, Mechanism (line 7, column 3): “${awkwardQuote}”`
    )
  })

  it('reads back a title with Markdown syntax as the heading text', () => {
    const title = 'WGEC | 2016 *draft*\n# not a heading'
    const [heading] = parse(toMarkdown(sampleComparison, {title})).children
    expect(heading?.type).toBe('heading')
    expect(nodeToString(heading)).toBe(title)
  })

  it('escapes a tilde so that GFM does not read strikethrough', () => {
    const markdown = toMarkdown(withName(sampleComparison, 0, '~gone~'))
    expect(markdown).toContain('| \\~gone\\~ ')
  })

  it('uses the title option as the top-level heading', () => {
    expect(toMarkdown(sampleComparison, {title: 'WGEC 2016'}).split('\n')[0]).toBe('# WGEC 2016')
  })

  it('leaves out the split tables when splits is false', () => {
    const markdown = toMarkdown(sampleComparison, {splits: false})
    expect(markdown).not.toContain('## Splits')
    expect(tablesOf(parse(markdown))).toHaveLength(1)
  })

  it('writes None. for empty blocs and citations', () => {
    const markdown = toMarkdown({...sampleComparison, blocs: [], citations: []})
    expect(markdown.endsWith('## Blocs\n\nNone.\n\n## Citations\n\nNone.\n')).toBe(true)
  })

  it('writes a stance missing from a row as unstated', () => {
    const comparison = {
      ...sampleComparison,
      rows: sampleComparison.rows.map((row) => ({...row, cells: row.cells.slice(0, 1)}))
    }
    const [matrix] = tablesOf(parse(toMarkdown(comparison)))
    expect(matrix && cellTexts(matrix).map((cells) => cells[3])).toEqual([
      'UN role',
      '—',
      '—',
      '—',
      '—'
    ])
  })

  it('writes the mean alone when the scale has no interval', () => {
    const comparison = {
      ...sampleComparison,
      rows: sampleComparison.rows.map((row) => ({
        ...row,
        scale: {...row.scale, low: null, high: null}
      }))
    }
    const [matrix] = tablesOf(parse(toMarkdown(comparison)))
    expect(matrix && cellTexts(matrix).map((cells) => cells[4])).toEqual([
      'Scale',
      '-0.90',
      '0.25',
      '1.00',
      '—'
    ])
  })

  it('does not change the comparison it renders', () => {
    const before = structuredClone(sampleComparison)
    toMarkdown(sampleComparison)
    expect(sampleComparison).toEqual(before)
  })

  it('throws on a title that is not a string', () => {
    const options = {title: 1} as unknown as ToMarkdownOptions
    expect(() => toMarkdown(sampleComparison, options)).toThrow(
      new TypeError('Cannot render `1` for `options.title`, expected a string')
    )
  })

  it('throws on a splits option that is not a boolean', () => {
    const options = {splits: 'no'} as unknown as ToMarkdownOptions
    expect(() => toMarkdown(sampleComparison, options)).toThrow(
      new TypeError('Cannot render `no` for `options.splits`, expected `true`, `false`')
    )
  })
})
