import {execFile} from 'node:child_process'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const root = new URL('../', import.meta.url).pathname
const run = promisify(execFile)
const depcruise = join(root, 'node_modules/.bin/depcruise')

/** Run the project's folder rules on a small tree of files. */
async function cruise(files: Record<string, string>) {
  const folder = await mkdtemp(join(tmpdir(), 'wgec-architecture-'))
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(folder, path, '..'), {recursive: true})
    await writeFile(join(folder, path), text)
  }
  await writeFile(join(folder, 'tsconfig.json'), '{"compilerOptions": {"module": "nodenext"}}')
  try {
    const {stdout} = await run(
      depcruise,
      ['src', '--config', join(root, '.dependency-cruiser.cjs')],
      {
        cwd: folder
      }
    )
    return {code: 0, stdout}
  } catch (error) {
    const failure = error as {code: number; stdout: string}
    return {code: failure.code, stdout: failure.stdout}
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}

describe('the folder rules (.dependency-cruiser.cjs, run by `npm run lint:deps`)', () => {
  it('pass on src', async () => {
    const {stdout} = await run(depcruise, ['src', '--config', '.dependency-cruiser.cjs'], {
      cwd: root
    })
    expect(stdout).toContain('no dependency violations found')
  })

  it('catch a folder cycle, a renderer that parses and a core module that reads files', async () => {
    const {code, stdout} = await cruise({
      'src/code/a.ts': "import {b} from '../compare/b.js'\nexport const a = b\n",
      'src/compare/b.ts': "import {c} from '../code/c.js'\nexport const b = c\n",
      'src/code/c.ts': 'export const c = 1\n',
      'src/render/r.ts': "import {p} from '../parse/p.js'\nexport const r = p\n",
      'src/parse/p.ts': "import {readFileSync} from 'node:fs'\nexport const p = readFileSync\n"
    })
    expect(code).not.toBe(0)
    expect(stdout).toContain('no-folder-cycle')
    expect(stdout).toContain('render-renders-only')
    expect(stdout).toContain('pure-core')
  })
})
