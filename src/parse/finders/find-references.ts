import type {Reference} from '../../schema/reference.js'
import type {Locator} from '../runs/locate.js'
import type {TextRun} from '../runs/text-run.js'

const symbol =
  /(?<![\p{L}\p{N}/])(?:A|E|S|ST|TD|UNEP|CSTD|WSIS-\d{2}|WSIS)\/[A-Z0-9][A-Za-z0-9.()+-]*(?:\/[A-Za-z0-9.()+-]+)+/gu

/**
 * Find the UN document symbols cited in a run of text (`A/RES/70/125`, `A/70/125`,
 * `E/CN.16/2018/CRP.3`, `WSIS-05/TUNIS/DOC/6(Rev.1)`), trailing punctuation and unbalanced
 * brackets left out.
 *
 * @param run
 *   A tidied run.
 * @param locator
 *   The source's locator.
 * @returns
 *   The references.
 */
export function findReferences(run: TextRun, locator: Locator): Reference[] {
  if (!run.text.includes('/')) return []
  const references: Reference[] = []
  for (const match of run.text.matchAll(symbol)) {
    const written = trimSymbol(match[0])
    references.push({
      symbol: written,
      text: written,
      place: locator.runPlace(run, match.index, match.index + written.length)
    })
  }

  return references
}

function trimSymbol(value: string): string {
  let result = value
  for (;;) {
    const last = result.charAt(result.length - 1)
    if (last === '.' || last === '-' || last === '+') {
      result = result.slice(0, -1)
    } else if (last === ')' && count(result, '(') < count(result, ')')) {
      result = result.slice(0, -1)
    } else {
      return result
    }
  }
}

function count(value: string, character: string): number {
  return value.split(character).length - 1
}
