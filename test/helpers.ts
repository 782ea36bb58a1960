import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'

/** The fixtures folder. */
export const fixturesFolder = new URL('../fixtures/', import.meta.url).pathname

/** Every fixture document (not its gold files), by file name. */
export function fixtureDocuments(): string[] {
  return readdirSync(fixturesFolder)
    .filter((name) => /\.(?:md|txt|html)$/.test(name) && name !== 'README.md')
    .sort()
}

/** Read a fixture as a VFile with its path. */
export function readFixture(name: string): VFile {
  const path = join(fixturesFolder, name)
  return new VFile({path, value: readFileSync(path, 'utf8')})
}

/** Read a fixture's JSON gold file (`expected` or `positions`). */
export function readGold<T>(name: string, kind: 'expected' | 'positions'): T {
  const stem = name.replace(/\.[^.]+$/, '')
  return JSON.parse(readFileSync(join(fixturesFolder, `${stem}.${kind}.json`), 'utf8')) as T
}
