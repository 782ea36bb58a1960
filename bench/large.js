// Single large documents: parse + code of one contribution of 20,000 to 320,000 characters (a
// fixture's paragraphs repeated), against bare remark-parse on the same text, to show that the
// time of one document grows in proportion to its length. Prints one JSON line per size.
import {readFileSync} from 'node:fs'
import process from 'node:process'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {codePositions, parseContribution} from '../dist/index.js'

const source = readFileSync(new URL('../fixtures/wgec-2016-cuba.md', import.meta.url), 'utf8')
const paragraphs = source.split(/\n{2,}/)
const processor = unified().use(remarkParse)

function document(size) {
  const parts = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const paragraph = paragraphs[index % paragraphs.length]
    parts.push(paragraph)
    length += paragraph.length + 2
  }

  return parts.join('\n\n')
}

// Warm up on the document itself.
for (let round = 0; round < 3; round++) {
  const value = document(40_000)
  processor.parse(value)
  codePositions(parseContribution(new VFile({path: 'warm.md', value})).contribution)
}

for (const size of [20_000, 40_000, 80_000, 160_000, 320_000]) {
  const value = document(size)
  let remark = Number.POSITIVE_INFINITY
  let ours = Number.POSITIVE_INFINITY
  // The fastest of three, interleaved.
  for (let round = 0; round < 3; round++) {
    let before = process.hrtime.bigint()
    processor.parse(value)
    remark = Math.min(remark, Number(process.hrtime.bigint() - before) / 1e6)
    before = process.hrtime.bigint()
    codePositions(parseContribution(new VFile({path: 'large.md', value})).contribution)
    ours = Math.min(ours, Number(process.hrtime.bigint() - before) / 1e6)
  }

  process.stdout.write(`${JSON.stringify({characters: value.length, remark, ours})}\n`)
}
