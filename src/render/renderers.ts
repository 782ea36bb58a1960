import type {Comparison} from '../schema/comparison.js'
import {toCsv} from './to-csv.js'
import {toHtml} from './to-html.js'
import {toJson} from './to-json.js'
import {toLatex} from './to-latex.js'
import {toMarkdown} from './to-markdown.js'

/** The options every comparison renderer may be given; each reads those it knows. */
export interface RenderOptions {
  readonly title?: string | undefined
  readonly shape?: 'long' | 'wide' | undefined
  /** CSV: start with `# ` comment lines that say how the table was made. */
  readonly meta?: boolean | undefined
  readonly caption?: string | undefined
  readonly label?: string | undefined
  readonly splits?: boolean | undefined
}

/** The name of a comparison format. */
export type RendererName = 'md' | 'csv' | 'json' | 'latex' | 'html'

/** A comparison renderer: its file extensions (the first is the usual one) and its function. */
export interface Renderer {
  readonly extensions: readonly string[]
  readonly render: (comparison: Comparison, options: RenderOptions) => string
}

/**
 * The renderers of a comparison, by format name: what `wgec compare --format` offers and what
 * `--out` picks from a file extension.
 */
export const renderers: Readonly<Record<RendererName, Renderer>> = {
  md: {
    extensions: ['.md', '.markdown'],
    render: (comparison, options) => toMarkdown(comparison, {title: options.title})
  },
  csv: {
    extensions: ['.csv'],
    render: (comparison, options) => toCsv(comparison, {shape: options.shape, meta: options.meta})
  },
  json: {extensions: ['.json'], render: (comparison) => toJson(comparison)},
  latex: {
    extensions: ['.tex', '.latex'],
    render: (comparison, options) =>
      toLatex(comparison, {caption: options.caption, label: options.label, splits: options.splits})
  },
  html: {
    extensions: ['.html', '.htm'],
    render: (comparison, options) => toHtml(comparison, {title: options.title})
  }
}

/**
 * The format whose extension a file name has.
 *
 * @param path
 *   A file name.
 * @returns
 *   The format, or `undefined` when the extension is none of theirs.
 * @example
 *   formatOfPath('table.tex') // => 'latex'
 */
export function formatOfPath(path: string): RendererName | undefined {
  const lower = path.toLowerCase()
  return (Object.keys(renderers) as RendererName[]).find((name) =>
    renderers[name].extensions.some((extension) => lower.endsWith(extension))
  )
}
