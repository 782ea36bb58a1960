import type {VFileMessage} from 'vfile-message'
import type {Agreement} from '../schema/agreement.js'
import type {Comparison} from '../schema/comparison.js'
import type {Contribution} from '../schema/contribution.js'
import type {EvidenceRow} from '../schema/evidence-row.js'
import type {Position} from '../schema/position.js'
import type {Validation} from '../schema/validation.js'

/** A file as `wgec parse` writes it: its path, its contribution and its messages. */
export interface ParsedFile {
  /** The file's path (`<stdin>` for standard input), as given. */
  readonly path: string
  /**
   * The contribution, also when parsing reported an error; `undefined` when the file was not
   * parsed (not found, refused, unreadable).
   */
  readonly contribution: Contribution | undefined
  /** The file's messages, of loading and of parsing; an error makes the file `not read` in text. */
  readonly messages: readonly VFileMessage[]
}

/** A file as `wgec code` writes it: a parsed file and the positions its contribution takes. */
export interface CodedFile extends ParsedFile {
  /** The positions, one per dimension; `undefined` when the file was not coded. */
  readonly positions: readonly Position[] | undefined
}

/** What the outputs of a comparison are given; each reads those it knows. */
export interface ComparisonOutputOptions {
  /**
   * Title of a Markdown or HTML report.
   *
   * @default the format's own
   */
  readonly title?: string | undefined
  /**
   * CSV: a record per submitter and dimension (`'long'`) or per submitter (`'wide'`).
   *
   * @default 'long'
   */
  readonly shape?: 'long' | 'wide' | undefined
  /**
   * CSV: start with `# ` comment lines that say how the table was made.
   *
   * @default false
   */
  readonly meta?: boolean | undefined
  /**
   * Caption of the LaTeX table.
   *
   * @default the format's own
   */
  readonly caption?: string | undefined
  /**
   * Label of the LaTeX table, for `\ref`.
   *
   * @default none
   */
  readonly label?: string | undefined
  /**
   * LaTeX: add the table of mean scores by group.
   *
   * @default false
   */
  readonly splits?: boolean | undefined
}

/** What the outputs of coded files are given. */
export interface CodingsOutputOptions {
  /**
   * Text: list each quote of a position as `file:line:column`, with its indicator and flags.
   *
   * @default false
   */
  readonly explain?: boolean | undefined
}

/** The options of a kind of output that takes none. */
export type NoOutputOptions = Readonly<Record<never, never>>

/**
 * The kinds of value an output renders, each with the value's type and the options its outputs
 * are given: what `wgec parse` (`contributions`), `wgec code` (`codings`, and `evidence-rows` with
 * `--level evidence`), `wgec compare` (`comparison`), `wgec validate` (`validation`) and
 * `wgec agree` (`agreement`) write.
 */
export interface OutputKinds {
  readonly contributions: {
    readonly value: readonly ParsedFile[]
    readonly options: NoOutputOptions
  }
  readonly codings: {readonly value: readonly CodedFile[]; readonly options: CodingsOutputOptions}
  readonly 'evidence-rows': {
    readonly value: readonly EvidenceRow[]
    readonly options: NoOutputOptions
  }
  readonly comparison: {readonly value: Comparison; readonly options: ComparisonOutputOptions}
  readonly validation: {readonly value: Validation; readonly options: NoOutputOptions}
  readonly agreement: {readonly value: Agreement; readonly options: NoOutputOptions}
}

/** The name of a kind of value an output renders. */
export type OutputKind = keyof OutputKinds

/**
 * The kinds of output, in the order of `builtInOutputs`.
 *
 * @example
 *   outputKinds.includes('comparison') // => true
 */
export const outputKinds = [
  'contributions',
  'codings',
  'evidence-rows',
  'comparison',
  'validation',
  'agreement'
] as const satisfies readonly OutputKind[]

/**
 * An output: one format in which one kind of value is written. The built-in outputs are
 * `builtInOutputs`; a library user passes more to `renderOutput` in `options.outputs`, and the
 * CLI takes more from `--plugin` modules (their `outputs`), each then a `--format` choice of the
 * commands that write its kind. A `kind` with a type parameter is the output of that kind.
 *
 * @example
 *   const count: Output<'comparison'> = {
 *     format: 'count',
 *     kind: 'comparison',
 *     extensions: ['.count'],
 *     mediaType: 'text/plain',
 *     render: (comparison) => `${comparison.rows.length}\n`
 *   }
 *   renderOutput('comparison', 'count', comparison, {outputs: [...builtInOutputs, count]}) // => '3\n'
 */
export type Output<Kind extends OutputKind = OutputKind> = {
  readonly [K in Kind]: {
    /** The format's name, kebab-case, one per kind: what `--format` takes. */
    readonly format: string
    /** The kind of value it renders. */
    readonly kind: K
    /**
     * File extensions of the format, lower case with the dot (`.csv`), the usual one first: the
     * CLI's `--out` chooses the format by them.
     */
    readonly extensions: readonly string[]
    /** The media type of what it writes (`text/csv`). */
    readonly mediaType: string
    /** Render a value: text, or bytes for a binary format. Written as it is, to stdout or `--out`. */
    readonly render: (
      value: OutputKinds[K]['value'],
      options: OutputKinds[K]['options']
    ) => string | Uint8Array
  }
}[Kind]
