/**
 * Map items through an asynchronous function with at most `concurrency` calls pending at once,
 * keeping the items' order in the result. Items are taken from the iterable only as calls free
 * up, so a generator of large items is never drained ahead of the work. A rejection rejects the
 * whole (catch inside `map` to keep going); the calls already started still settle, no item is
 * taken after it, and the iterator is closed (a generator runs its `finally`).
 *
 * @param items
 *   The items (an iterable or an async iterable).
 * @param map
 *   The function, given an item and its index.
 * @param concurrency
 *   Most calls pending at once, a whole number from 1.
 * @returns
 *   The results, in the items' order.
 * @throws {TypeError}
 *   When `concurrency` is not a whole number from 1.
 * @example
 *   await mapConcurrently([1, 2, 3], async (item) => item * 2, 2) // => [2, 4, 6]
 */
export async function mapConcurrently<Item, Result>(
  items: Iterable<Item> | AsyncIterable<Item>,
  map: (item: Item, index: number) => Result | Promise<Result>,
  concurrency: number
): Promise<Result[]> {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TypeError(
      `Cannot map with \`${String(concurrency)}\` for \`concurrency\`, expected a whole number from 1`
    )
  }
  const given = items as Partial<Iterable<Item> & AsyncIterable<Item>> | null
  if (
    typeof given !== 'object' ||
    given === null ||
    (typeof given[Symbol.asyncIterator] !== 'function' &&
      typeof given[Symbol.iterator] !== 'function')
  ) {
    throw new TypeError(
      `Cannot map \`${given === null ? 'null' : typeof given}\` for \`items\`, expected an iterable or an async iterable object`
    )
  }
  const iterator: AsyncIterator<Item> | Iterator<Item> =
    typeof given[Symbol.asyncIterator] === 'function'
      ? (given as AsyncIterable<Item>)[Symbol.asyncIterator]()
      : (given as Iterable<Item>)[Symbol.iterator]()
  const results: Result[] = []
  let next = 0
  let done = false
  const worker = async () => {
    try {
      while (!done) {
        const step = await iterator.next()
        if (step.done) break
        const index = next++
        results[index] = await map(step.value, index)
      }
    } finally {
      // A rejection stops the other workers from taking more items.
      done = true
    }
  }
  try {
    await Promise.all(Array.from({length: concurrency}, worker))
  } catch (error) {
    // Let a generator run its `finally`: nothing more will be taken from it.
    await iterator.return?.()
    throw error
  }
  return results
}
