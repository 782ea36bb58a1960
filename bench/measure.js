// One measurement in its own process, so that its peak memory is its own:
//   node bench/measure.js <stage> <count>
// stage: remark | parse | code | compare. Prints one JSON line.
//
// The time of a stage is measured against bare remark-parse in the same process, interleaved: the
// documents go through in batches of 50, each batch through bare remark-parse and then through the
// stage, so that both meet the same machine (a shared machine's speed drifts by a third between
// runs; a ratio of two separate runs would carry that drift).
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
const batch = 50

// Warm up the code paths (JIT) on other documents of the same kind before timing.
for (const document of generate(200, 1)) {
  processor.parse(document.value)
  if (stage !== 'remark') codePositions(parseContribution(new VFile(document)).contribution)
}

let remark = 0
let ours = 0
let comparing = 0
const coded = []
for (let start = 0; start < documents.length; start += batch) {
  const slice = documents.slice(start, start + batch)
  let before = process.hrtime.bigint()
  for (const document of slice) processor.parse(document.value)
  remark += elapsed(before)
  if (stage === 'remark') continue

  before = process.hrtime.bigint()
  for (const document of slice) {
    const {contribution} = parseContribution(new VFile(document))
    if (stage === 'parse') continue
    const positions = codePositions(contribution)
    if (stage === 'compare')
      coded.push({contribution: slim(contribution), positions, coder: 'rules'})
  }

  ours += elapsed(before)
}

if (stage === 'compare') {
  const before = process.hrtime.bigint()
  compareContributions(coded)
  comparing = elapsed(before)
}

process.stdout.write(
  `${JSON.stringify({
    stage,
    count,
    bytes,
    remarkMilliseconds: remark,
    milliseconds: stage === 'remark' ? remark : ours + comparing,
    compareMilliseconds: comparing,
    peakMemoryMiB: process.resourceUsage().maxRSS / 1024
  })}\n`
)

function elapsed(before) {
  return Number(process.hrtime.bigint() - before) / 1e6
}

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
