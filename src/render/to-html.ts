import type {Element, ElementContent, Root} from 'hast'
import {toHtml as serializeHtml} from 'hast-util-to-html'
import {h, s} from 'hastscript'
import type {Cell, Comparison, Distribution, Row} from '../schema/comparison.js'

/**
 * Configuration for `toHtml`.
 */
export interface ToHtmlOptions {
  /**
   * Text of the page title and of the top-level heading.
   *
   * @default 'Comparison'
   */
  readonly title?: string | undefined
}

type Dimension = Comparison['dimensions'][number]
type Side = Comparison['citations'][number]['side']
type Tone = 'm3' | 'm2' | 'm1' | 'z0' | 'p1' | 'p2' | 'p3' | 'mixed' | 'unstated'

interface PreparedCell {
  readonly dimension: Dimension
  readonly cell: Cell
  readonly id: string
  readonly tone: Tone
}

interface PreparedRow {
  readonly row: Row
  readonly anchor: string
  readonly cells: readonly PreparedCell[]
}

const unstated = 'unstated'
const mixed = 'mixed'
const missing = '—'

// Geometry of the SVG charts, in CSS pixels; colours and type sizes live in the style sheet.
const characterWidth = 7.8
const smallCharacterWidth = 6.6
const nameLimit = 40
const byLimit = 22
const cellWidth = 96
const cellHeight = 30
const gap = 2
const headerLineHeight = 15
const plotWidth = 440
const plotRowHeight = 22
const barWidth = 140
const barHeight = 14

const toneSteps: readonly Tone[] = ['m3', 'm2', 'm1', 'z0', 'p1', 'p2', 'p3']
const sideTones: Readonly<Record<Side, Tone>> = {
  'state-centric': 'm3',
  middle: 'z0',
  multistakeholder: 'p3'
}

