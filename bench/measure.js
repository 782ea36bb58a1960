// One measurement in its own process, so that its peak memory is its own:
//   node bench/measure.js <stage> <count>
// stage: remark | parse | code | compare. Prints one JSON line.
import process from 'node:process'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {codePositions, compareContributions, parseContribution} from '../dist/index.js'
import {generate} from './generate.js'

const [stage, countText] = process.argv.slice(2)
const count = Number(countText)
const documents = generate(count)
const bytes = documents.reduce((sum, document) => sum + Buffer.byteLength(document.value), 0)
const processor = unified().use(remarkParse)

// Warm up the code paths (JIT) on a few documents before timing.
for (const document of documents.slice(0, 20)) {
  processor.parse(document.value)
  codePositions(parseContribution(new VFile(document)).contribution)
}

const start = process.hrtime.bigint()
if (stage === 'remark') {
  for (const document of documents) processor.parse(document.value)
} else {
  const coded = []
  for (const document of documents) {
    const {contribution} = parseContribution(new VFile(document))
    if (stage === 'parse') continue
    const positions = codePositions(contribution)
    if (stage === 'compare') coded.push({contribution: slim(contribution), positions})
  }

  if (stage === 'compare') compareContributions(coded)
}

const milliseconds = Number(process.hrtime.bigint() - start) / 1e6
process.stdout.write(
  `${JSON.stringify({stage, count, bytes, milliseconds, peakMemoryMiB: process.resourceUsage().maxRSS / 1024})}\n`
)

/** What comparison needs of a contribution (the CLI keeps as little). */
function slim(contribution) {
  return {
    ...contribution,
    header: {...contribution.header, blocks: []},
    preamble: [],
    signature: [],
    answers: contribution.answers.map((answer) => ({...answer, blocks: []}))
  }
}
