/**
 * A seeded pseudo-random number generator (mulberry32) for one stream, named by a key, so each
 * submitter's bootstrap is reproducible and independent of the others and of their order.
 *
 * @param seed
 *   The seed of the whole run.
 * @param key
 *   The stream's name.
 * @returns
 *   A function giving numbers in [0, 1).
 * @example
 *   createRandom(1, 'a')() === createRandom(1, 'a')() // => true
 */
export function createRandom(seed: number, key: string): () => number {
  let state = seed >>> 0
  for (let index = 0; index < key.length; index++) {
    state = Math.imul(state ^ key.charCodeAt(index), 0x9e3779b1) >>> 0
  }

  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
}
