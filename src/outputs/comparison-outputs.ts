import {toCsv} from '../render/to-csv.js'
import {toHtml} from '../render/to-html.js'
import {toJson} from '../render/to-json.js'
import {toLatex} from '../render/to-latex.js'
import {toMarkdown} from '../render/to-markdown.js'
import type {Output} from './output.js'

/**
 * The built-in outputs of a comparison (`wgec compare`): `md` (`toMarkdown`, with `title`), `csv`
 * (`toCsv`, with `shape` and `meta`), `json` (`toJson`), `latex` (`toLatex`, with `caption`,
 * `label` and `splits`) and `html` (`toHtml`, with `title`).
 *
 * @example
 *   comparisonOutputs.map((output) => output.format) // => ['md', 'csv', 'json', 'latex', 'html']
 */
export const comparisonOutputs: readonly Output<'comparison'>[] = [
  {
    format: 'md',
    kind: 'comparison',
    extensions: ['.md', '.markdown'],
    mediaType: 'text/markdown',
    render: (comparison, options) => toMarkdown(comparison, {title: options.title})
  },
  {
    format: 'csv',
    kind: 'comparison',
    extensions: ['.csv'],
    mediaType: 'text/csv',
    render: (comparison, options) => toCsv(comparison, {shape: options.shape, meta: options.meta})
  },
  {
    format: 'json',
    kind: 'comparison',
    extensions: ['.json'],
    mediaType: 'application/json',
    render: (comparison) => toJson(comparison)
  },
  {
    format: 'latex',
    kind: 'comparison',
    extensions: ['.tex', '.latex'],
    mediaType: 'application/x-latex',
    render: (comparison, options) =>
      toLatex(comparison, {caption: options.caption, label: options.label, splits: options.splits})
  },
  {
    format: 'html',
    kind: 'comparison',
    extensions: ['.html', '.htm'],
    mediaType: 'text/html',
    render: (comparison, options) => toHtml(comparison, {title: options.title})
  }
]