// ColorBrewer PuOr (7 classes): orange for the state-centric pole, purple for the multistakeholder one.
const css = `
:root {
  --tone-m3: #b35806;
  --tone-m2: #f1a340;
  --tone-m1: #fee0b6;
  --tone-z0: #f7f7f7;
  --tone-p1: #d8daeb;
  --tone-p2: #998ec3;
  --tone-p3: #542788;
  --tone-unstated: #bdbdbd;
  --ink: #1f1f1f;
  --muted: #5c5c5c;
  --rule: #d4d4d4;
  --paper: #ffffff;
  --panel: #f6f6f4;
  --focus: #0b57d0;
  --target: #fff4c2;
  --font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', 'DejaVu Sans', sans-serif;
  --font-size: 15px;
  --font-size-small: 13px;
  --font-size-chart: 13px;
  --font-size-chart-small: 11px;
  --page-width: 76rem;
  --space: 1rem;
  --swatch: 0.9em;
}
* { box-sizing: border-box; }
html { scroll-behavior: auto; }
body { margin: 0; background: var(--paper); color: var(--ink); font: var(--font-size)/1.5 var(--font); }
main { max-width: var(--page-width); margin: 0 auto; padding: calc(var(--space) * 1.5) var(--space) calc(var(--space) * 4); }
h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 0.3em; }
h2 { font-size: 1.35em; margin: 2.2em 0 0.6em; padding-top: 0.6em; border-top: 1px solid var(--rule); }
h3 { font-size: 1.05em; margin: 1.4em 0 0.4em; }
p { margin: 0.4em 0; }
a { color: var(--focus); }
.meta, .note, .muted { color: var(--muted); }
.note { font-size: var(--font-size-small); }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; padding: 0; margin: 0.8em 0 0; font-size: var(--font-size-small); }
.scroll { overflow-x: auto; }
figure { margin: 0; }
figcaption { font-size: var(--font-size-small); color: var(--muted); margin: 0.3em 0; }
svg { font-family: var(--font); max-width: none; }
svg text { fill: var(--ink); font-size: var(--font-size-chart); }
svg .small { fill: var(--muted); font-size: var(--font-size-chart-small); }
svg .heading { font-weight: 600; font-size: var(--font-size-chart-small); }
svg .value { font-size: var(--font-size-chart-small); font-variant-numeric: tabular-nums; pointer-events: none; }
svg .on-dark .value { fill: var(--paper); }
svg .on-pattern .value { font-weight: 600; paint-order: stroke; stroke: var(--paper); stroke-width: 3px; stroke-linejoin: round; }
svg .tone-m3 { fill: var(--tone-m3); }
svg .tone-m2 { fill: var(--tone-m2); }
svg .tone-m1 { fill: var(--tone-m1); }
svg .tone-z0 { fill: var(--tone-z0); }
svg .tone-p1 { fill: var(--tone-p1); }
svg .tone-p2 { fill: var(--tone-p2); }
svg .tone-p3 { fill: var(--tone-p3); }
svg .tone-unstated { fill: var(--tone-unstated); }
svg .tone-mixed { fill: url(#pattern-mixed); }
svg .pattern-a { fill: var(--tone-m2); }
svg .pattern-b { fill: var(--tone-p2); }
svg .cell rect { stroke: var(--muted); stroke-opacity: 0.35; stroke-width: 1px; }
svg a.cell:hover rect, svg a.cell:focus rect { stroke: var(--ink); stroke-opacity: 1; stroke-width: 2px; }
svg a:focus { outline: none; }
svg a:focus-visible rect { stroke: var(--focus); stroke-width: 3px; }
svg .name { fill: var(--ink); }
svg a:hover .name { text-decoration: underline; }
svg .stripe { fill: var(--panel); }
svg .axis { stroke: var(--rule); stroke-width: 1px; }
svg .axis.zero { stroke: var(--muted); stroke-dasharray: 3 3; }
svg .interval { stroke: var(--ink); stroke-width: 2px; stroke-linecap: round; }
svg .dot { stroke: var(--ink); stroke-width: 1px; }
svg .bar-frame { fill: none; stroke: var(--rule); }
.legend { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1.5em; font-size: var(--font-size-small); margin: 0.6em 0 0.8em; }
.legend .ramp { display: inline-flex; align-items: center; gap: 0.5em; }
.legend .steps { display: inline-grid; grid-template-columns: repeat(7, 2.2em); text-align: center; font-variant-numeric: tabular-nums; }
.legend .steps span { display: block; height: 1.1em; border: 1px solid rgb(0 0 0 / 0.15); }
.legend .steps small { font-size: 11px; color: var(--muted); }
.legend .key { display: inline-flex; align-items: center; gap: 0.4em; }
.swatch { display: inline-block; width: var(--swatch); height: var(--swatch); border: 1px solid rgb(0 0 0 / 0.25); vertical-align: -0.1em; margin-right: 0.35em; flex: none; }
.tone-m3 { background: var(--tone-m3); }
.tone-m2 { background: var(--tone-m2); }
.tone-m1 { background: var(--tone-m1); }
.tone-z0 { background: var(--tone-z0); }
.tone-p1 { background: var(--tone-p1); }
.tone-p2 { background: var(--tone-p2); }
.tone-p3 { background: var(--tone-p3); }
.tone-unstated { background: var(--tone-unstated); }
.tone-mixed { background: repeating-linear-gradient(45deg, var(--tone-m2) 0 3px, var(--tone-p2) 3px 6px); }
table { border-collapse: collapse; font-size: var(--font-size-small); margin: 0.4em 0; }
caption { text-align: left; color: var(--muted); padding-bottom: 0.4em; }
th, td { text-align: left; vertical-align: top; padding: 0.3em 0.7em 0.3em 0; border-bottom: 1px solid var(--rule); }
thead th { vertical-align: bottom; border-bottom: 2px solid var(--muted); }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.poles { display: block; font-weight: normal; color: var(--muted); font-size: 11px; }
.matrix td a { color: inherit; text-decoration: none; white-space: nowrap; }
.matrix td a:hover, .matrix td a:focus { text-decoration: underline; }
.score { font-variant-numeric: tabular-nums; color: var(--muted); }
.split th { white-space: nowrap; }
.split td, .split th { padding-right: 1.1em; }
.inline { list-style: none; padding: 0; margin: 0.3em 0; display: flex; flex-wrap: wrap; gap: 0.2em 1em; }
.blocs li { margin: 0.3em 0; }
.submitter { margin-top: 1.4em; }
.evidence { list-style: none; padding: 0; margin: 0; }
.evidence li { padding: 0.5em 0.8em; margin: 0.4em 0; border-left: 4px solid var(--rule); background: var(--panel); scroll-margin-top: 1rem; }
.evidence li:target { background: var(--target); border-left-color: var(--ink); outline: 2px solid var(--ink); }
.evidence blockquote { margin: 0.3em 0; font-style: italic; }
.evidence .none { color: var(--muted); font-style: italic; margin: 0.1em 0; }
.evidence .back { float: right; font-size: var(--font-size-small); margin-left: 1em; }
.where { font-size: var(--font-size-small); color: var(--muted); display: flex; flex-wrap: wrap; gap: 0.2em 1em; }
.defs { position: absolute; width: 0; height: 0; overflow: hidden; }
footer { margin-top: 3em; font-size: var(--font-size-small); color: var(--muted); }
`

