import type {Element, Nodes, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toText} from 'hast-util-to-text'
import {describe, expect, it} from 'vitest'
import {toHtml} from '../../src/render/to-html.js'
import {Comparison} from '../../src/schema/comparison.js'
import {dangerousName, dangerousQuote, htmlSample, secondQuote, thirdQuote} from './html-sample.js'

const sample = htmlSample()
const html = toHtml(sample, {title: 'WGEC 2016 <draft>'})
const errors: string[] = []
const tree = fromHtml(html, {
  onerror(error) {
    errors.push(error.reason)
  }
})
const all = elements(tree)
const cells = sample.rows.length * sample.dimensions.length

function* walk(node: Nodes): Generator<Nodes> {
  yield node
  if ('children' in node) for (const child of node.children) yield* walk(child)
}

function elements(root: Root | Element): Element[] {
  return [...walk(root)].filter((node): node is Element => node.type === 'element')
}

function hasClass(element: Element, name: string): boolean {
  const value = element.properties.className
  return Array.isArray(value) && value.includes(name)
}

function select(tag: string, name?: string, root: Root | Element = tree): Element[] {
  return elements(root).filter(
    (element) => element.tagName === tag && (name === undefined || hasClass(element, name))
  )
}

function byId(id: string): Element | undefined {
  return all.find((element) => element.properties.id === id)
}

