import {resolveCountry} from '../../countries/resolve-country.js'
import {placeParticles} from '../words/place-particles.js'

const ministry =
  /^(?:the\s+)?(?:ministry|minist[eè]re|ministerio|minist[ée]rio|department|departamento|d[ée]partement)\s+(?:of|for|de|del|des|du|da|do)\s/iu
const ofCountry = /\s(?:of|de|del|du|des|da|do|d['’])\s+(?:the\s+|la\s+|el\s+|le\s+|l['’]\s*)?/giu
/** Small words a country's name in title case keeps in lower case (`Trinidad and Tobago`). */
const particles = new Set([...placeParticles, 'and', 'et', 'y', 'du', 'des'])

/**
 * The country a ministry's letterhead names (`MINISTRY OF … / OF THE REPUBLIC OF GHANA`, over its
 * first lines): the longest tail after `of` that is a country's name, as written (a name in
 * capitals in title case, `Republic of Ghana`).
 *
 * @param text
 *   The letterhead's text, its lines kept.
 * @returns
 *   The country's name, or nothing when the text is no ministry's letterhead or names no country.
 * @example
 *   ministryCountry('MINISTRY OF FINANCE\nOF THE KINGDOM OF MOROCCO') // => 'Kingdom of Morocco'
 */
export function ministryCountry(text: string): string | undefined {
  if (text.length > 400 || !ministry.test(text)) return undefined
  const lines = text.split('\n').map((line) => line.trim())
  for (let count = 1; count <= Math.min(lines.length, 4); count++) {
    const joined = lines.slice(0, count).join(' ')
    for (const match of joined.matchAll(ofCountry)) {
      const tail = joined.slice(match.index + match[0].length).trim()
      if (tail && resolveCountry(tail)) return tail === tail.toUpperCase() ? titleCase(tail) : tail
    }
  }

  return undefined
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((word, index) =>
      index > 0 && particles.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)
    )
    .join(' ')
}