/**
 * Render a comparison as one self-contained HTML5 page: a heatmap of submitters by dimensions
 * (SVG, each cell linking to its evidence), the same matrix as a table, the splits by group, the
 * scale as a dot plot with bootstrap intervals, the blocs, the Tunis Agenda paragraphs cited by
 * each side, and the strongest quote of every cell with its question and `line:column`.
 *
 * The page is built as a hast tree and serialised by `hast-util-to-html`, so names and quotes are
 * always escaped text. It has inline CSS only, no scripts and no external resources, and a
 * Content-Security-Policy that forbids scripts. Colours run from orange (state-centric, -1)
 * through white (0) to purple (multistakeholder, +1) in 7 steps (ColorBrewer PuOr); `mixed` is
 * hatched and `unstated` grey. The evidence of a cell has the id
 * `q-<slug of the key>-<row number>-<slug of the dimension>`.
 *
 * @param comparison
 *   The comparison to render.
 * @param options
 *   Configuration (optional).
 * @returns
 *   HTML, starting with `<!doctype html>`.
 * @throws {TypeError}
 *   When `options.title` is not a string.
 * @example
 *   toHtml(comparison, {title: 'WGEC 2016'}).slice(0, 15) // => '<!doctype html>'
 */
export function toHtml(comparison: Comparison, options?: ToHtmlOptions): string {
  const title = options?.title ?? 'Comparison'
  if (typeof title !== 'string') {
    throw new TypeError(
      `Cannot render \`${String(title)}\` for \`options.title\`, expected a string`
    )
  }

  const rows = prepareRows(comparison)
  const anchors = new Map<string, PreparedRow>()
  for (const prepared of rows) {
    if (!anchors.has(prepared.row.key)) anchors.set(prepared.row.key, prepared)
  }

  const body = h('main', [
    h('header', [
      h('h1', title),
      h(
        'p.meta',
        `${plural(comparison.rows.length, 'submitter')} · ${plural(comparison.dimensions.length, 'dimension')} · ` +
          `codebook ${comparison.codebook.id} ${comparison.codebook.version} · split by ${comparison.by}`
      ),
      h('nav', {ariaLabel: 'Sections'}, [
        h('ul', [
          navItem('heatmap', 'Heatmap'),
          navItem('matrix', 'Table'),
          navItem('splits', 'Splits'),
          navItem('scale', 'Scale'),
          navItem('blocs', 'Blocs'),
          navItem('citations', 'Citations'),
          navItem('evidence', 'Evidence')
        ])
      ])
    ]),
    defs(),
    h('section', {ariaLabelledby: 'heatmap-heading'}, [
      h('h2#heatmap-heading', 'Stances'),
      h(
        'p.note',
        'Each cell is a submitter’s stance on a dimension, from the state-centric pole (−1) to the multistakeholder pole (+1). Select a cell to see its strongest quote.'
      ),
      legend(),
      heatmap(comparison.dimensions, rows)
    ]),
    matrixTable(comparison, rows),
    splitsSection(comparison),
    scaleSection(rows),
    blocsSection(comparison, anchors),
    citationsSection(comparison),
    evidenceSection(rows),
    h('footer', 'Generated by wgec.')
  ])

  const tree: Root = {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'en'}, [
        h('head', [
          h('meta', {charSet: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('meta', {
            httpEquiv: 'Content-Security-Policy',
            content:
              "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
          }),
          h('title', title),
          h('style', css)
        ]),
        h('body', body)
      ])
    ]
  }
  const parts: string[] = []
  printParts(tree, 'html', parts)
  parts.push('\n')
  return parts.join('')
}

function prepareRows(comparison: Comparison): PreparedRow[] {
  const dimensionSlugs = uniqueSlugs(comparison.dimensions.map((dimension) => dimension.id))
  return comparison.rows.map((row, index) => {
    const part = `${slug(row.key)}-${index + 1}`
    const byDimension = new Map(row.cells.map((cell) => [cell.dimension, cell]))
    return {
      row,
      anchor: `s-${part}`,
      cells: comparison.dimensions.map((dimension, column) => {
        const cell = byDimension.get(dimension.id) ?? emptyCell(dimension.id)
        return {
          dimension,
          cell,
          id: `q-${part}-${dimensionSlugs[column]}`,
          tone: toneOf(cell.stance, cell.score)
        }
      })
    }
  })
}

function emptyCell(dimension: string): Cell {
  return {
    dimension,
    stance: unstated,
    score: 0,
    evidenceCount: 0,
    quote: null,
    place: null,
    questionId: null
  }
}

