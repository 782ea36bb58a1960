import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Cell} from '../../schema/comparison.js'
import {reviewMark} from '../describe-comparison.js'
import {formatGroup, formatScore, missing, plural} from '../format.js'
import type {PreparedCell, PreparedRow} from './prepare-rows.js'
import {serialised} from './serialise.js'

type Quote = NonNullable<Cell['quotes']>[number]

/**
 * The evidence: for each submitter, a card per dimension with its stance, score, strongest
 * quote and where it is, and every other quote that counts, folded.
 *
 * @param rows
 *   The prepared rows.
 * @returns
 *   A `section`.
 */
export function evidenceSection(rows: readonly PreparedRow[]): Element {
  return h('section', {ariaLabelledby: 'evidence'}, [
    h('h2#evidence', 'Evidence'),
    h(
      'p.note',
      'The strongest quote for each stance, with the question it answers and its line:column in the source; the other quotes that count for it are folded under it.'
    ),
    ...rows.map((prepared) =>
      serialised(
        'html',
        h('section.submitter', {id: prepared.anchor}, [
          h('h3', [prepared.row.name, ' ', h('span.muted', `(${formatGroup(prepared.row)})`)]),
          h(
            'ol.evidence',
            prepared.cells.map((cell) => card(prepared, cell))
          )
        ])
      )
    )
  ])
}

function card(prepared: PreparedRow, cell: PreparedCell): Element {
  const {stance, score, evidenceCount, quote} = cell.cell
  const quotes = quotesOf(cell.cell)
  const rest = quotes.slice(1)
  return h('li', {id: cell.id}, [
    h('div', [
      h('a.back', {href: '#heatmap'}, '↑ heatmap'),
      h(`span.swatch.tone-${cell.tone}`, {ariaHidden: 'true'}),
      h('span.who', `${prepared.row.name} · `),
      h('strong', cell.dimension.label),
      `: ${stance}`,
      stance === 'unstated' ? null : [' ', h('span.score', formatScore(score))],
      h('span.muted', ` · ${plural(evidenceCount, 'quote')}`),
      reviewedNote(cell.cell)
    ]),
    quote === null
      ? h('p.none', 'no evidence')
      : h('blockquote', {lang: prepared.row.language}, h('p', quote)),
    quote === null && cell.cell.questionId === null && cell.cell.place === null
      ? null
      : where(cell.cell.questionId, cell.cell.place),
    rest.length === 0
      ? null
      : h('details', [
          h('summary', `${plural(rest.length, 'more quote')}`),
          h(
            'ol.more',
            rest.map((each) =>
              h('li', [
                h('blockquote', {lang: prepared.row.language}, h('p', each.quote)),
                where(each.questionId, each.place)
              ])
            )
          )
        ])
  ])
}

/** Who reviewed the cell and what the coder had said, for a cell a review decided. */
function reviewedNote(cell: Cell): Element | null {
  const {provenance} = cell
  if (provenance?.kind !== 'reviewed') return null
  const by = provenance.reviewer === null ? 'reviewed' : `reviewed by ${provenance.reviewer}`
  return h('span.reviewed-by', [
    ` ${reviewMark} ${by}`,
    cell.coderStance === undefined ? '' : ` (coder: ${cell.coderStance})`
  ])
}

function quotesOf(cell: Cell): readonly Quote[] {
  if (cell.quotes !== undefined) return cell.quotes
  return cell.quote === null || cell.place === null
    ? []
    : [{quote: cell.quote, place: cell.place, questionId: cell.questionId}]
}

function where(questionId: string | null, place: Cell['place']): Element {
  const parts: ElementContent[] = [
    h('span', ['question ', questionId === null ? missing : h('code', questionId)]),
    h('span', [
      'at ',
      place === null ? missing : h('code', `${place.start.line}:${place.start.column}`)
    ])
  ]
  return h('p.where', parts)
}
