// `npm run validate:code -- <corpus dir> [--blocks coders,…,held-out]`:
// the figures of the real gold sets (fixtures/netmundial-2014) as the Markdown blocks of
// docs/methodology.md: the two blind coders' agreement on the first set (`coders`), the second
// (`coders-2`) and the third (`coders-3`), and the coder against the adjudicated gold on the first
// set's tuning part (`tuning`) and test part (`test`), on the second set's halves (`test-2a`,
// opened for tuning after one measurement of the whole, and `test-2b`, held out), on the whole
// second set (`test-2`, not in the doc: half of it is development data now) and on the third set
// (`test-3`, the five long documents, held out), and on both held-out sets pooled (`held-out`:
// test-2b and test-3). Two blocks measure the trained coder (`trainCoder`, default settings)
// instead of the rule coder: `trained-cv`, leave-one-document-out cross-validation on the 61
// development documents (tuning, test, test-2a: each document coded by a coder trained on the 60
// others), and `trained-held-out`, the coder trained on all 61 and measured on test-2b and test-3. Each block is printed between
// `<!-- validate:code NAME -->` and `<!-- /validate:code NAME -->`, to be pasted over the same
// block of the doc; test/docs/methodology.test.ts checks that the doc shows what this prints.
// Four blocks measure on the fresh held-out set (fixtures/netmundial-2014-fresh, corpus
// `--fresh DIR`, by default ../shared/corpus/netmundial-2014-fresh): `coders-fresh`, the two blind
// coders' agreement; `llm-fresh`, the `llm` coder replaying the recorded answers of
// fixtures/netmundial-2014-fresh/llm-answers.jsonl (quotes restored from the corpus, see
// bench/recorded-answers.js); `rules-fresh`, the rule coder; `trained-fresh`, the trained coder
// trained on all 86 development documents.
// Only the blocks asked for are computed. Runs on the built package (dist). Not part of
// `npm test` as a whole: the corpus is not in the repository.
import {readFileSync} from 'node:fs'
import {basename, join, resolve} from 'node:path'
import process from 'node:process'
import {
  cohensKappa,
  createLlmCoder,
  crossCheck,
  defaultCodebook,
  measureAgreement,
  parseContribution,
  readBatchOutput,
  readCodings,
  ruleCoder,
  toValidationMarkdown,
  trainCoder,
  validateCoder
} from '../dist/index.js'
import {loadFiles} from '../dist/node.js'
import {crossValidatedCoder} from './cross-validated-coder.js'
import {recordedSettings, requestTexts, unpackAnswers} from './recorded-answers.js'

const all = [
  'coders',
  'coders-2',
  'coders-3',
  'tuning',
  'test',
  'test-2',
  'test-2a',
  'test-2b',
  'test-3',
  'held-out',
  'trained-cv',
  'trained-held-out',
  'coders-fresh',
  'llm-fresh',
  'rules-fresh',
  'trained-fresh'
]
const args = process.argv.slice(2)
const at = args.indexOf('--blocks')
const freshAt = args.indexOf('--fresh')
const blocks = at === -1 ? all : (args[at + 1] ?? '').split(',').filter(Boolean)
const folder = resolve(
  args.find((arg, index) => !arg.startsWith('--') && index !== at + 1 && index !== freshAt + 1) ??
    '../shared/corpus/netmundial-2014'
)
const freshFolder = resolve(
  freshAt === -1 ? '../shared/corpus/netmundial-2014-fresh' : (args[freshAt + 1] ?? '')
)
const unknown = blocks.filter((block) => !all.includes(block))
if (unknown.length > 0 || blocks.length === 0) {
  process.stderr.write(`validate:code: expected --blocks among ${all.join(', ')}\n`)
  process.exit(2)
}

const gold = new URL('../fixtures/netmundial-2014/', import.meta.url)
const read = (name) => {
  const {codings, messages} = readCodings(readFileSync(new URL(name, gold), 'utf8'), {path: name})
  if (messages.length > 0) throw new Error(`${name}: ${messages.map(String).join('; ')}`)
  return codings
}
const goldCodings = [...read('gold.json'), ...read('gold-2.json'), ...read('gold-3.json')]
const partOf = new Map(goldCodings.map((coding) => [coding.file, coding.part]))
const dimensions = defaultCodebook.dimensions.map((dimension) => dimension.id)
const output = []

if (blocks.includes('coders')) {
  output.push(coders('coders', read('coder-a.json'), read('coder-b.json'), 'test', 'the test part'))
}
if (blocks.includes('coders-2')) {
  output.push(
    coders('coders-2', read('coder-a-2.json'), read('coder-b-2.json'), null, 'the second test set')
  )
}
if (blocks.includes('coders-3')) {
  output.push(
    coders('coders-3', read('coder-a-3.json'), read('coder-b-3.json'), null, 'the third test set')
  )
}