function defs(): Element {
  return s('svg.defs', {ariaHidden: 'true', focusable: 'false', width: 0, height: 0}, [
    s('defs', [
      s(
        'pattern#pattern-mixed',
        {width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)'},
        [
          s('rect.pattern-a', {x: 0, y: 0, width: 4, height: 8}),
          s('rect.pattern-b', {x: 4, y: 0, width: 4, height: 8})
        ]
      )
    ])
  ])
}

function legend(): Element {
  return h('div.legend', [
    h('span.ramp', [
      h('span', 'state-centric'),
      h('span.steps', [
        ...toneSteps.map((tone) => h(`span.tone-${tone}`, {ariaHidden: 'true'})),
        ...['−1', '−⅔', '−⅓', '0', '+⅓', '+⅔', '+1'].map((label) => h('small', label))
      ]),
      h('span', 'multistakeholder')
    ]),
    h('span.key', [h('span.swatch.tone-mixed', {ariaHidden: 'true'}), 'mixed']),
    h('span.key', [h('span.swatch.tone-unstated', {ariaHidden: 'true'}), 'unstated']),
    h('span.muted', 'Scores are written in the cells.')
  ])
}

function heatmap(dimensions: readonly Dimension[], rows: readonly PreparedRow[]): Element {
  const longestName = longest(
    4,
    rows.map((prepared) => truncate(prepared.row.name, nameLimit).length)
  )
  const longestBy = longest(
    0,
    rows.map((prepared) => truncate(prepared.row.by, byLimit).length)
  )
  const nameWidth = Math.ceil(longestName * characterWidth) + 12
  const byWidth = longestBy === 0 ? 0 : Math.ceil(longestBy * smallCharacterWidth) + 12
  const left = nameWidth + byWidth
  const headers = dimensions.map((dimension) =>
    wrap(dimension.label, Math.floor((cellWidth - 6) / 7))
  )
  const top = Math.max(1, ...headers.map((lines) => lines.length)) * headerLineHeight + 10
  const width = left + dimensions.length * (cellWidth + gap) + 4
  const height = top + rows.length * (cellHeight + gap) + 4

  const header = dimensions.map((dimension, column) =>
    s('g.column-heading', [
      s('title', `${dimension.label}: ${dimension.poles[0]} (−1) to ${dimension.poles[1]} (+1)`),
      s(
        'text.heading',
        {x: left + column * (cellWidth + gap) + cellWidth / 2, y: top - 8, textAnchor: 'middle'},
        (headers[column] ?? []).map((line, index, lines) =>
          s(
            'tspan',
            {
              x: left + column * (cellWidth + gap) + cellWidth / 2,
              dy: index === 0 ? -(lines.length - 1) * headerLineHeight : headerLineHeight
            },
            line
          )
        )
      )
    ])
  )

  const body = rows.map((prepared, index) => {
    const {row} = prepared
    const y = top + index * (cellHeight + gap)
    const name = truncate(row.name, nameLimit)
    const middle = y + cellHeight / 2
    return serialised(
      'svg',
      s('g.heatmap-row', {dataKey: row.key}, [
        index % 2 === 1
          ? s('rect.stripe', {x: 0, y: y - gap / 2, width: left, height: cellHeight + gap})
          : null,
        s('a', {href: `#${prepared.anchor}`}, [
          s('title', `${row.name} (${groupOf(row)}): evidence`),
          s('text.name', {x: nameWidth - 10, y: middle, dy: '0.35em', textAnchor: 'end'}, name)
        ]),
        byWidth === 0
          ? null
          : s('text.small', {x: nameWidth, y: middle, dy: '0.35em'}, truncate(row.by, byLimit)),
        ...prepared.cells.map((cell, column) => {
          const x = left + column * (cellWidth + gap)
          return s(cellSelector(cell.tone), {href: `#${cell.id}`}, [
            s('title', cellTitle(row, cell)),
            s(`rect.tone-${cell.tone}`, {x, y, width: cellWidth, height: cellHeight}),
            s(
              'text.value',
              {x: x + cellWidth / 2, y: middle, dy: '0.35em', textAnchor: 'middle'},
              cellText(cell)
            )
          ])
        })
      ])
    )
  })

  return h('figure#heatmap', [
    h('div.scroll', [
      s(
        'svg.heatmap',
        {
          width,
          height,
          viewBox: `0 0 ${width} ${height}`,
          role: 'group',
          ariaLabel: 'Heatmap of stances by submitter and dimension'
        },
        [...header, ...body]
      )
    ]),
    h(
      'figcaption',
      'Rows follow the comparison, from the most state-centric to the most multistakeholder submitter.'
    )
  ])
}

