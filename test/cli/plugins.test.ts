import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {wgec} from './run-wgec.js'

// The `--plugin` modules a researcher writes: test/fixtures/plugins/form-plugin.js gives a reader
// of a made-up binary form format (`.formx`), a reader that fails (`.broken`) and a coder,
// `constant`, with an option of its own (`--stance`).
const plugin = 'test/fixtures/plugins/form-plugin.js'
const forms = 'test/fixtures/plugins/forms'
const form = `${forms}/quillwort-network.formx`

/** A plugin module written for one test. */
async function pluginFile(source: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'wgec-plugin-')), 'plugin.js')
  await writeFile(path, source)
  return path
}

describe('wgec with --plugin readers', () => {
  it('reads a folder of a plugin’s format; the file its reader fails on is that file’s error', async () => {
    const {code, stdout, stderr} = await wgec(
      'parse',
      forms,
      '--plugin',
      plugin,
      '--format',
      'json'
    )
    expect(code).toBe(1)
    const files = JSON.parse(stdout) as Array<{
      file: string
      contribution: {source: {format: string}; submitter: {name: string | null}}
      messages: Array<{ruleId: string}>
    }>
    expect(files.map((file) => file.file)).toEqual([`${forms}/damaged.broken`, form])
    expect(files[0]?.messages.map((message) => message.ruleId)).toEqual(['reader-failed'])
    expect(stderr).toContain('Cannot read the document as broken: the record table is corrupt')
    expect(files[1]?.contribution.source.format).toBe('form-x')
    expect(files[1]?.contribution.submitter.name).toBe('Quillwort Digital Rights Network')
  })

  it('reads the plugin’s format as binary content without the plugin', async () => {
    const {code, stderr} = await wgec('parse', form)
    expect(code).toBe(1)
    expect(stderr).toContain('binary-content')
  })

  it('refuses a plugin that cannot be loaded or gives a malformed reader (exit 2)', async () => {
    const missing = await wgec('parse', form, '--plugin', 'nowhere.js')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('wgec: Cannot load plugin `nowhere.js`')
    const bad = await pluginFile(
      "export const readers = [{format: 'x', extensions: ['X'], mediaTypes: [], read() {}}]"
    )
    const malformed = await wgec('parse', form, `--plugin=${bad}`)
    expect(malformed.code).toBe(2)
    expect(malformed.stderr).toContain(`wgec: Cannot use plugin \`${bad}\``)
    expect(malformed.stderr).toContain('`extensions` in lower case with the dot')
    const empty = await pluginFile('export const nothing = 1')
    expect((await wgec('parse', form, '--plugin', empty)).stderr).toContain(
      'it exports no `readers` nor `coders`'
    )
  })
})

