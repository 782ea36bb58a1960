// `npm run validate:parse -- <corpus dir>`: parse every file of a corpus folder that has a
// `metadata.csv` (`serial, organisation, sector, country`), compare each web record's submitter
// name, group and country with it, and report what was found in the attached documents. Runs on
// the built package (dist). Not part of `npm test`: the corpus is not in the repository.
import {readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import process from 'node:process'
import {parse as parseCsv} from 'csv-parse/sync'
import {parseContribution} from '../dist/index.js'
import {loadFiles} from '../dist/node.js'

const folder = resolve(process.argv[2] ?? '../shared/corpus/netmundial-2014')
const sectors = {
  'civil society': 'civil-society',
  'private sector': 'private-sector',
  government: 'government',
  academia: 'academia',
  'technical community': 'technical-community'
}
// The regions as the corpus's submitters typed them, and the one country each names (null when it
// names none or several). Facts about the corpus, checked by hand against the records.
const regions = {
  global: null,
  brazil: 'BRA',
  'united states': 'USA',
  'sudan, africa': 'SDN',
  usa: 'USA',
  argentina: 'ARG',
  france: 'FRA',
  'united states of america': 'USA',
  yemen: 'YEM',
  nigeria: 'NGA',
  'new zealand': 'NZL',
  spain: 'ESP',
  japan: 'JPN',
  germany: 'DEU',
  switzerland: 'CHE',
  'united kingdom': 'GBR',
  zimbabwe: 'ZWE',
  sweden: 'SWE',
  australia: 'AUS',
  'democratic republic of congo': 'COD',
  uk: 'GBR',
  'norway, europe': 'NOR',
  'italy / brazil': null,
  'austrian federal ministry for transport, innovation and technology': 'AUT',
  'south korea': 'KOR',
  belgium: 'BEL',
  'latin america': null,
  'france/united states': null,
  africa: null,
  'the aspen institute': null,
  'brazil and germany': null,
  sénégal: 'SEN',
  'global with company headquarters in the u.s.': 'USA',
  "cote d'ivoire": 'CIV',
  'trinidad and tobago': 'TTO',
  kuwait: 'KWT',
  'germany/europe': 'DEU',
  poland: 'POL',
  'us, eu, geneva': 'USA',
  'poland, europe': 'POL',
  'senegal / africa': 'SEN',
  india: 'IND',
  'france, europe': 'FRA',
  iran: 'IRN',
  tunisia: 'TUN',
  "apc is an international organisation with its executive director's office in south africa":
    'ZAF',
  "apc is an international organisation with its executive director's office in south africa.":
    'ZAF',
  italy: 'ITA',
  'latin america and the caribbean': null,
  'europe, middle east and north africa': null,
  'africa, asia-pacific, canada, carribean, central america, europe, mexico, south america, united states':
    null,
  portugal: 'PRT',
  colombia: 'COL',
  'united states, new york': 'USA',
  'geneva, switzerland': 'CHE'
}

/** Names compared as a reader would: case, accents, punctuation and spacing aside. */
const fold = (text) =>
  (text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
/**
 * The submission site dropped the non-ASCII letters of the records (`Socit europenne` for
 * `Société européenne`) while CIS's metadata has them: a name read from a record agrees when it is
 * the expected one without those letters.
 */
const foldLost = (text) =>
  fold([...(text ?? '')].filter((character) => character.charCodeAt(0) < 128).join(''))
const sameName = (found, expected) =>
  fold(found) === fold(expected) || fold(found) === foldLost(expected)
/**
 * Where metadata.csv is not what the record says (checked by hand against the record): each is
 * listed in docs/validation.md, and the figure without these corrections is printed too.
 */
const corrections = {
  // The next field's label ran into the name when CIS compiled it.
  172: {
    organisation:
      '37 Entertainment and Cultural Organizations from around the world (full list attached)'
  },
  // CIS put the person of `Entitled by` before the organisation here, and nowhere else (not for
  // 060, whose organisation is the same `Independent Researcher`).
  '098': {organisation: 'Independent Researcher'}
}

const metadata = parseCsv(readFileSync(join(folder, 'metadata.csv')), {columns: true})
const files = await loadFiles([folder], {extensions: ['.txt']})
const bySerial = new Map()
let replacementsInBytes = 0
let replacementsOut = 0
const started = performance.now()
let slowest = {ms: 0, file: ''}
for (const file of files) {
  const name = file.path.split('/').pop()
  const match = /^(\d+)-(record|document)\.txt$/.exec(name)
  if (!match) continue
  const bytes = file.value
  const t0 = performance.now()
  let result
  try {
    result = parseContribution(file)
  } catch (error) {
    console.log(`CRASH ${name}: ${error instanceof Error ? error.message : error}`)
    continue
  }
  const ms = performance.now() - t0
  if (ms > slowest.ms) slowest = {ms, file: name}
  // U+FFFD in the bytes as UTF-8 (EF BF BD) is the document's own; any other is lost to decoding.
  replacementsInBytes +=
    Buffer.from(bytes).toString('latin1').split('\u00ef\u00bf\u00bd').length - 1
  replacementsOut += countReplacements(result.contribution)
  const entry = bySerial.get(match[1]) ?? {}
  entry[match[2]] = result
  bySerial.set(match[1], entry)
}
const elapsed = performance.now() - started

const fields = {name: [0, 0, []], group: [0, 0, []], country: [0, 0, []]}
let uncorrected = 0
const others = []
for (const row of metadata) {
  const record = bySerial.get(row.serial)?.record
  if (!record) continue
  const submitters = record.contribution.submitters ?? [record.contribution.submitter]
  const first = record.contribution.submitter
  const organisation = corrections[row.serial]?.organisation ?? row.organisation
  if (sameName(first.name, row.organisation)) uncorrected++
  check('name', sameName(first.name, organisation), {...row, organisation}, first.name ?? '(none)')
  const sector = sectors[row.sector.toLowerCase()]
  if (sector) check('group', first.group === sector, row, first.group)
  else others.push(`${row.serial} ${row.organisation}: ${first.group}`)
  const key = row.country.trim().toLowerCase()
  if (!(key in regions)) console.log(`region not in the table: ${row.serial} ${row.country}`)
  const expected = regions[key]
  if (expected) {
    const countries = submitters.map((submitter) => submitter.country).filter(Boolean)
    check(
      'country',
      countries.length === 1 && countries[0] === expected,
      row,
      countries.join('+') || '(none)',
      expected
    )
  }
}

function check(field, ok, row, found, expected) {
  const entry = fields[field]
  entry[1]++
  if (ok) entry[0]++
  else
    entry[2].push(
      `${row.serial}: expected ${expected ?? (field === 'name' ? row.organisation : field === 'group' ? row.sector : row.country)}, found ${found}`
    )
}

function countReplacements(value) {
  return (JSON.stringify(value).match(/\uFFFD/g) ?? []).length
}

const percent = (a, b) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`)
console.log(`# Parse validation: ${folder.split('/').slice(-2).join('/')}\n`)
console.log(
  `${files.length} files parsed in ${Math.round(elapsed)} ms (slowest ${slowest.file}, ${Math.round(slowest.ms)} ms); ${replacementsOut} replacement characters in the output, ${replacementsInBytes} in the bytes.\n`
)
console.log('## Web records against metadata.csv\n')
console.log('| field | agree | of | % |\n|---|---|---|---|')
for (const [field, [ok, of]] of Object.entries(fields))
  console.log(`| ${field} | ${ok} | ${of} | ${percent(ok, of)} |`)
console.log(
  `\nName without the ${Object.keys(corrections).length} corrections of metadata.csv: ${uncorrected} of ${fields.name[1]} (${percent(uncorrected, fields.name[1])}).`
)
for (const [field, [, , misses]] of Object.entries(fields)) {
  if (misses.length > 0)
    console.log(`\nMisses on ${field}:\n${misses.map((miss) => `- ${miss}`).join('\n')}`)
}
console.log(
  `\nSector \`Other\` (${others.length}), the group read from the name:\n${others.map((line) => `- ${line}`).join('\n')}`
)

const documents = [...bySerial.values()].map((entry) => entry.document).filter(Boolean)
const has = (test) => documents.filter((result) => test(result.contribution)).length
console.log(`\n## Attached documents (${documents.length})\n`)
console.log('| found | documents |\n|---|---|')
console.log(`| a submitter | ${has((c) => c.submitter.name !== null)} |`)
console.log(`| a group (not unknown) | ${has((c) => c.submitter.group !== 'unknown')} |`)
console.log(`| a country | ${has((c) => c.submitter.country !== undefined)} |`)
console.log(`| a date | ${has((c) => c.date !== null)} |`)
console.log(
  `| a consultation | ${has((c) => c.consultation !== null)} (${[...new Set(documents.map((r) => r.contribution.consultation?.id).filter(Boolean))].join(', ')}) |`
)
const rules = new Map()
for (const result of [...bySerial.values()]
  .flatMap((entry) => [entry.record, entry.document])
  .filter(Boolean)) {
  for (const ruleId of new Set(result.messages.map((message) => message.ruleId)))
    rules.set(ruleId, (rules.get(ruleId) ?? 0) + 1)
}
console.log('\n## Diagnostics (files with each, records and documents)\n')
console.log('| ruleId | files |\n|---|---|')
for (const [ruleId, count] of [...rules].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
  console.log(`| \`${ruleId}\` | ${count} |`)