function matrixTable(comparison: Comparison, rows: readonly PreparedRow[]): Element {
  return h('section', {ariaLabelledby: 'matrix'}, [
    h('h2#matrix', 'Stances as a table'),
    h('div.scroll', [
      h('table.matrix', [
        h(
          'caption',
          'Stance and score (−1 state-centric to +1 multistakeholder) of each submitter on each dimension, and the mean with its 95% bootstrap interval.'
        ),
        h('thead', [
          h('tr', [
            h('th', {scope: 'col'}, 'Submitter'),
            h('th', {scope: 'col'}, capitalize(comparison.by)),
            ...comparison.dimensions.map((dimension) =>
              h('th', {scope: 'col'}, [
                dimension.label,
                h('span.poles', `${dimension.poles[0]} ↔ ${dimension.poles[1]}`)
              ])
            ),
            h('th.number', {scope: 'col'}, 'Scale')
          ])
        ]),
        h(
          'tbody',
          rows.map((prepared) =>
            serialised(
              'html',
              h('tr', [
                h('th', {scope: 'row'}, h('a', {href: `#${prepared.anchor}`}, prepared.row.name)),
                h('td', prepared.row.by),
                ...prepared.cells.map((cell) =>
                  h(
                    'td',
                    h('a', {href: `#${cell.id}`}, [
                      h(`span.swatch.tone-${cell.tone}`, {ariaHidden: 'true'}),
                      cell.cell.stance,
                      cell.cell.stance === unstated
                        ? null
                        : [' ', h('span.score', formatScore(cell.cell.score))]
                    ])
                  )
                ),
                h('td.number', scaleText(prepared.row))
              ])
            )
          )
        )
      ])
    ])
  ])
}

function splitsSection(comparison: Comparison): Element {
  const labels = new Map(comparison.dimensions.map((dimension) => [dimension.id, dimension]))
  return h('section', {ariaLabelledby: 'splits'}, [
    h('h2#splits', `Splits by ${comparison.by}`),
    h(
      'p.note',
      'Stance counts per group. Divergence is the normalised entropy of the stated stances: 0 when all agree, 1 when they spread evenly.'
    ),
    comparison.splits.length === 0
      ? h('p', 'None.')
      : h(
          'div.splits',
          comparison.splits.map((split) => {
            const dimension = labels.get(split.dimension)
            return h('div', [
              h('h3', dimension?.label ?? split.dimension),
              splitTable(split.groups, split.overall, dimension)
            ])
          })
        )
  ])
}

function splitTable(
  groups: readonly Distribution[],
  overall: Distribution,
  dimension: Dimension | undefined
): Element {
  const stances = dimension === undefined ? [] : [dimension.poles[0], mixed, dimension.poles[1]]
  stances.push(unstated)
  const others = new Set<string>()
  for (const distribution of [...groups, overall]) {
    for (const stance of Object.keys(distribution.stances)) {
      if (!stances.includes(stance)) others.add(stance)
    }
  }
  stances.push(...[...others].sort())
  const tones = stances.map((stance): Tone => {
    if (dimension !== undefined && stance === dimension.poles[0]) return 'm3'
    if (dimension !== undefined && stance === dimension.poles[1]) return 'p3'
    if (stance === mixed) return 'mixed'
    if (stance === unstated) return 'unstated'
    return 'z0'
  })

  const line = (distribution: Distribution, total: boolean): Element =>
    h('tr', [
      h('th', {scope: 'row'}, total ? h('strong', distribution.group) : distribution.group),
      h('td.number', String(distribution.count)),
      h('td', stackedBar(distribution, stances, tones)),
      ...stances.map((stance) => h('td.number', String(distribution.stances[stance] ?? 0))),
      h(
        'td.number',
        distribution.meanScore === null ? missing : formatScore(distribution.meanScore)
      ),
      h(
        'td.number',
        distribution.divergence === null ? missing : formatNumber(distribution.divergence)
      )
    ])

  return h('div.scroll', [
    h('table.split', [
      h('thead', [
        h('tr', [
          h('th', {scope: 'col'}, 'Group'),
          h('th.number', {scope: 'col'}, 'n'),
          h('th', {scope: 'col'}, 'Stances'),
          ...stances.map((stance, index) =>
            h('th.number', {scope: 'col'}, [
              h(`span.swatch.tone-${tones[index]}`, {ariaHidden: 'true'}),
              stance
            ])
          ),
          h('th.number', {scope: 'col'}, 'Mean'),
          h('th.number', {scope: 'col'}, 'Divergence')
        ])
      ]),
      h('tbody', [...groups.map((distribution) => line(distribution, false)), line(overall, true)])
    ])
  ])
}

