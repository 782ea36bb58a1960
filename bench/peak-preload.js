// Preloaded into a child process by bench/memory.js (`node --import`): on exit, write the
// process's peak resident memory (in KiB, from getrusage) to the file named by WGEC_BENCH_PEAK.
import {writeFileSync} from 'node:fs'
import process from 'node:process'

const target = process.env.WGEC_BENCH_PEAK
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS))
  })
}