describe('toHtml', () => {
  it('renders a valid sample', () => {
    expect(Comparison.safeParse(sample).success).toBe(true)
  })

  it('renders a page that parses without errors', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(errors).toEqual([])
    expect(select('html')).toHaveLength(1)
  })

  it('uses the title for the page and the heading, as text', () => {
    const [title] = select('title')
    const [heading] = select('h1')
    expect(title && toText(title)).toBe('WGEC 2016 <draft>')
    expect(heading && toText(heading)).toBe('WGEC 2016 <draft>')
  })

  it('defaults the title to “Comparison”', () => {
    const [title] = select('title', undefined, fromHtml(toHtml(sample)))
    expect(title && toText(title)).toBe('Comparison')
  })

  it('puts all CSS in one style element', () => {
    const styles = select('style')
    expect(styles).toHaveLength(1)
    expect(toText(styles[0] as Element)).toContain('--tone-m3')
    expect(all.filter((element) => element.properties.style !== undefined)).toEqual([])
  })

  it('draws one heatmap row per submitter, in the order of the rows', () => {
    const groups = select('g', 'heatmap-row')
    expect(groups.map((group) => group.properties.dataKey)).toEqual(
      sample.rows.map((row) => row.key)
    )
  })

  it('draws one linked cell with a tooltip per submitter and dimension', () => {
    const links = select('a', 'cell')
    expect(links).toHaveLength(cells)
    for (const link of links) {
      expect(String(link.properties.href)).toMatch(/^#q-/)
      const title = link.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'title'
      )
      expect(title && toText(title)).toMatch(/: [a-z-]+/)
    }
    const first = links[0]
    expect(first && toText(first)).toContain('-1.00')
    const [title] = select('title', undefined, first)
    expect(title && toText(title)).toBe(
      'Cuba · Mechanism: intergovernmental, score -1.00 (3 quotes)'
    )
  })

  it('fills cells by tone: hatched for mixed, grey for unstated', () => {
    const tones = select('g', 'heatmap-row').map((group) =>
      select('rect', undefined, group)
        .filter((rect) => !hasClass(rect, 'stripe'))
        .map((rect) => String((rect.properties.className as string[])[0]))
    )
    expect(tones).toEqual([
      ['tone-m3', 'tone-m2', 'tone-m3'],
      ['tone-mixed', 'tone-unstated', 'tone-p1'],
      ['tone-p3', 'tone-p2', 'tone-p3'],
      ['tone-unstated', 'tone-unstated', 'tone-unstated']
    ])
    expect(byId('pattern-mixed')?.tagName).toBe('pattern')
  })

  it('shows the matrix as a table with one row per submitter', () => {
    const [table] = select('table', 'matrix')
    expect(table).toBeDefined()
    const body = select('tbody', undefined, table)
    const rows = select('tr', undefined, body[0])
    expect(rows).toHaveLength(sample.rows.length)
    expect(rows.map((row) => toText(select('th', undefined, row)[0] as Element))).toEqual(
      sample.rows.map((row) => row.name)
    )
    expect(
      select('th', undefined, table).filter((th) => th.properties.scope === 'col')
    ).toHaveLength(sample.dimensions.length + 3)
  })

  it('has one evidence element per cell, with unique, sanitised ids', () => {
    const evidence = all.filter((element) => String(element.properties.id ?? '').startsWith('q-'))
    expect(evidence).toHaveLength(cells)
    const ids = evidence.map((element) => String(element.properties.id))
    expect(new Set(ids).size).toBe(cells)
    for (const id of ids) expect(id).toMatch(/^q-[a-z0-9-]+$/)
    expect(ids.slice(3, 9)).toEqual([
      'q-wgec-2016-a-b-2-mechanism',
      'q-wgec-2016-a-b-2-un-role',
      'q-wgec-2016-a-b-2-igf-relation',
      'q-wgec-2016-a-b-3-mechanism',
      'q-wgec-2016-a-b-3-un-role',
      'q-wgec-2016-a-b-3-igf-relation'
    ])
  })

  it('gives every id once', () => {
    const ids = all.map((element) => element.properties.id).filter((id) => id !== undefined)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('links every fragment to an existing id', () => {
    const ids = new Set(all.map((element) => element.properties.id))
    const fragments = all
      .map((element) => element.properties.href)
      .filter((href): href is string => typeof href === 'string')
    expect(fragments.length).toBeGreaterThan(cells * 2)
    for (const href of fragments) {
      expect(href.startsWith('#')).toBe(true)
      expect(ids.has(href.slice(1)), href).toBe(true)
    }
  })

  it('shows the quote, question and line:column of a cell, or “no evidence”', () => {
    const quoted = byId('q-wgec-2016-cuba-1-igf-relation')
    expect(quoted && toText(quoted)).toContain(dangerousQuote)
    expect(quoted && toText(quoted)).toContain('q3')
    expect(quoted && toText(quoted)).toContain('12:5')
    const empty = byId('q-wgec-2016-a-b-2-un-role')
    expect(empty && toText(empty)).toContain('no evidence')
    const noPlace = byId('q-wgec-2016-a-b-3-igf-relation')
    expect(noPlace && toText(noPlace)).toContain('at —')
  })

  it('has no scripts, no event handlers and no external resources', () => {
    expect(select('script')).toEqual([])
    expect(select('img')).toEqual([])
    expect(html).not.toMatch(/<script|<img/i)
    for (const element of all) {
      for (const [name, value] of Object.entries(element.properties)) {
        expect(name, `${element.tagName} ${name}`).not.toMatch(/^on/i)
        if (/^(?:src|href|xLinkHref|action|formAction|poster|data)$/.test(name)) {
          expect(String(value)).not.toMatch(/^(?:[a-z]+:|\/\/)/i)
        }
      }
    }
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i)
    expect(html).not.toMatch(/@import|url\((?!#)/)
  })

  it('shows a name that is markup as text', () => {
    const texts = [...walk(tree)].filter(
      (node) => node.type === 'text' && node.value === dangerousName
    )
    expect(texts.length).toBeGreaterThanOrEqual(3)
  })

  it('places submitters with a mean on the dot plot and lists the others apart', () => {
    const marks = select('g', 'scale-row')
    expect(marks.map((mark) => mark.properties.dataKey)).toEqual(
      sample.rows.slice(0, 3).map((row) => row.key)
    )
    expect(select('line', 'interval')).toHaveLength(3)
    const [apart] = select('div', 'apart')
    expect(apart && toText(apart)).toContain('Association for Progressive Communications')
  })

  it('shows the splits, the blocs and the citations', () => {
    expect(select('table', 'split')).toHaveLength(2)
    const [blocs] = select('ol', 'blocs')
    expect(
      blocs && select('li', undefined, blocs).filter((li) => li.children.length > 1)
    ).toHaveLength(3)
    expect(blocs && toText(blocs)).toContain('not-a-row')
    const [citations] = select('table', 'citations')
    expect(citations && toText(citations)).toContain('¶71 ×1')
  })

  it('throws on a title that is not a string', () => {
    expect(() => toHtml(sample, {title: 1 as unknown as string})).toThrow(
      'Cannot render `1` for `options.title`, expected a string'
    )
  })

  it('does not mutate the comparison and gives the same page twice', () => {
    const input = htmlSample()
    const copy = structuredClone(input)
    const first = toHtml(input)
    expect(input).toEqual(copy)
    expect(toHtml(input)).toBe(first)
  })
})

describe('toHtml evidence and layout', () => {
  it('folds every other quote of a cell under its strongest one', () => {
    const card = byId('q-wgec-2016-cuba-1-mechanism')
    const [details] = select('details', undefined, card)
    expect(details && toText(select('summary', undefined, details)[0] as Element)).toBe(
      '2 more quotes'
    )
    const folded = details
      ? select('blockquote', undefined, details).map((quote) => toText(quote))
      : []
    expect(folded).toEqual([secondQuote, thirdQuote])
    expect(details && toText(details)).toContain('20:1')
    expect(details && toText(details)).toContain('31:3')
  })

  it('names the submitter in each evidence card', () => {
    const card = byId('q-wgec-2016-a-b-3-un-role')
    const [who] = select('span', 'who', card)
    expect(who && toText(who)).toBe('Internet Society · ')
  })

  it('gives quotes the language of their contribution', () => {
    const card = byId('q-wgec-2016-a-b-2-mechanism')
    expect(select('blockquote', undefined, card).map((quote) => quote.properties.lang)).toEqual([
      'fr'
    ])
  })

  it('writes the score of a mixed cell in the heatmap', () => {
    const [mixed] = select('a', 'on-pattern')
    expect(mixed && toText(select('text', 'value', mixed)[0] as Element)).toBe('mixed 0.00')
  })

  it('draws the charts with a viewBox, so that they shrink to their container', () => {
    const charts = select('svg', 'chart')
    expect(charts).toHaveLength(2)
    for (const chart of charts) {
      expect(String(chart.properties.viewBox)).toBe(
        `0 0 ${chart.properties.width} ${chart.properties.height}`
      )
    }
    expect(toText(select('style')[0] as Element)).toMatch(/svg\.chart \{[^}]*max-width: 100%/)
  })

  it('has a card per submitter, with a chip per dimension linked to its evidence', () => {
    const cards = select('ol', 'cards')[0]
    const items = cards
      ? cards.children.filter((child): child is Element => child.type === 'element')
      : []
    expect(items.map((item) => item.properties.dataKey)).toEqual(sample.rows.map((row) => row.key))
    const chips = select('a', undefined, select('ol', 'chips')[0])
    expect(chips.map((chip) => chip.properties.href)).toEqual([
      '#q-wgec-2016-cuba-1-mechanism',
      '#q-wgec-2016-cuba-1-un-role',
      '#q-wgec-2016-cuba-1-igf-relation'
    ])
  })

  it('formats scores and groups as the Markdown table does', () => {
    const [table] = select('table', 'matrix')
    const text = table ? toText(table) : ''
    expect(text).toContain('-0.89 [-1.00, -0.67]')
    expect(text).toContain('intergovernmental (-1.00)')
    expect(text).toContain('mixed (0.00)')
    expect(text).not.toContain('−')
    const [heading] = select('h3', undefined, byId('s-wgec-2016-cuba-1'))
    expect(heading && toText(heading)).toBe('Cuba (government (grulac))')
  })
})