function stackedBar(
  distribution: Distribution,
  stances: readonly string[],
  tones: readonly Tone[]
): Element {
  const total = stances.reduce((sum, stance) => sum + (distribution.stances[stance] ?? 0), 0)
  const segments: ElementContent[] = []
  let x = 0
  for (const [index, stance] of stances.entries()) {
    const count = distribution.stances[stance] ?? 0
    if (count === 0 || total === 0) continue
    const width = (count / total) * barWidth
    segments.push(
      s(`rect.tone-${tones[index]}`, {x, y: 0, width, height: barHeight}, [
        s('title', `${stance}: ${count}`)
      ])
    )
    x += width
  }
  return s(
    'svg.bar',
    {
      width: barWidth,
      height: barHeight,
      viewBox: `0 0 ${barWidth} ${barHeight}`,
      ariaHidden: 'true'
    },
    [...segments, s('rect.bar-frame', {x: 0.5, y: 0.5, width: barWidth - 1, height: barHeight - 1})]
  )
}

function scaleSection(rows: readonly PreparedRow[]): Element {
  const placed = rows.filter((prepared) => prepared.row.scale.mean !== null)
  const apart = rows.filter((prepared) => prepared.row.scale.mean === null)
  return h('section', {ariaLabelledby: 'scale'}, [
    h('h2#scale', 'Scale'),
    h(
      'p.note',
      'Mean of each submitter’s stated dimension scores, with a line for its 95% bootstrap interval over its evidence.'
    ),
    placed.length === 0 ? h('p', 'No submitter states a dimension.') : dotPlot(placed),
    apart.length === 0
      ? null
      : h('div.apart', [
          h('p', 'No stated dimension, so no place on the scale:'),
          h(
            'ul.inline',
            apart.map((prepared) =>
              h('li', h('a', {href: `#${prepared.anchor}`}, prepared.row.name))
            )
          )
        ])
  ])
}

function dotPlot(rows: readonly PreparedRow[]): Element {
  const longestName = longest(
    4,
    rows.map((prepared) => truncate(prepared.row.name, nameLimit).length)
  )
  const left = Math.ceil(longestName * characterWidth) + 16
  const top = 44
  const width = left + plotWidth + 24
  const height = top + rows.length * plotRowHeight + 8
  const xOf = (value: number): number => left + ((value + 1) / 2) * plotWidth
  const ticks = [-1, -0.5, 0, 0.5, 1]

  const axis = [
    s('text.small', {x: xOf(-1), y: 12, textAnchor: 'start'}, '← state-centric'),
    s('text.small', {x: xOf(1), y: 12, textAnchor: 'end'}, 'multistakeholder →'),
    ...ticks.flatMap((tick) => [
      s('text.small', {x: xOf(tick), y: top - 10, textAnchor: 'middle'}, formatTick(tick)),
      s(tick === 0 ? 'line.axis.zero' : 'line.axis', {
        x1: xOf(tick),
        x2: xOf(tick),
        y1: top - 4,
        y2: height - 4
      })
    ])
  ]

  const marks = rows.map((prepared, index) => {
    const {row} = prepared
    const {mean, low, high} = row.scale
    const y = top + index * plotRowHeight + plotRowHeight / 2
    const value = mean ?? 0
    return serialised(
      'svg',
      s('g.scale-row', {dataKey: row.key}, [
        s(
          'title',
          `${row.name}: ${scaleText(row)}, ${plural(row.scale.dimensions, 'stated dimension')}`
        ),
        index % 2 === 1
          ? s('rect.stripe', {x: 0, y: y - plotRowHeight / 2, width, height: plotRowHeight})
          : null,
        s(
          'text.name',
          {x: left - 12, y, dy: '0.35em', textAnchor: 'end'},
          truncate(row.name, nameLimit)
        ),
        low === null || high === null
          ? null
          : s('line.interval', {x1: xOf(low), x2: xOf(high), y1: y, y2: y}),
        s(`circle.dot.tone-${toneOf('', value)}`, {cx: xOf(value), cy: y, r: 5.5})
      ])
    )
  })

  return h('figure', [
    h('div.scroll', [
      s(
        'svg.scale',
        {
          width,
          height,
          viewBox: `0 0 ${width} ${height}`,
          role: 'img',
          ariaLabel: 'Dot plot of submitters on the scale'
        },
        [...axis, ...marks]
      )
    ])
  ])
}

