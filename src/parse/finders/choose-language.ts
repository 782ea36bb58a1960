import type {TextRun} from '../runs/text-run.js'
import {stringField} from '../words/string-field.js'
import {detectLanguage} from './detect-language.js'

/**
 * The language of a contribution: its front matter's `language` (or `lang`), else detected from
 * the text from the first answer on (from the start when there is no answer).
 *
 * @param data
 *   The front matter, if any.
 * @param runs
 *   The runs of the blocks and footnotes, in document order.
 * @param bodyStart
 *   The offset of the first answer, if any.
 * @returns
 *   A BCP 47 tag, or `und`.
 */
export function chooseLanguage(
  data: Record<string, unknown> | undefined,
  runs: readonly TextRun[],
  bodyStart: number | undefined
): string {
  const body =
    bodyStart === undefined ? runs : runs.filter((run) => (run.offsets[0] ?? 0) >= bodyStart)
  return (
    stringField(data, 'language') ??
    stringField(data, 'lang') ??
    detectLanguage(body.map((run) => run.text).join('\n'))
  )
}
