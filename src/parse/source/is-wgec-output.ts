/** The first line and sentence of `wgec compare --format md`. */
const markdownReport = /^# Comparison\r?\n\r?\n\d+ submitters?, coded with /

/** The head of `wgec compare --format html`: its policy that no script runs, then its title. */
const htmlReport =
  /^<!doctype html><html[^>]*><head><meta charset="utf-8">[\s\S]{0,400}?<meta http-equiv="Content-Security-Policy"[^>]*><title>Comparison<\/title>/i

/**
 * Whether a document is a report `wgec compare` wrote (Markdown or HTML), told by how it begins:
 * a report saved in the folder of its contributions must not be read back as one of them.
 *
 * @param text
 *   The start of a document (its first kilobyte is enough).
 * @returns
 *   `'Markdown'` or `'HTML'` for a report, else `undefined`.
 * @example
 *   isWgecOutput('# Comparison\n\n20 submitters, coded with enhanced-cooperation 1.1.0') // => 'Markdown'
 */
export function isWgecOutput(text: string): 'Markdown' | 'HTML' | undefined {
  const head = text.slice(0, 2048)
  if (markdownReport.test(head)) return 'Markdown'
  if (htmlReport.test(head)) return 'HTML'
  return undefined
}