function blocsSection(comparison: Comparison, anchors: ReadonlyMap<string, PreparedRow>): Element {
  return h('section', {ariaLabelledby: 'blocs'}, [
    h('h2#blocs', 'Blocs'),
    h('p.note', 'Submitters grouped by how often they take the same stance where both state one.'),
    comparison.blocs.length === 0
      ? h('p', 'None.')
      : h(
          'ol.blocs',
          comparison.blocs.map((bloc) =>
            h('li', [
              h('strong', bloc.id),
              ` · ${plural(bloc.members.length, 'member')}`,
              bloc.meanAgreement === null
                ? null
                : ` · mean agreement ${formatNumber(bloc.meanAgreement)}`,
              h(
                'ul.inline',
                bloc.members.map((member) => {
                  const prepared = anchors.get(member)
                  return h(
                    'li',
                    prepared === undefined
                      ? member
                      : h('a', {href: `#${prepared.anchor}`}, prepared.row.name)
                  )
                })
              )
            ])
          )
        )
  ])
}

function citationsSection(comparison: Comparison): Element {
  return h('section', {ariaLabelledby: 'citations'}, [
    h('h2#citations', 'Citations by side'),
    h(
      'p.note',
      'Tunis Agenda paragraphs cited by the submitters on each side of the scale (mean below −1/3, between, above +1/3), with the number of submitters citing each.'
    ),
    comparison.citations.length === 0
      ? h('p', 'None.')
      : h('table.citations', [
          h('caption', 'Tunis Agenda paragraphs cited, by side'),
          h('thead', [
            h('tr', [
              h('th', {scope: 'col'}, 'Side'),
              h('th.number', {scope: 'col'}, 'Submitters'),
              h('th', {scope: 'col'}, 'Paragraphs')
            ])
          ]),
          h(
            'tbody',
            comparison.citations.map((side) =>
              h('tr', [
                h('th', {scope: 'row'}, [
                  h(`span.swatch.tone-${sideTones[side.side]}`, {ariaHidden: 'true'}),
                  side.side
                ]),
                h('td.number', String(side.submitters)),
                h(
                  'td',
                  side.paragraphs.length === 0
                    ? 'none'
                    : h(
                        'ul.inline',
                        side.paragraphs.map((cited) =>
                          h('li', `¶${cited.paragraph} ×${cited.submitters}`)
                        )
                      )
                )
              ])
            )
          )
        ])
  ])
}

function evidenceSection(rows: readonly PreparedRow[]): Element {
  return h('section', {ariaLabelledby: 'evidence'}, [
    h('h2#evidence', 'Evidence'),
    h(
      'p.note',
      'The strongest quote for each stance, with the question it answers and its line:column in the source.'
    ),
    ...rows.map((prepared) =>
      serialised(
        'html',
        h('section.submitter', {id: prepared.anchor}, [
          h('h3', [prepared.row.name, ' ', h('span.muted', `(${groupOf(prepared.row)})`)]),
          h(
            'ol.evidence',
            prepared.cells.map((cell) =>
              h('li', {id: cell.id}, [
                h('div', [
                  h('a.back', {href: '#heatmap'}, '↑ heatmap'),
                  h(`span.swatch.tone-${cell.tone}`, {ariaHidden: 'true'}),
                  h('strong', cell.dimension.label),
                  `: ${cell.cell.stance}`,
                  cell.cell.stance === unstated
                    ? null
                    : [' ', h('span.score', formatScore(cell.cell.score))],
                  h('span.muted', ` · ${plural(cell.cell.evidenceCount, 'quote')}`)
                ]),
                cell.cell.quote === null
                  ? h('p.none', 'no evidence')
                  : h('blockquote', h('p', cell.cell.quote)),
                cell.cell.quote === null &&
                cell.cell.questionId === null &&
                cell.cell.place === null
                  ? null
                  : h('p.where', [
                      h('span', [
                        'question ',
                        cell.cell.questionId === null ? missing : h('code', cell.cell.questionId)
                      ]),
                      h('span', [
                        'at ',
                        cell.cell.place === null
                          ? missing
                          : h(
                              'code',
                              `${cell.cell.place.start.line}:${cell.cell.place.start.column}`
                            )
                      ])
                    ])
              ])
            )
          )
        ])
      )
    )
  ])
}

/**
 * A row of the page (of the heatmap, the table, the dot plot, the evidence) serialised at once
 * and kept as its HTML: the page of 10,000 submitters never holds its whole tree, whose nodes
 * weigh many times the text they print (2.8 GB against under 1 GiB). The text is the same.
 */
