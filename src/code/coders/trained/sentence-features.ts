import {normalize} from '../../../text/normalize.js'

/**
 * The features a trained coder reads in a sentence: its folded words of three letters or more,
 * and each pair of such words that follow each other (`new body`), once each, in order of first
 * appearance.
 *
 * @param text
 *   A sentence.
 * @returns
 *   The distinct features.
 * @example
 *   sentenceFeatures('A new body, not the IGF.') // => ['new', 'body', 'not', 'the', 'igf', 'new body', 'body not', 'not the', 'the igf']
 */
export function sentenceFeatures(text: string): string[] {
  const words = normalize(text)
    .split(' ')
    .filter((word) => word.length >= 3)
  const features = new Set(words)
  for (let index = 0; index + 1 < words.length; index++) {
    features.add(`${words[index]} ${words[index + 1]}`)
  }
  return [...features]
}
