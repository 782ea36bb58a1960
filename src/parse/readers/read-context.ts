import type {Locator} from '../runs/locate.js'

/** What readers are given to turn a source into segments: read only, shared by no step after. */
export interface ReadContext {
  readonly source: string
  readonly locator: Locator
  /**
   * Deepest element nesting an HTML reader reads as structure; deeper content is read as text.
   *
   * @default 32
   */
  readonly maxDepth?: number | undefined
}