/** The coders' agreement on a set, and on one part of it when the set has parts. */
function coders(name, a, b, part, label) {
  const inPart = (coding) => part === null || partOf.get(coding.file) === part
  const whole = measureAgreement(a, b, {dimensions})
  const documents = (codings) => new Set(codings.map((coding) => coding.file)).size
  if (part === null) {
    return block(name, [
      `Coder A against coder B, before adjudication: the ${documents(a)} documents of ${label}.`,
      '',
      ...table(
        ['dimension', 'agreement', 'kappa', 'alpha'],
        [
          ...dimensions.map((dimension, index) => [dimension, ...cells(whole.dimensions[index])]),
          ['overall', ...cells(whole.overall)]
        ]
      )
    ])
  }
  const test = measureAgreement(a.filter(inPart), b.filter(inPart), {dimensions})
  const rows = [
    ...dimensions.map((dimension, index) => [
      dimension,
      whole.dimensions[index],
      test.dimensions[index]
    ]),
    ['overall', whole.overall, test.overall]
  ]
  return block(name, [
    `Coder A against coder B, before adjudication: all ${documents(a)} documents, and the ${documents(a.filter(inPart))} of ${label}.`,
    '',
    ...table(
      [
        'dimension',
        'agreement (all)',
        'kappa (all)',
        'alpha (all)',
        'agreement (test)',
        'kappa (test)',
        'alpha (test)'
      ],
      rows.map(([dimension, left, right]) => [dimension, ...cells(left), ...cells(right)])
    )
  ])
}

function cells(scores) {
  const decimal = (value) => (value === null ? '—' : value.toFixed(3))
  return [
    scores.percent === null
      ? '—'
      : `${Math.round(scores.percent * scores.units)}/${scores.units} (${(scores.percent * 100).toFixed(1)}%)`,
    decimal(scores.kappa),
    decimal(scores.alpha)
  ]
}

const freshGold = new URL('../fixtures/netmundial-2014-fresh/', import.meta.url)
const readFresh = (name) => {
  const {codings, messages} = readCodings(readFileSync(new URL(name, freshGold), 'utf8'), {
    path: name
  })
  if (messages.length > 0) throw new Error(`${name}: ${messages.map(String).join('; ')}`)
  return codings
}
if (blocks.includes('coders-fresh')) {
  const a = readFresh('coder-a.json')
  const b = readFresh('coder-b.json')
  const ofB = new Map(b.map((coding) => [`${coding.file}|${coding.dimension}`, coding.stance]))
  const text = coders('coders-fresh', a, b, null, 'the fresh held-out set').split('\n')
  const pooled = pooledKappa(
    a.map((coding) => [coding.stance, ofB.get(`${coding.file}|${coding.dimension}`)])
  )
  // Before the closing line of the block, and the empty line above it.
  text.splice(-2, 0, '', pooled)
  output.push(text.join('\n'))
}

const parts = blocks.filter((block) => !block.startsWith('coders') && !block.endsWith('-fresh'))
if (parts.length > 0) {
  const files = [...new Set(goldCodings.map((coding) => coding.file))].map((name) =>
    join(folder, name)
  )
  const contributions = []
  for (const file of await loadFiles(files, {extensions: ['.txt']})) {
    const fatal = file.messages.find((message) => message.fatal)
    if (fatal) throw new Error(`${file.path}: ${fatal.reason}`)
    contributions.push(parseContribution(file).contribution)
  }
  const development = ['tuning', 'test', 'test-2a']
  const heldOut = ['test-2b', 'test-3']
  const inParts = (names) => goldCodings.filter((coding) => names.includes(coding.part))
  for (const part of parts) {
    let report
    if (part === 'trained-cv') {
      report = await validateCoder(contributions, inParts(development), {
        coder: crossValidatedCoder(contributions, inParts(development))
      })
    } else if (part === 'trained-held-out') {
      const coder = trainCoder(contributions, inParts(development))
      report = await validateCoder(contributions, inParts(heldOut), {coder})
    } else {
      const pooled = {'test-2': ['test-2a', 'test-2b'], 'held-out': heldOut}[part]
      report = pooled
        ? await validateCoder(contributions, inParts(pooled))
        : await validateCoder(contributions, goldCodings, {part})
    }
    if (report.missingDocuments.length > 0) {
      throw new Error(`Not in ${folder}: ${report.missingDocuments.join(', ')}`)
    }
    const markdown = toValidationMarkdown(report, {title: null, details: false}).trimEnd()
    output.push(block(part, markdown.split('\n')))
  }
}

