import {existsSync} from 'node:fs'
import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {fromXml} from 'xast-util-from-xml'
import {cli, wgec} from './run-wgec.js'

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('Build first: `npm run build` (the test command does)')
})

describe('wgec export with characters XML cannot carry', () => {
  // Regression: the project was written with U+FFFE and U+FFFF, and was not well-formed.
  it('writes a well-formed project and warns, naming the file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wgec-export-xml-'))
    const input = join(folder, 'northwind.md')
    await writeFile(
      input,
      'Submitted by\n\nNorth\uFFFEwind \uFFFF Forum\n\nWhat are the high level characteristics of enhanced cooperation?\n\nWe support a new intergovernmental body under the United Nations.\n'
    )
    const out = join(folder, 'project.qde')
    const {stderr, code} = await wgec('export', input, '--format', 'qde', '--out', out)
    expect(code).toBe(0)
    expect(stderr).toContain(input)
    expect(stderr).toContain('invalid-xml-characters')
    expect(stderr).toContain('\\u{FFFE}')
    const xml = await readFile(out, 'utf8')
    expect(() => fromXml(xml)).not.toThrow()
    expect(xml).toContain('North\uFFFDwind \uFFFD Forum')
  })
})
