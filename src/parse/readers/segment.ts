import type {Block, List, ListItem, Quote, Table} from '../../schema/block.js'
import type {Place} from '../../schema/place.js'
import type {TextRun} from '../runs/text-run.js'

/**
 * A top-level unit of a document, whatever its format, with what the structure reader needs to
 * see: the text of paragraphs and headings (untidied, line breaks kept), whether it is set apart
 * as a heading would be, and list items one by one.
 */
export type Segment =
  | TextSegment
  | QuoteSegment
  | ListSegment
  | TableSegment
  | OtherSegment
  | FootnoteSegment

export interface TextSegment {
  kind: 'text'
  /** `heading` for a heading, `strong` for a paragraph wholly in bold, else `plain`. */
  emphasis: 'heading' | 'strong' | 'plain'
  depth: number
  run: TextRun
  place: Place
  /**
   * In a form record (see `splitFormFields`): the lines before its fields (`title`), its labelled
   * fields (`fields`), or a line naming the section that follows (`label`, `Abstract`).
   */
  role?: 'title' | 'fields' | 'label'
  /** The term of an HTML definition list (`<dt>`): a label whose value is what follows it. */
  term?: true
}

export interface QuoteSegment {
  kind: 'quote'
  block: Quote
  /** The text of a quote that holds one paragraph, for recognising a quoted question. */
  run: TextRun | undefined
}

export interface ListSegment {
  kind: 'list'
  block: List
  items: ItemSegment[]
}

export interface ItemSegment {
  block: ListItem
  /** The item's number in an ordered list. */
  number: number | undefined
  /** The text of the item's first paragraph. */
  first: TextRun | undefined
  firstPlace: Place | undefined
  /** The item's blocks after the first paragraph. */
  rest: Block[]
}

/** A table, with the text and place of each cell, for tables of questions and answers. */
export interface TableSegment {
  kind: 'table'
  block: Table
  rows: Array<{place: Place; cells: Array<{run: TextRun}>}>
}

export interface OtherSegment {
  kind: 'other'
  block: Block
}

export interface FootnoteSegment {
  kind: 'footnote'
  label: string
  run: TextRun
  place: Place
}

/** The result of reading a document into segments. */
export interface ReadResult {
  segments: Segment[]
  frontMatter: {value: string; place: Place} | undefined
  /**
   * Labels of footnotes printed below a rule in text from a PDF, whose markers in the text are
   * plain digits after a word (`Tunis Agenda.1`): only these labels are taken for markers.
   */
  plainMarkers: ReadonlySet<string>
  /** Text dropped as page furniture (running headers, page numbers) or web page chrome. */
  dropped: Array<{
    kind: 'page-number' | 'running-header' | 'page-chrome' | 'hidden-content'
    text: string
    place: Place
  }>
}
