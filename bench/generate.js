// Deterministic generator of synthetic contributions for benchmarks: documents recombined from the
// fixtures' own paragraphs (Markdown and PDF-text shapes, English, Spanish and French), seeded.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

const folder = new URL('../fixtures/', import.meta.url).pathname

/** A small seeded PRNG (mulberry32). */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
}

function load() {
  const markdown = []
  const text = []
  for (const name of readdirSync(folder).sort()) {
    if (name === 'README.md' || !/\.(md|txt)$/.test(name)) continue
    const value = readFileSync(join(folder, name), 'utf8')
    const blocks = value
      .replace(/\f/g, '\n\n')
      .split(/\n{2,}/)
      .map((block) => block.trim())
      .filter(Boolean)
    ;(name.endsWith('.txt') ? text : markdown).push({name, value, blocks})
  }

  return {markdown, text}
}

const pool = load()
const questions = [
  [
    'What are the high level characteristics of “enhanced cooperation”?',
    'Taking into consideration the work of the previous WGEC and the Tunis Agenda, particularly paragraphs 69-71, what kind of recommendations should be considered?'
  ],
  [
    '¿Cuáles son las características de alto nivel de la “cooperación reforzada”?',
    'Teniendo en cuenta el trabajo del anterior WGEC y la Agenda de Túnez, en particular los párrafos 69 a 71, ¿qué tipo de recomendaciones deberíamos considerar?'
  ],
  [
    'Quelles sont les caractéristiques de haut niveau de la « coopération renforcée » ?',
    'Compte tenu des travaux du précédent groupe de travail et de l’Agenda de Tunis, en particulier des paragraphes 69 à 71, quel type de recommandations devrions-nous envisager ?'
  ]
]
const submitters = [
  'Chile',
  'Kenya',
  'India',
  'Norway',
  'Ecuador',
  'Sénégal',
  'Fundación Red Abierta',
  'Northbridge Telecom Ltd',
  'Meridian Network Information Centre',
  'Université Hannon'
]

/**
 * Generate `count` contributions, the same ones for the same seed: each has a header, the two
 * 2016 questions in one of three languages, 2 to 24 paragraphs or lists drawn from the fixtures,
 * and a signature; one in five is PDF-like text with page breaks and running headers.
 */
export function generate(count, seed = 2016) {
  const next = random(seed)
  const pick = (list) => list[Math.floor(next() * list.length)]
  const documents = []
  for (let index = 0; index < count; index++) {
    const textLike = next() < 0.2
    const source = textLike ? pick(pool.text) : pick(pool.markdown)
    const [q1, q2] = pick(questions)
    const size = 2 + Math.floor(next() * next() * 22)
    const body = []
    for (let block = 0; block < size; block++) body.push(pick(source.blocks))
    const half = Math.ceil(body.length / 2)
    const parts = [
      textLike
        ? 'COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT'
        : '**UNITED NATIONS COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT**',
      'Working Group on Enhanced Cooperation',
      `Submitted by: ${pick(submitters)}`,
      q1,
      ...body.slice(0, half),
      q2,
      ...body.slice(half),
      'Geneva, 7 December 2016'
    ]
    let value = parts.join('\n\n')
    if (textLike) {
      const lines = value.split('\n')
      const pages = []
      for (let at = 0; at < lines.length; at += 45) {
        pages.push(
          [
            'Contribution to the WGEC – December 2016',
            '',
            ...lines.slice(at, at + 45),
            '',
            `Page ${pages.length + 1}`
          ].join('\n')
        )
      }

      value = pages.join('\f')
    }

    documents.push({
      path: `generated/${String(index).padStart(5, '0')}.${textLike ? 'txt' : 'md'}`,
      value
    })
  }

  return documents
}
