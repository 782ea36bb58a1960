import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadFiles} from '../src/node.js'

async function folderWith(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'wgec-load-'))
  for (const [name, value] of Object.entries(files)) {
    await mkdir(join(folder, name, '..'), {recursive: true})
    await writeFile(join(folder, name), value)
  }

  return folder
}

describe('loadFiles', () => {
  it('walks a folder in sorted order, reading contributions and leaving out README files', async () => {
    const folder = await folderWith({
      'b.md': 'B',
      'a/z.txt': 'Z',
      'README.md': 'About',
      '.hidden.md': 'H',
      'notes.csv': 'x'
    })
    const files = await loadFiles([folder])
    expect(files.map((file) => file.path.slice(folder.length + 1))).toEqual(['a/z.txt', 'b.md'])
    expect(files.map((file) => String(file.value))).toEqual(['Z', 'B'])
  })

  it('returns a warning in place of each PDF or Word file of a folder, unless asked not to', async () => {
    const folder = await folderWith({'a.pdf': '%PDF-1.7', 'b.docx': 'PK', 'c.md': 'C'})
    const files = await loadFiles([folder])
    expect(
      files.map((file) => [
        file.path.slice(folder.length + 1),
        file.messages.map((message) => [message.ruleId, message.fatal])
      ])
    ).toEqual([
      ['a.pdf', [['skipped-file', false]]],
      ['b.docx', [['skipped-file', false]]],
      ['c.md', []]
    ])
    expect(String(files[0]?.value)).toBe('')
    const quiet = await loadFiles([folder], {reportSkipped: false})
    expect(quiet.map((file) => file.path.slice(folder.length + 1))).toEqual(['c.md'])
  })

  it('gives a file with a fatal message for a path that cannot be read, and goes on', async () => {
    const folder = await folderWith({'c.md': 'C'})
    const files = await loadFiles([join(folder, 'missing.md'), folder])
    expect(files[0]?.messages[0]).toMatchObject({ruleId: 'unreadable-file', fatal: true})
    expect(files[1]?.path).toBe(join(folder, 'c.md'))
  })
})
