// `npm run build && node bench/profile.js [corpus dir] [rounds]`: where the time of `code` goes.
// Parses and codes every file of the corpus (default ../shared/corpus/netmundial-2014, 3 rounds)
// under the V8 CPU profiler, maps each sample through dist's source maps to its file in src/
// (or the package in node_modules), and prints the share of samples by folder, by file and by
// function, as Markdown tables (docs/performance.md). Not run by `npm test`.
import {readFileSync} from 'node:fs'
import {Session} from 'node:inspector/promises'
import {SourceMap} from 'node:module'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {codePositions, parseContribution} from '../dist/index.js'
import {loadFiles} from '../dist/node.js'

const folder =
  process.argv[2] ?? new URL('../../shared/corpus/netmundial-2014', import.meta.url).pathname
const rounds = Number(process.argv[3] ?? 3)
const files = await loadFiles([folder])

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', {interval: 200})
await session.post('Profiler.start')
for (let round = 0; round < rounds; round++) {
  for (const file of files) codePositions(parseContribution(file).contribution)
}
const {profile} = await session.post('Profiler.stop')
session.disconnect()

const maps = new Map()
function mapOf(url) {
  if (!maps.has(url)) {
    try {
      const path = fileURLToPath(url)
      maps.set(url, new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8'))))
    } catch {
      maps.set(url, undefined)
    }
  }
  return maps.get(url)
}

/** The source file of a sample's frame: a file of src/, a package, or what V8 names it. */
function sourceOf({url, lineNumber, columnNumber, functionName}) {
  if (!url) return `(${functionName || 'program'})`
  let source = url
  const entry = url.includes('/dist/') ? mapOf(url)?.findEntry(lineNumber, columnNumber) : undefined
  if (entry?.originalSource) source = entry.originalSource
  const package_ = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)
  if (package_) return `node_modules/${package_[1]}`
  const own = /(src\/.*)$/.exec(source)
  return own ? own[1] : source.replace(/^node:.*/, 'node: (Node.js internals)')
}

const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
const total = profile.samples.length
const tallies = {folder: new Map(), file: new Map(), function: new Map()}
const add = (map, key) => map.set(key, (map.get(key) ?? 0) + 1)
for (const id of profile.samples) {
  const frame = nodes.get(id).callFrame
  const file = sourceOf(frame)
  const depth = /^src\/code\/coders\//.test(file) ? 4 : /^src\/(?:parse|code)\//.test(file) ? 3 : 2
  add(tallies.file, file)
  add(tallies.folder, file.startsWith('src/') ? file.split('/').slice(0, depth).join('/') : file)
  add(tallies.function, `\`${frame.functionName || '(anonymous)'}\` (${file})`)
}

process.stdout.write(
  `${files.length} files, ${rounds} rounds, ${total.toLocaleString('en')} samples of 0.2 ms\n`
)
for (const [name, map] of Object.entries(tallies)) {
  process.stdout.write(`\n| ${name} | share of samples |\n| :-- | --: |\n`)
  for (const [key, count] of [...map].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    process.stdout.write(
      `| ${key.replaceAll('|', '\\|')} | ${((100 * count) / total).toFixed(1)}% |\n`
    )
  }
}
