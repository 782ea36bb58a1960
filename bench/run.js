// `npm run bench`: time parse, code and compare against bare remark-parse on the same generated
// documents, at 100, 1,000 and 10,000 contributions, each measurement in its own process; then
// the CLI end to end on 1,000 files. Prints a Markdown table.
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir, totalmem} from 'node:os'
import {dirname, join} from 'node:path'
import process from 'node:process'
import {generate} from './generate.js'

const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number)
const stages = ['remark', 'parse', 'code', 'compare']
const root = new URL('..', import.meta.url).pathname

function measure(stage, count) {
  const output = execFileSync(
    process.execPath,
    ['--max-old-space-size=4096', join(root, 'bench/measure.js'), stage, String(count)],
    {
      encoding: 'utf8'
    }
  )
  return JSON.parse(output)
}

const rows = []
for (const count of sizes) {
  const results = Object.fromEntries(stages.map((stage) => [stage, measure(stage, count)]))
  const base = results.remark.milliseconds
  for (const stage of stages) {
    const result = results[stage]
    rows.push(
      `| ${count.toLocaleString('en')} | ${(result.bytes / 1024 / 1024).toFixed(1)} MB | ${stage === 'remark' ? 'bare remark-parse' : stage === 'parse' ? 'parse' : stage === 'code' ? 'parse + code' : 'parse + code + compare'} | ${Math.round(result.milliseconds).toLocaleString('en')} ms | ${(result.milliseconds / base).toFixed(2)}× | ${Math.round(result.peakMemoryMiB)} MiB |`
    )
  }
}

// The CLI end to end on 1,000 files, against bare remark-parse on the same files.
const folder = mkdtempSync(join(tmpdir(), 'wgec-bench-'))
const documents = generate(1000, 77)
for (const document of documents) {
  const path = join(folder, document.path)
  mkdirSync(dirname(path), {recursive: true})
  writeFileSync(path, document.value)
}

const remark = measureCommand([join(root, 'bench/remark-files.js'), folder])
const cli = measureCommand([join(root, 'dist/cli.js'), 'compare', folder, '--format', 'csv'])
rmSync(folder, {recursive: true, force: true})
rows.push(
  `| 1,000 files | — | CLI \`wgec compare\` (process start included) | ${Math.round(cli).toLocaleString('en')} ms | ${(cli / remark).toFixed(2)}× | — |`
)

process.stdout.write(
  [
    `Machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`,
    '',
    '| contributions | size | stage | time | vs bare remark-parse | peak memory (RSS) |',
    '|---|---|---|---|---|---|',
    ...rows,
    ''
  ].join('\n')
)

function measureCommand(args) {
  const start = process.hrtime.bigint()
  execFileSync(process.execPath, args, {
    stdio: ['ignore', 'ignore', 'ignore'],
    maxBuffer: 1024 ** 3
  })
  return Number(process.hrtime.bigint() - start) / 1e6
}
