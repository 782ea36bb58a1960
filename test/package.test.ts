import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

const root = new URL('../', import.meta.url).pathname
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
}

function sources(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : []
  )
}

describe('package.json', () => {
  it('declares every package that src imports at run time', () => {
    const imported = new Set<string>()
    for (const file of sources(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/^import (?!type )[^'"]*?from '([^'.][^']*)'/gm)) {
        const name = match[1] ?? ''
        if (name.startsWith('node:')) continue
        imported.add(
          name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : (name.split('/')[0] ?? '')
        )
      }
      for (const match of text.matchAll(/import\('([^'.][^']*)'\)/g)) {
        imported.add((match[1] ?? '').split('/')[0] ?? '')
      }
    }
    expect([...imported].filter((name) => !(name in manifest.dependencies)).sort()).toEqual([])
    expect(imported.has('mdast-util-to-markdown')).toBe(true)
  })
})
