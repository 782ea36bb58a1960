// `npm run bench`: time parse, code and compare against bare remark-parse on the same generated
// documents, at 100, 1,000 and 10,000 contributions, each measurement in its own process (see
// measure.js: its ratio is timed interleaved with bare remark-parse in that process); then single
// large documents; then the CLI end to end on 1,000 files. Prints Markdown tables.
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir, totalmem} from 'node:os'
import {dirname, join} from 'node:path'
import process from 'node:process'
import {generate} from './generate.js'

const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number)
const stages = ['remark', 'parse', 'code', 'compare']
const labels = {
  remark: 'bare remark-parse',
  parse: 'parse',
  code: 'parse + code',
  compare: 'parse + code + compare'
}
const root = new URL('..', import.meta.url).pathname
const node = (script, ...args) =>
  execFileSync(process.execPath, ['--max-old-space-size=4096', join(root, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 1024 ** 3
  })
const format = (value) => Math.round(value).toLocaleString('en')

const corpus = []
for (const count of sizes) {
  for (const stage of stages) {
    const result = JSON.parse(node('bench/measure.js', stage, String(count)))
    const megabytes = result.bytes / 1024 / 1024
    corpus.push(
      `| ${count.toLocaleString('en')} | ${megabytes.toFixed(1)} MB | ${labels[stage]} | ${format(result.milliseconds)} ms | ${format(result.milliseconds / megabytes)} ms | ${stage === 'remark' ? '1.00×' : `${(result.milliseconds / result.remarkMilliseconds).toFixed(2)}×`} | ${format(result.peakMemoryMiB)} MiB |`
    )
  }
}

const large = node('bench/large.js')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line))
  .map(
    (result) =>
      `| ${result.characters.toLocaleString('en')} | ${format(result.remark)} ms | ${format(result.ours)} ms | ${(result.ours / result.remark).toFixed(2)}× | ${((result.ours / result.characters) * 1e6).toFixed(1)} ms |`
  )

// The CLI end to end on 1,000 files, against bare remark-parse reading the same files: three
// runs of each, alternating, and the middle ratio.
const folder = mkdtempSync(join(tmpdir(), 'wgec-bench-'))
for (const document of generate(1000, 77)) {
  const path = join(folder, document.path)
  mkdirSync(dirname(path), {recursive: true})
  writeFileSync(path, document.value)
}

const runs = []
for (let round = 0; round < 3; round++) {
  const remark = time([join(root, 'bench/remark-files.js'), folder])
  const cli = time([join(root, 'dist/cli/cli.js'), 'compare', folder, '--format', 'csv'])
  runs.push({remark, cli, ratio: cli / remark})
}

rmSync(folder, {recursive: true, force: true})
runs.sort((a, b) => a.ratio - b.ratio)
const middle = runs[1]

process.stdout.write(
  [
    `Machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`,
    '',
    '| contributions | size | stage | time | per MB | vs bare remark-parse | peak memory (RSS) |',
    '|---|---|---|---|---|---|---|',
    ...corpus,
    '',
    'One large document (parse + code):',
    '',
    '| characters | bare remark-parse | parse + code | ratio | per million characters |',
    '|---|---|---|---|---|',
    ...large,
    '',
    `CLI \`wgec compare\` on 1,000 files (process start included): ${format(middle.cli)} ms, ${middle.ratio.toFixed(2)}× bare remark-parse reading the same files (${format(middle.remark)} ms); the middle of three runs.`,
    ''
  ].join('\n')
)

function time(args) {
  const start = process.hrtime.bigint()
  execFileSync(process.execPath, args, {
    stdio: ['ignore', 'ignore', 'ignore'],
    maxBuffer: 1024 ** 3
  })
  return Number(process.hrtime.bigint() - start) / 1e6
}