describe('wgec with --plugin coders', () => {
  it('codes with a plugin’s coder and its own option', async () => {
    const {code, stdout} = await wgec(
      'code',
      form,
      '--plugin',
      plugin,
      '--coder',
      'constant',
      '--stance',
      'multistakeholder',
      '--format',
      'csv'
    )
    expect(code).toBe(0)
    const rows = stdout.trim().split('\n')
    expect(rows).toHaveLength(7)
    expect(rows[1]).toMatch(/,mechanism,multistakeholder,/)
    expect(rows.slice(2).every((row) => row.includes(',unstated,'))).toBe(true)
  })

  it('compares with it and names it in the provenance', async () => {
    const {code, stdout} = await wgec(
      'compare',
      form,
      '--plugin',
      plugin,
      '--coder',
      'constant',
      '--stance',
      'intergovernmental',
      '--format',
      'json'
    )
    expect(code).toBe(0)
    const comparison = JSON.parse(stdout) as {
      provenance: {coder: string}
      rows: Array<{cells: Array<{stance: string}>}>
    }
    expect(comparison.provenance.coder).toBe('constant')
    expect(comparison.rows[0]?.cells[0]?.stance).toBe('intergovernmental')
  })

  it('lists the plugin’s coder and option in --help', async () => {
    const {stdout} = await wgec('code', '--help', '--plugin', plugin)
    expect(stdout.replace(/\s+/g, ' ')).toContain('`constant` (states the `--stance` given')
    expect(stdout).toMatch(/--stance <value> +`--coder constant`: the stance to state/)
  })

  it('exits 2 on a missing or refused option, or a coder id taken', async () => {
    const without = await wgec('code', form, '--plugin', plugin, '--coder', 'constant')
    expect(without.code).toBe(2)
    expect(without.stderr).toContain('wgec: `--coder constant` needs `--stance`')
    const refused = await wgec(
      'code',
      form,
      '--plugin',
      plugin,
      '--coder',
      'constant',
      '--stance',
      'loud'
    )
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(
      'wgec: Cannot use coder `constant` `--stance loud`: `loud` is no pole of `mechanism`'
    )
    const taken = await pluginFile(
      "export const coders = [{id: 'rules', description: 'x', create: () => ({})}]"
    )
    const clash = await wgec('code', form, '--plugin', taken)
    expect(clash.code).toBe(2)
    expect(clash.stderr).toContain('coder `rules` is there already')
  })

  it('gives a file whose coder fails or answers no positions a coder-failed error, the others coded', async () => {
    const odd = await pluginFile(`
      const unstated = (contribution, codebook) => codebook.dimensions.map((dimension) => ({
        contributionId: contribution.id, dimension: dimension.id, stance: 'unstated', score: 0,
        evidence: []
      }))
      export const coders = [{
        id: 'odd',
        description: 'answers 42 on Birch, positions elsewhere',
        create: () => ({
          id: 'odd',
          code: async (contribution, codebook) =>
            contribution.id.includes('birch') ? 42 : unstated(contribution, codebook)
        })
      }]
    `)
    const folder = 'test/fixtures/validate'
    const coded = await wgec('code', folder, '--plugin', odd, '--coder', 'odd', '--format', 'csv')
    expect(coded.code).toBe(1)
    expect(coded.stderr).toContain('coder-failed')
    expect(coded.stderr).toContain('expected an array of positions, not `number`')
    expect(coded.stdout.trim().split('\n')).toHaveLength(1 + 3 * 6)
    const validated = await wgec(
      'validate',
      folder,
      '--codings',
      `${folder}/codings.json`,
      '--plugin',
      odd,
      '--coder',
      'odd',
      '--format',
      'json'
    )
    expect(validated.code).toBe(1)
    expect(validated.stderr).toMatch(
      /birch-ministry\.md: Cannot code the document with coder `odd`/
    )
    const report = JSON.parse(validated.stdout) as {documents: number; failedDocuments: unknown[]}
    expect(report.documents).toBe(3)
    expect(report.failedDocuments).toEqual([
      {document: 'birch-ministry.md', cause: expect.stringContaining('not `number`')}
    ])
  })

  it('refuses a coder whose create gives no coder, and options commander cannot read', async () => {
    const none = await pluginFile(
      "export default {coders: [{id: 'none', description: 'x', create: () => null}]}"
    )
    const made = await wgec(
      'validate',
      form,
      '--codings',
      'x.json',
      '--plugin',
      none,
      '--coder',
      'none'
    )
    expect(made.code).toBe(2)
    expect(made.stderr).toContain('wgec: Cannot use coder `none`: its `create` gave no Coder')
    const negated = await pluginFile(
      "export const coders = [{id: 'neg', description: 'x', create() {}, options: [{name: 'no-cache', description: 'x', kind: 'string'}]}]"
    )
    expect((await wgec('code', form, '--plugin', negated)).stderr).toContain(
      'option `--no-cache` of coder `neg` starts with `no-`'
    )
    const twice = await pluginFile(
      "export const coders = [{id: 'dup', description: 'x', create() {}, options: [{name: 'x', description: 'x', kind: 'string'}, {name: 'x', description: 'y', kind: 'string'}]}]"
    )
    const duplicate = await wgec('code', form, '--plugin', twice)
    expect(duplicate.code).toBe(2)
    expect(duplicate.stderr).toContain('option `--x` of coder `dup` is taken')
  })

  it('takes named exports beside a default export', async () => {
    const mixed = await pluginFile(
      "export const readers = []\nexport default {coders: [{id: 'mixed', description: 'x', create: () => ({id: 'mixed', code: () => []})}]}"
    )
    const {stdout} = await wgec('code', '--help', '--plugin', mixed)
    expect(stdout).toContain('`mixed`')
  })
})
