// `node bench/review.js [sizes]` (after `npm run build`): what a review and the REFI-QDA exchange
// cost on generated corpora (default 1,000 and 5,000 contributions, the smaller a prefix of the
// larger): the comparison without and with reviewed codings (one cell in ten), the review sheet,
// the .qdpx export and its import. The sizes are timed in turn, three rounds, and each figure is
// the middle round, so that every size meets the same machine. Prints a Markdown table with the
// ratio of each figure to the smallest size's. Not run by `npm test`.
import process from 'node:process'
import {VFile} from 'vfile'
import {
  defaultCodebook as codebook,
  codePositions,
  compareContributions,
  parseContribution,
  readQdpx,
  toQdpx,
  toReviewSheet,
  weighEvidence
} from '../dist/index.js'
import {generate} from './generate.js'

const sizes = (process.argv[2] ?? '1000,5000').split(',').map(Number)
const all = generate(Math.max(...sizes)).map((document) => {
  const {contribution} = parseContribution(new VFile(document))
  return {contribution, positions: codePositions(contribution), coder: 'rules'}
})

const stages = {
  compare: ({entries}) => compareContributions(entries, {samples: 100}),
  'compare, 10% reviewed': ({entries, codings}) =>
    compareContributions(entries, {samples: 100, codings}),
  'review sheet': ({entries}) => toReviewSheet(entries),
  'export .qdpx': ({entries}) => toQdpx(entries, {codebook}),
  'import .qdpx': ({project}) => readQdpx(project, {codebook, weigh: weighEvidence})
}

const inputs = sizes.map((size) => {
  const entries = all.slice(0, size)
  const cells = new Map()
  for (const [index, entry] of entries.entries()) {
    for (const [dimension, position] of entry.positions.entries()) {
      if ((index * 6 + dimension) % 10 !== 0) continue
      // Generated ids repeat: one coding per contribution and dimension.
      cells.set(`${entry.contribution.id} ${position.dimension}`, {
        contributionId: entry.contribution.id,
        dimension: position.dimension,
        stance: 'mixed',
        coder: 'bench'
      })
    }
  }
  const project = toQdpx(entries, {codebook})
  return {size, entries, codings: [...cells.values()], project}
})

const times = new Map()
for (let round = 0; round < 3; round++) {
  for (const input of inputs) {
    for (const [name, run] of Object.entries(stages)) {
      const start = performance.now()
      run(input)
      const key = `${name} ${input.size}`
      times.set(key, [...(times.get(key) ?? []), performance.now() - start])
    }
  }
}

const middle = (list) => [...list].sort((a, b) => a - b)[1]
const format = (value) => `${Math.round(value).toLocaleString('en')} ms`
console.log(`| stage | ${sizes.map((size) => size.toLocaleString('en')).join(' | ')} | ratio |`)
console.log(`| --- | ${sizes.map(() => '---:').join(' | ')} | ---: |`)
for (const name of Object.keys(stages)) {
  const values = sizes.map((size) => middle(times.get(`${name} ${size}`)))
  const ratio = (values.at(-1) / values[0]).toFixed(1)
  console.log(`| ${name} | ${values.map(format).join(' | ')} | ${ratio}× |`)
}
console.log(
  `| .qdpx size | ${inputs.map((input) => `${(input.project.length / 1024 / 1024).toFixed(1)} MB`).join(' | ')} | ${(inputs.at(-1).project.length / inputs[0].project.length).toFixed(1)}× |`
)
