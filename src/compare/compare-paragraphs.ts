/**
 * Order two paragraph numbers of an instrument: by number, then by text (so `'35'` comes before
 * `'35bis'`, and `'9'` before `'10'`).
 *
 * @param a
 *   A paragraph.
 * @param b
 *   Another paragraph.
 * @returns
 *   A negative number when `a` comes first, a positive one when `b` does, else 0.
 * @example
 *   ['10', '35', '9'].sort(compareParagraphs) // => ['9', '10', '35']
 */
export function compareParagraphs(a: string, b: string): number {
  return Number.parseInt(a, 10) - Number.parseInt(b, 10) || compare(a, b)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
