import {existsSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {Comparison} from '../../src/schema/comparison.js'
import {Contribution} from '../../src/schema/contribution.js'
import {cli, wgec} from './run-wgec.js'

// test/fixtures/profiles: the profile of a made-up consultation (orla-2025: its own questions,
// form-field labels, meeting name and two instruments) and a synthetic answer to it.
const folder = 'test/fixtures/profiles'
const profile = `${folder}/orla-2025.json`
const document = `${folder}/orla-2025-kestrel-mesh.md`
const invalid = `${folder}/invalid-profile.json`

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('Build first: `npm run build` (the test command does)')
})

describe('wgec --consultations', () => {
  it('parses a contribution to a consultation of the file, beside the built-in ones', async () => {
    const {code, stdout, stderr} = await wgec(
      'parse',
      document,
      '--consultations',
      profile,
      '--format',
      'json'
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const [entry] = JSON.parse(stdout) as Array<{contribution: unknown}>
    const contribution = Contribution.parse(entry?.contribution)
    expect(contribution.consultation?.id).toBe('orla-2025')
    expect(contribution.answers.map((answer) => answer.questionId)).toEqual([
      'orla-2025/q1',
      'orla-2025/q2'
    ])
    expect(contribution.submitter).toEqual({
      name: 'Kestrel Mesh Cooperative',
      group: 'technical-community',
      country: 'PRT'
    })
    expect(
      contribution.citations.map((citation) => `${citation.instrument} ${citation.paragraph}`)
    ).toEqual([
      'orla-charter 12',
      'orla-charter 14',
      'orla-charter 15',
      'orla-charter 16',
      'lakeside-principles 3',
      'lakeside-principles 7'
    ])
  })

  it('is what makes the consultation known: without it, none is found', async () => {
    const {code, stdout} = await wgec('parse', document, '--format', 'json')
    expect(code).toBe(0)
    const [entry] = JSON.parse(stdout) as Array<{contribution: {consultation: unknown}}>
    expect(entry?.contribution.consultation).toBeNull()
  })

  it('compares with the citations of each instrument, the second one included', async () => {
    const {code, stdout} = await wgec(
      'compare',
      document,
      `--consultations=${profile}`,
      '--format',
      'json'
    )
    expect(code).toBe(0)
    const comparison = Comparison.parse(JSON.parse(stdout))
    expect(comparison.rows.map((row) => row.citations)).toEqual([
      [
        {instrument: 'lakeside-principles', paragraphs: ['3', '7']},
        {instrument: 'orla-charter', paragraphs: ['12', '14', '15', '16']}
      ]
    ])
    const side = comparison.citations.find((entry) => entry.submitters > 0)
    expect(side?.instruments.map((entry) => entry.instrument)).toEqual([
      'lakeside-principles',
      'orla-charter'
    ])
    expect(side?.instruments[0]?.paragraphs).toEqual([
      {paragraph: '3', submitters: 1},
      {paragraph: '7', submitters: 1}
    ])
  })

  it('is an option of every command that parses', async () => {
    for (const command of ['parse', 'code', 'compare', 'review', 'export', 'validate', 'train']) {
      const {stdout} = await wgec(command, '--help')
      expect(stdout, command).toContain('--consultations <file>')
    }
  })

  it('refuses an invalid file with exit code 2, naming each problem by its path', async () => {
    const {code, stdout, stderr} = await wgec('parse', document, '--consultations', invalid)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      [
        `wgec: Cannot use consultations \`${invalid}\`:`,
        `  ${invalid}: Unexpected value at \`[0].questions[0].id\`: expected a question id: an id, \`/q\` and the question’s number (\`my-consultation/q1\`) (schema-invalid_format)`,
        `  ${invalid}: Unexpected value at \`[0].instrument\`: unknown key, expected one of \`id\`, \`title\`, \`years\`, \`questions\`, \`cues\`, \`stakeholderQuestion\`, \`instruments\`, \`fieldLabels\`, \`meetingNames\` (schema-unrecognized_keys)`,
        ''
      ].join('\n')
    )
  })

  it('refuses a file that cannot be read or is no JSON with exit code 2', async () => {
    const missing = await wgec('code', document, '--consultations', `${folder}/missing.json`)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^wgec: Cannot read consultations `.*missing\.json`: ENOENT/)
    const notJson = await wgec('compare', document, '--consultations', document)
    expect(notJson.code).toBe(2)
    expect(notJson.stderr).toContain(
      `wgec: Cannot use consultations \`${document}\`:\n  ${document}`
    )
    expect(notJson.stderr).toContain('Cannot read consultation profiles: invalid JSON')
  })
})
