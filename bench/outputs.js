// `node bench/outputs.js --save DIR [corpus dir]` (after `npm run build`): runs the built CLI in
// every output format on fixtures/ and on the real corpus (default ../shared/corpus/netmundial-2014)
// and writes each run's stdout, stderr, exit code and written file into DIR, one file per run.
// `node bench/outputs.js --against DIR [corpus dir]` runs the same and names every run whose
// output differs from DIR's (the lines that say which wgec made a file, and JSON `provenance`,
// aside). Made to show that a change of structure changes no output, byte for byte: save before,
// compare after. Exit code 1 when any run differs. Not run by `npm test`.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import process from 'node:process'

const root = new URL('../', import.meta.url).pathname
const cli = join(root, 'dist/cli/cli.js')
const args = process.argv.slice(2)
const mode = args[0]
const folder = args[1]
if ((mode !== '--save' && mode !== '--against') || !folder) {
  process.stderr.write('usage: node bench/outputs.js --save|--against DIR [corpus dir]\n')
  process.exit(2)
}
const corpus = resolve(args[2] ?? join(root, '../shared/corpus/netmundial-2014'))
const scratch = mkdtempSync(join(tmpdir(), 'wgec-outputs-'))
const gold = 'fixtures/netmundial-2014'

/** `--coder` for a trained model: `--coder trained --model m.json` where the CLI has `--model`. */
const help = spawnSync(process.execPath, [cli, 'code', '--help'], {encoding: 'utf8'}).stdout
const model = join(scratch, 'model.json')
const trained = help.includes('--model')
  ? ['--coder', 'trained', '--model', model]
  : ['--coder', model]

/** Each run: a name, the CLI's arguments, and the file it writes (if any). */
const runs = [
  ['codebook', ['codebook']],
  ['schema', ['schema']],
  [
    'train',
    [
      'train',
      'test/fixtures/train',
      '--codings',
      'test/fixtures/train/codings.json',
      '--out',
      model
    ],
    model
  ],
  ['code-trained-json', ['code', 'test/fixtures/train', ...trained, '--format', 'json']]
]
for (const [set, path] of [
  ['fixtures', 'fixtures'],
  ['corpus', corpus]
]) {
  const out = (extension) => join(scratch, `${set}.${extension}`)
  runs.push(
    [`${set}-parse-text`, ['parse', path]],
    [`${set}-parse-json`, ['parse', path, '--format', 'json']],
    [`${set}-code-text`, ['code', path]],
    [`${set}-code-json`, ['code', path, '--format', 'json']],
    [`${set}-code-csv`, ['code', path, '--format', 'csv']],
    [`${set}-code-evidence-csv`, ['code', path, '--format', 'csv', '--level', 'evidence']],
    [`${set}-code-evidence-json`, ['code', path, '--format', 'json', '--level', 'evidence']],
    [`${set}-code-explain`, ['code', path, '--explain']],
    [`${set}-compare-md`, ['compare', path]],
    [`${set}-compare-md-region`, ['compare', path, '--by', 'regional-group']],
    [`${set}-compare-csv`, ['compare', path, '--format', 'csv']],
    [
      `${set}-compare-csv-wide-meta`,
      ['compare', path, '--format', 'csv', '--shape', 'wide', '--meta']
    ],
    [`${set}-compare-json`, ['compare', path, '--format', 'json']],
    [`${set}-compare-json-all`, ['compare', path, '--format', 'json', '--keep-non-contributions']],
    [`${set}-compare-latex`, ['compare', path, '--format', 'latex', '--by', 'consultation']],
    [`${set}-compare-html`, ['compare', path, '--format', 'html']],
    [`${set}-compare-out-tex`, ['compare', path, '--out', out('tex')], out('tex')],
    [`${set}-review`, ['review', path]],
    [`${set}-export-qde`, ['export', path, '--format', 'qde', '--out', out('qde')], out('qde')],
    [`${set}-export-qdpx`, ['export', path, '--out', out('qdpx')], out('qdpx')],
    [`${set}-code-trained-csv`, ['code', path, ...trained, '--format', 'csv']]
  )
}
runs.push(
  [
    'compare-codings',
    ['compare', 'fixtures', '--codings', join(scratch, 'fixtures.qdpx'), '--format', 'csv']
  ],
  [
    'validate-text',
    ['validate', 'test/fixtures/validate', '--codings', 'test/fixtures/validate/codings.json']
  ],
  [
    'validate-json',
    [
      'validate',
      'test/fixtures/validate',
      '--codings',
      'test/fixtures/validate/codings.json',
      '--format',
      'json'
    ]
  ],
  [
    'validate-md',
    [
      'validate',
      'test/fixtures/validate',
      '--codings',
      'test/fixtures/validate/codings.json',
      '--format',
      'md'
    ]
  ],
  ['validate-corpus', ['validate', corpus, '--codings', `${gold}/gold.json`, '--part', 'test']],
  [
    'validate-corpus-trained',
    ['validate', corpus, '--codings', `${gold}/gold-2.json`, ...trained, '--format', 'json']
  ],
  ['agree-text', ['agree', `${gold}/coder-a.json`, `${gold}/coder-b.json`]],
  [
    'agree-json',
    ['agree', '--a', `${gold}/coder-a-2.json`, '--b', `${gold}/coder-b-2.json`, '--format', 'json']
  ]
)

/**
 * What may differ between two builds that give the same results: which wgec made the file and
 * the provenance it records. Replaced where it stands, not by dropping lines: an HTML report is
 * one line.
 */
function normalise(text) {
  return text
    .replace(/Made with wgec[^<\n]*/g, 'Made with wgec …')
    .replace(/"wgec": "[^"]*"/g, '"wgec": "…"')
    .replace(/"provenance": \{[\s\S]*?\n {0,4}\}/g, '"provenance": {}')
}

if (mode === '--save') mkdirSync(folder, {recursive: true})
let differ = 0
for (const [name, argv, written] of runs) {
  if (written) rmSync(written, {force: true})
  const result = spawnSync(process.execPath, [cli, ...argv], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', CI: ''},
    maxBuffer: 1 << 30
  })
  const file = written && existsSync(written) ? readFileSync(written).toString('base64') : ''
  const text = `exit ${result.status}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr.split(scratch).join('<scratch>')}\n--- file\n${file}\n`
  const path = join(folder, `${name}.txt`)
  if (mode === '--save') {
    writeFileSync(path, text)
  } else if (!existsSync(path) || normalise(readFileSync(path, 'utf8')) !== normalise(text)) {
    differ += 1
    process.stdout.write(`differs: ${name}\n`)
  }
}
rmSync(scratch, {recursive: true, force: true})
process.stdout.write(
  mode === '--save'
    ? `${runs.length} runs saved in ${folder}\n`
    : `${runs.length} runs, ${differ} differ\n`
)
process.exitCode = differ > 0 ? 1 : 0