function serialised(space: 'html' | 'svg', node: Element): ElementContent {
  // A hast `raw` node (printed as is with `allowDangerousHtml`); the text was escaped above.
  return {type: 'raw', value: serializeHtml(node, {space})} as unknown as ElementContent
}

/** The largest of a floor and the values, without spreading thousands of rows into a call. */
function longest(floor: number, values: readonly number[]): number {
  let largest = floor
  for (const value of values) if (value > largest) largest = value
  return largest
}

/**
 * Print a tree into parts, joined once at the end: an element that holds serialised rows is
 * printed as its open tag, its children and its close tag, so that no level of the page copies
 * the text below it (each copy of a 60 MB page is garbage that outlives the young generation).
 */
function printParts(node: Root | ElementContent, space: 'html' | 'svg', parts: string[]): void {
  if (!holdsRows(node) || !('children' in node)) {
    parts.push(serializeHtml(node, {space, allowDangerousHtml: true}))
    return
  }

  if (node.type === 'root') {
    for (const child of node.children) printParts(child as ElementContent, space, parts)
    return
  }

  const inner = node.tagName === 'svg' ? 'svg' : space
  const marker = '\u0000children\u0000'
  const shell = serializeHtml(
    {...node, children: [{type: 'raw', value: marker} as unknown as ElementContent]},
    {space, allowDangerousHtml: true}
  )
  const at = shell.indexOf(marker)
  parts.push(shell.slice(0, at))
  for (const child of node.children) printParts(child, inner, parts)
  parts.push(shell.slice(at + marker.length))
}

/** Whether a node is, or holds, rows serialised on their own (`raw` nodes). */
function holdsRows(node: Root | ElementContent): boolean {
  if ((node as {type: string}).type === 'raw') return true
  return 'children' in node && node.children.some((child) => holdsRows(child as ElementContent))
}

function navItem(id: string, label: string): Element {
  return h('li', h('a', {href: `#${id}`}, label))
}

function cellTitle(row: Row, prepared: PreparedCell): string {
  const {cell, dimension} = prepared
  const score = cell.stance === unstated ? '' : `, score ${formatScore(cell.score)}`
  return `${row.name} · ${dimension.label}: ${cell.stance}${score} (${plural(cell.evidenceCount, 'quote')})`
}

function cellSelector(tone: Tone): string {
  if (tone === 'm3' || tone === 'p3') return 'a.cell.on-dark'
  if (tone === 'mixed') return 'a.cell.on-pattern'
  return 'a.cell'
}

function cellText(prepared: PreparedCell): string {
  if (prepared.tone === 'unstated') return '–'
  if (prepared.tone === 'mixed') return mixed
  return formatScore(prepared.cell.score)
}

function toneOf(stance: string, score: number): Tone {
  if (stance === unstated) return 'unstated'
  if (stance === mixed) return mixed
  const step = Math.max(-3, Math.min(3, Math.round(score * 3)))
  return toneSteps[step + 3] ?? 'z0'
}

function groupOf(row: Row): string {
  return row.regionalGroup === null ? row.group : `${row.group}, ${row.regionalGroup}`
}

function scaleText(row: Row): string {
  const {mean, low, high} = row.scale
  if (mean === null) return missing
  if (low === null || high === null) return formatScore(mean)
  return `${formatScore(mean)} [${formatScore(low)}, ${formatScore(high)}]`
}

function slug(value: string): string {
  const result = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 48)
    .replace(/^-+|-+$/g, '')
  return result === '' ? 'x' : result
}

function uniqueSlugs(values: readonly string[]): string[] {
  const seen = new Set<string>()
  return values.map((value) => {
    const base = slug(value)
    let result = base
    for (let count = 2; seen.has(result); count++) result = `${base}-${count}`
    seen.add(result)
    return result
  })
}

function wrap(value: string, width: number): string[] {
  const lines: string[] = []
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  const kept = lines.slice(0, 3).map((line) => truncate(line, width))
  if (lines.length > 3) kept[2] = truncate(`${kept[2]} …`, width)
  return kept.length === 0 ? [''] : kept
}

function truncate(value: string, limit: number): string {
  const characters = [...value]
  return characters.length <= limit
    ? value
    : `${characters
        .slice(0, limit - 1)
        .join('')
        .trimEnd()}…`
}

function formatScore(value: number): string {
  const text = value.toFixed(2)
  if (text === '0.00' || text === '-0.00') return '0.00'
  return value > 0 ? `+${text}` : text.replace('-', '−')
}

function formatNumber(value: number): string {
  return value.toFixed(2)
}

function formatTick(value: number): string {
  if (value === 0) return '0'
  return value > 0 ? `+${value}` : `−${-value}`
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
