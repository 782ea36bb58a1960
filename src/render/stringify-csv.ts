import {stringify} from 'csv-stringify/browser/esm/sync'

/** A field of a CSV record: text, a number, or nothing (an empty field). */
export type CsvField = string | number | null | undefined

// OWASP, CSV Injection: a cell that begins with one of these is read as a formula by Excel,
// LibreOffice Calc and Google Sheets.
const formulaStart = /^[=+\-@\t\r]/

/**
 * Neutralise text that a spreadsheet would run as a formula, as OWASP's CSV-injection guidance
 * says: text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
 * single quote (`'`), so that Excel and LibreOffice show it as text. Other text is unchanged.
 *
 * @param value
 *   Text of a cell.
 * @returns
 *   The text, with a `'` in front when it would start a formula.
 * @example
 *   neutralizeFormula('=HYPERLINK("http://x.invalid")') // => "'=HYPERLINK(\"http://x.invalid\")"
 *   neutralizeFormula('Cuba') // => 'Cuba'
 */
export function neutralizeFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value
}

/**
 * Write records as CSV, the one CSV writer of the project (comparison tables, codings): a
 * header row, `,` between fields, `\n` after every record, RFC 4180 quoting; text neutralised
 * with `neutralizeFormula` (and then always quoted); numbers written in full with `.` as the
 * decimal separator and no exponent, so that `-1` stays the number -1; `null` and `undefined`
 * as empty fields.
 *
 * @param columns
 *   Names of the columns (the header row, written as they are).
 * @param records
 *   One array of fields per record, in column order.
 * @returns
 *   CSV text, ending in a newline.
 * @example
 *   stringifyCsv(['name', 'score'], [['=1+1', -1]]) // => "name,score\n\"'=1+1\",-1\n"
 */
export function stringifyCsv(
  columns: readonly string[],
  records: ReadonlyArray<readonly CsvField[]>
): string {
  return stringify(
    records.map((record) => record.map((value) => field(value))),
    {
      header: true,
      columns: [...columns],
      record_delimiter: 'unix',
      quoted_match: /^'[=+\-@\t\r]/
    }
  )
}

function field(value: CsvField): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return neutralizeFormula(value)
  const text = String(value)
  if (!text.includes('e')) return text
  // Below 1e-6 (and from 1e21) `String` uses an exponent: write the same digits in full.
  const [mantissa = '', exponent = '0'] = text.split('e')
  const sign = mantissa.startsWith('-') ? '-' : ''
  const digits = mantissa.replace(/^-/, '').replace('.', '')
  const point = 1 + Number(exponent)
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}
