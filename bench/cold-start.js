// `npm run bench:start`: the CPU time of a whole `wgec` process from start to exit (user + system,
// children's times from /proc/self/stat), against `node -e "import('remark-parse')"`, the floor any
// run of the parser pays. Runs are interleaved, several of each; prints the medians and ratios.
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {cpus} from 'node:os'
import {join} from 'node:path'
import process from 'node:process'

const root = new URL('..', import.meta.url).pathname
const runs = Number(process.env.BENCH_RUNS ?? 15)
const ticks = 100 // USER_HZ on Linux
const cli = join(root, 'dist/cli/cli.js')
const file = join(root, 'fixtures/wgec-2016-cuba.md')

const commands = {
  'node -e "import(\'remark-parse\')"': ['-e', "import('remark-parse')"],
  'node -e ""': ['-e', ''],
  'wgec code one-file.md': [cli, 'code', file],
  'wgec parse one-file.md': [cli, 'parse', file],
  'wgec compare one-file.md': [cli, 'compare', file],
  'wgec code --codebook file.json one-file.md': [
    cli,
    'code',
    '--codebook',
    join(root, 'src/codebooks/enhanced-cooperation.json'),
    file
  ]
}

/** CPU seconds used by the children this process has waited for, so far. */
function childrenCpu() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? []
  // After the `comm` field: state is field 3; cutime and cstime are fields 16 and 17.
  return (Number(fields[13]) + Number(fields[14])) / ticks
}

const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]))
for (let run = 0; run < runs; run++) {
  for (const [name, args] of Object.entries(commands)) {
    const before = childrenCpu()
    const result = spawnSync(process.execPath, args, {
      cwd: root,
      stdio: ['ignore', 'ignore', 'ignore']
    })
    if (result.status !== 0 && !name.startsWith('node'))
      throw new Error(`${name} exited ${result.status}`)
    samples[name].push(childrenCpu() - before)
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}
const base = median(samples['node -e "import(\'remark-parse\')"'])
console.log(
  `${runs} interleaved runs each, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}\n`
)
console.log('| command | median CPU (ms) | × remark-parse import |')
console.log('|---|--:|--:|')
for (const [name, values] of Object.entries(samples)) {
  const value = median(values)
  console.log(`| \`${name}\` | ${Math.round(value * 1000)} | ${(value / base).toFixed(2)} |`)
}
