// `node bench/train-settings.js [corpus dir]`: the settings of the trained coder (`trainCoder`)
// compared by leave-one-document-out cross-validation on the 61 development documents of the
// real gold sets (parts tuning, test and test-2a; never test-2b nor test-3), as a Markdown table:
// each document is coded by a coder trained on the other 60. These are the twelve settings the
// default ones were chosen from (docs/methodology.md, "A trained coder"). Runs on the built
// package (dist); takes a few minutes. Not part of `npm test`: the corpus is not in the
// repository.
import {readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import process from 'node:process'
import {parseContribution, readCodings, validateCoder} from '../dist/index.js'
import {loadFiles} from '../dist/node.js'
import {crossValidatedCoder} from './cross-validated-coder.js'

const folder = resolve(process.argv[2] ?? '../shared/corpus/netmundial-2014')
const gold = new URL('../fixtures/netmundial-2014/', import.meta.url)
const development = ['tuning', 'test', 'test-2a']
const codings = ['gold.json', 'gold-2.json']
  .flatMap((name) => readCodings(readFileSync(new URL(name, gold), 'utf8')).codings)
  .filter((coding) => development.includes(coding.part))
const files = [...new Set(codings.map((coding) => coding.file))].map((name) => join(folder, name))
const contributions = (await loadFiles(files, {extensions: ['.txt']})).map((file) => {
  const fatal = file.messages.find((message) => message.fatal)
  if (fatal) throw new Error(`${file.path}: ${fatal.reason}`)
  return parseContribution(file).contribution
})

const settings = [
  [50, 0.01],
  [50, 0.03],
  [100, 0.01]
].flatMap(([features, penalty]) =>
  [0, 0.5, 0.6, 0.7].map((threshold) => ({features, penalty, threshold}))
)

const lines = [
  '| features | penalty | threshold | agreement | kappa | invented |',
  '| -------: | ------: | --------: | --------: | ----: | -------: |'
]
for (const setting of settings) {
  const coder = crossValidatedCoder(contributions, codings, setting)
  const {overall} = await validateCoder(contributions, codings, {coder})
  const cells = Math.round(overall.percent * overall.units)
  lines.push(
    `| ${setting.features} | ${setting.penalty} | ${setting.threshold} | ${cells}/${overall.units} (${(overall.percent * 100).toFixed(1)}%) | ${overall.kappa.toFixed(3)} | ${overall.invented.count}/${overall.invented.of} (${(overall.invented.share * 100).toFixed(1)}%) |`
  )
}
process.stdout.write(`${lines.join('\n')}\n`)