const freshParts = blocks.filter((block) => block.endsWith('-fresh') && block !== 'coders-fresh')
if (freshParts.length > 0) {
  const gold = readFresh('gold.json')
  const names = [...new Set(gold.map((coding) => coding.file))]
  const contributions = []
  for (const file of await loadFiles(
    names.map((name) => join(freshFolder, name)),
    {extensions: ['.txt']}
  )) {
    const fatal = file.messages.find((message) => message.fatal)
    if (fatal) throw new Error(`${file.path}: ${fatal.reason}`)
    contributions.push(parseContribution(file).contribution)
  }
  for (const part of freshParts) {
    let coder
    const messages = []
    if (part === 'llm-fresh') {
      const packed = readFileSync(new URL('llm-answers.jsonl', freshGold), 'utf8')
      const unpacked = unpackAnswers(packed, await requestTexts(freshFolder, names))
      const {exchanges, problems} = readBatchOutput(unpacked)
      if (problems.length > 0) throw new Error(`llm-answers.jsonl: ${problems.join('; ')}`)
      const llm = createLlmCoder({
        ...recordedSettings,
        store: {name: 'llm-answers.jsonl', get: async (key) => exchanges.get(key)}
      })
      // The coder's messages (quotes not found, stances without a quote) are counted, and each
      // cell is checked against the rule coder, to rank the cells for review.
      coder = crossCheck(
        {
          ...llm,
          code: (contribution, codebook) =>
            llm.code(contribution, codebook, {report: (message) => messages.push(message)})
        },
        ruleCoder
      )
    } else if (part === 'trained-fresh') {
      const development = []
      for (const file of await loadFiles(
        [...new Set(goldCodings.map((coding) => coding.file))].map((name) => join(folder, name)),
        {extensions: ['.txt']}
      )) {
        development.push(parseContribution(file).contribution)
      }
      coder = trainCoder(development, goldCodings)
    }
    // Each document's stances, kept for the pooled kappa below.
    const base = coder ?? ruleCoder
    const stances = new Map()
    const kept = {
      ...base,
      code: async (contribution, codebook, context) => {
        const positions = await base.code(contribution, codebook, context)
        const file = basename(contribution.source.path ?? '')
        for (const position of positions)
          stances.set(`${file}|${position.dimension}`, position.stance)
        return positions
      }
    }
    const report = await validateCoder(contributions, gold, {coder: kept})
    if (report.missingDocuments.length > 0 || (report.failedDocuments ?? []).length > 0) {
      throw new Error(
        `Not coded: ${[...report.missingDocuments, ...(report.failedDocuments ?? [])].join(', ')}`
      )
    }
    const markdown = toValidationMarkdown(report, {title: null, details: false}).trimEnd()
    const lines = markdown.split('\n')
    lines.push(
      '',
      pooledKappa(
        gold.map((coding) => [coding.stance, stances.get(`${coding.file}|${coding.dimension}`)])
      )
    )
    if (part === 'llm-fresh') {
      const count = (id) => messages.filter((message) => message.ruleId === id).length
      lines.push(
        '',
        `Quotes not found in the text: ${count('quote-not-found')}; stances left \`unstated\` for want of a verified quote: ${count('unverified-stance')}; answers that did not fit the codebook: ${count('invalid-answer')}.`
      )
    }
    output.push(block(part, lines))
  }
}

process.stdout.write(`${output.join('\n\n')}\n`)

/**
 * Cohen's kappa over every cell with the stances of all dimensions in one pool, so that
 * `unstated` (and `mixed`) is one category whatever the dimension: the measure of the figures
 * issue 18 quotes (the table's overall kappa keeps each dimension's stances apart, which makes
 * chance agreement on `unstated` small).
 */
function pooledKappa(pairs) {
  return `Cohen's kappa with the stances of every dimension in one pool (\`unstated\` and \`mixed\` one category each): ${cohensKappa(pairs).toFixed(3)}.`
}

function block(name, lines) {
  return [
    `<!-- validate:code ${name} -->`,
    '',
    ...lines,
    '',
    `<!-- /validate:code ${name} -->`
  ].join('\n')
}

/** A GFM table, its first column left-aligned and the others right-aligned. */
function table(header, rows) {
  const widths = header.map((cell, index) =>
    Math.max(3, cell.length, ...rows.map((row) => row[index].length))
  )
  const line = (cells) =>
    `| ${cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join(' | ')} |`
  const rule = `| ${widths.map((width, index) => (index === 0 ? `:${'-'.repeat(width - 1)}` : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`
  return [line(header), rule, ...rows.map(line)]
}
