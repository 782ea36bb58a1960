// `node bench/memory.js [count]` (after `npm run build`): the peak memory (RSS) of
// `wgec compare` over `count` generated contributions (default 10,000), for each output format,
// each run in its own process; prints a Markdown table. Not part of `npm run bench` (it takes
// several minutes): run it when the renderers or the comparison change.
import {execFileSync} from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import process from 'node:process'
import {generate} from './generate.js'

const count = Number(process.argv[2] ?? 10_000)
const formats = (process.env.BENCH_FORMATS ?? 'md,csv,json,latex,html').split(',')
const root = new URL('..', import.meta.url).pathname
const folder = mkdtempSync(join(tmpdir(), 'wgec-memory-'))
const corpus = join(folder, 'corpus')
for (const document of generate(count, 77)) {
  const path = join(corpus, document.path)
  mkdirSync(dirname(path), {recursive: true})
  writeFileSync(path, document.value)
}

const rows = []
for (const format of formats) {
  const peak = join(folder, `${format}.peak`)
  const out = join(folder, `report.${format}`)
  const start = performance.now()
  try {
    execFileSync(
      process.execPath,
      [
        '--import',
        join(root, 'bench/peak-preload.js'),
        join(root, 'dist/cli/cli.js'),
        'compare',
        corpus,
        '--format',
        format,
        '--out',
        out
      ],
      {env: {...process.env, WGEC_BENCH_PEAK: peak}, stdio: ['ignore', 'ignore', 'ignore']}
    )
  } catch {
    // Exit code 1 when some generated file has an error; the report is still written.
  }

  const seconds = (performance.now() - start) / 1000
  // No figure when the child died without exiting (out of memory): its `exit` handler never ran.
  const mebibytes = existsSync(peak)
    ? `${Math.round(Number(readFileSync(peak, 'utf8')) / 1024)} MiB`
    : 'crashed'
  const output = existsSync(out) ? `${(statSync(out).size / 1024 / 1024).toFixed(1)} MB` : 'none'
  const row = `| ${count.toLocaleString('en')} | ${format} | ${seconds.toFixed(1)} s | ${mebibytes} | ${output} |`
  rows.push(row)
  process.stderr.write(`${row}\n`)
}

rmSync(folder, {recursive: true, force: true})
process.stdout.write(
  `${['| contributions | format | time | peak memory (RSS) | output |', '|---|---|---|---|---|', ...rows].join('\n')}\n`
)
