import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {codePositions} from '../../src/code/coders/rules/code-positions.js'
import {compareContributions} from '../../src/compare/compare-contributions.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {latexPreamble, toLatex} from '../../src/render/to-latex.js'
import type {Comparison} from '../../src/schema/comparison.js'
import {fixtureDocuments, readFixture} from '../helpers.js'
import {hostileNames} from './hostile-names.js'

const run = promisify(execFile)
const tools = ['/usr/bin/pdflatex', '/usr/bin/pdftotext']
const available = tools.every((tool) => existsSync(tool))
// In CI a missing TeX is a failure, not a skip: `.ci/run` installs it.
const required = process.env.CI === 'true'

if (!available && !required) {
  console.warn(
    'Skipping the pdflatex test: install texlive-latex-base, texlive-latex-recommended, texlive-latex-extra, texlive-fonts-recommended and poppler-utils.'
  )
}

function fixturesComparison(): Comparison {
  const coded = fixtureDocuments().map((name) => {
    const {contribution} = parseContribution(readFixture(name))
    return {contribution, positions: codePositions(contribution), coder: 'rules'}
  })
  return compareContributions(coded, {samples: 50})
}

/** A document with the preamble the output's own comment asks for, and nothing else. */
function documentOf(table: string, options = ''): string {
  const preamble = latexPreamble
    .filter((line) => line.startsWith('%   \\'))
    .map((line) => line.slice(4).replace(/\s+%.*$/, ''))
  return [
    `\\documentclass[${options}]{article}`,
    ...preamble,
    '\\begin{document}',
    table,
    '\\end{document}',
    ''
  ].join('\n')
}

interface Compiled {
  log: string
  text: string
  code: number
}

async function compile(folder: string, name: string, source: string): Promise<Compiled> {
  await writeFile(join(folder, `${name}.tex`), source)
  let code = 0
  // Twice, as for a paper: longtable settles its widths on the second run.
  for (let pass = 0; pass < 2 && code === 0; pass++) {
    try {
      await run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', `${name}.tex`], {
        cwd: folder,
        maxBuffer: 16 * 1024 * 1024
      })
    } catch (error) {
      code = (error as {code: number}).code
    }
  }
  const log = await readFile(join(folder, `${name}.log`), 'latin1')
  let text = ''
  if (code === 0) {
    await run('pdftotext', ['-raw', '-enc', 'UTF-8', `${name}.pdf`, `${name}.txt`], {cwd: folder})
    text = await readFile(join(folder, `${name}.txt`), 'utf8')
  }
  return {log, text, code}
}

/**
 * Text without white space and hyphens, so that a wrapped name is found whole; the apostrophe
 * prints as a closing quote, as typesetting wants.
 */
function flatten(text: string): string {
  return text.replace(/[\s\u00AD-]+/g, '').replaceAll('’', "'")
}

function problems(log: string): string[] {
  return log
    .split('\n')
    .filter((line) => /^! |Overfull \\hbox|Overfull \\vbox|Float too large/.test(line))
}

describe.skipIf(!available && !required)('toLatex compiled with pdflatex', () => {
  let folder: string
  let fixtures: Comparison
  let hostile: Comparison

  beforeAll(async () => {
    if (!available) throw new Error(`pdflatex or pdftotext is missing (${tools.join(', ')})`)
    folder = await mkdtemp(join(tmpdir(), 'wgec-latex-'))
    fixtures = fixturesComparison()
    hostile = {
      ...fixtures,
      rows: fixtures.rows.map((row, index) => ({
        ...row,
        name: hostileNames[index % hostileNames.length] ?? row.name
      }))
    }
  })

  afterAll(async () => {
    if (folder) await rm(folder, {recursive: true, force: true})
  })

  it('compiles the fixtures’ table on A4 with no error and no overfull box', async () => {
    const result = await compile(
      folder,
      'fixtures',
      documentOf(toLatex(fixtures, {splits: true}), 'a4paper')
    )
    expect(problems(result.log)).toEqual([])
    expect(result.code).toBe(0)
    const text = flatten(result.text)
    for (const row of fixtures.rows) expect(text).toContain(flatten(row.name))
    expect(result.text).toContain('Mean score on each dimension, by group')
  })

  it('compiles a table of hostile names and prints each of them', async () => {
    const result = await compile(
      folder,
      'hostile',
      documentOf(
        toLatex(hostile, {splits: true, caption: 'Names with $ & # ^ _ ~ % " \\ { }'}),
        'a4paper'
      )
    )
    expect(problems(result.log)).toEqual([])
    expect(result.code).toBe(0)
    const text = flatten(result.text)
    for (const name of hostileNames) expect(text).toContain(flatten(name))
  })

  it('fits a Letter page and a 12 pt font as well', async () => {
    const result = await compile(
      folder,
      'letter',
      documentOf(toLatex(fixtures), 'letterpaper,12pt')
    )
    expect(problems(result.log)).toEqual([])
    expect(result.code).toBe(0)
  })

  it('breaks a long table across pages, repeating the header', async () => {
    const many = {
      ...fixtures,
      rows: Array.from({length: 6}, () => fixtures.rows).flat()
    }
    const result = await compile(folder, 'long', documentOf(toLatex(many), 'a4paper'))
    expect(problems(result.log)).toEqual([])
    expect(result.code).toBe(0)
    expect(result.text.match(/\(continued\)/g)?.length ?? 0).toBeGreaterThanOrEqual(1)
  })
})
