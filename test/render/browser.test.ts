import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {type Browser, chromium, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {codePositions} from '../../src/code/coders/rules/code-positions.js'
import {compareContributions} from '../../src/compare/compare-contributions.js'
import {parseContribution} from '../../src/parse/parse-contribution.js'
import {toHtml} from '../../src/render/to-html.js'
import type {Comparison} from '../../src/schema/comparison.js'
import {fixtureDocuments, readFixture} from '../helpers.js'
import {dangerousName, htmlSample, secondQuote} from './html-sample.js'

const executablePath = '/usr/bin/chromium'
const pdftotext = '/usr/bin/pdftotext'
const available = existsSync(executablePath) && existsSync(pdftotext)
// In CI a missing browser is a failure, not a skip: `.ci/run` installs it.
const required = process.env.CI === 'true'
const run = promisify(execFile)

if (!available && !required) {
  console.warn(
    `Skipping the browser test: it needs Chromium at ${executablePath} and ${pdftotext} (\`apt-get install -y chromium poppler-utils\`).`
  )
}

/** A4 at 96 dpi (793.7 px wide) less the stylesheet's 12 mm margins. */
const printWidth = 703

function fixturesComparison(): Comparison {
  const coded = fixtureDocuments().map((name) => {
    const {contribution} = parseContribution(readFixture(name))
    return {contribution, positions: codePositions(contribution), coder: 'rules'}
  })
  return compareContributions(coded, {samples: 50})
}

/** What overflows sideways: the page, and each main section, as `scrollWidth - clientWidth`. */
async function overflows(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const result: Record<string, number> = {}
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth) result.page = root.scrollWidth - root.clientWidth
    for (const [index, element] of [...document.querySelectorAll('main > *')].entries()) {
      if (element.scrollWidth > element.clientWidth) {
        result[
          `${element.tagName.toLowerCase()} ${index} ${element.getAttribute('aria-labelledby') ?? ''}`
        ] = element.scrollWidth - element.clientWidth
      }
    }
    return result
  })
}

/** The dimension headings of the heatmap that are cut by the right edge of `width`. */
async function cutHeadings(page: Page, width: number): Promise<string[]> {
  return page.evaluate((limit) => {
    return [...document.querySelectorAll('svg.heatmap text.heading')]
      .filter((text) => {
        const box = text.getBoundingClientRect()
        return box.width === 0 || box.right > limit + 0.5
      })
      .map((text) => text.textContent ?? '')
  }, width)
}

describe.skipIf(!available && !required)('toHtml in Chromium', () => {
  const sample = htmlSample()
  let fixtures: Comparison
  const consoleErrors: string[] = []
  const pageErrors: string[] = []
  const dialogs: string[] = []
  const requests: string[] = []
  let browser: Browser
  let folder: string
  let sampleUrl: string
  let fixturesUrl: string

  async function open(url: string, width: number, height: number): Promise<Page> {
    const page = await browser.newPage({viewport: {width, height}})
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => pageErrors.push(error.message))
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(url, {waitUntil: 'load'})
    return page
  }

  beforeAll(async () => {
    if (!available)
      throw new Error(`Chromium or pdftotext is missing (${executablePath}, ${pdftotext})`)
    folder = await mkdtemp(join(tmpdir(), 'wgec-html-'))
    fixtures = fixturesComparison()
    await writeFile(join(folder, 'sample.html'), toHtml(sample, {title: 'WGEC 2016'}))
    await writeFile(join(folder, 'fixtures.html'), toHtml(fixtures, {title: 'Fixtures'}))
    sampleUrl = pathToFileURL(join(folder, 'sample.html')).href
    fixturesUrl = pathToFileURL(join(folder, 'fixtures.html')).href
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run'
      ]
    })
  })

  afterAll(async () => {
    await browser?.close()
    if (folder) await rm(folder, {recursive: true, force: true})
  })

  describe('at 390 px (a phone)', () => {
    it('does not overflow sideways', async () => {
      const page = await open(fixturesUrl, 390, 844)
      expect(await overflows(page)).toEqual({})
      await page.close()
    })

    it('shows submitter cards with their cells on the first screen instead of the heatmap', async () => {
      const page = await open(fixturesUrl, 390, 844)
      expect(await page.locator('svg.heatmap').isVisible()).toBe(false)
      const first = page.locator('ol.cards > li').first()
      expect(await first.locator('.card-name').textContent()).toBe(fixtures.rows[0]?.name)
      const box = await first.boundingBox()
      expect(box && box.y + box.height).toBeLessThan(844)
      const chips = first.locator('ol.chips a')
      expect(await chips.count()).toBe(fixtures.dimensions.length)
      for (const chip of await chips.all()) {
        const chipBox = await chip.boundingBox()
        expect(chipBox && chipBox.x + chipBox.width).toBeLessThanOrEqual(390)
      }
      await page.close()
    })
  })

  for (const width of [1024, 1400]) {
    describe(`at ${width} px`, () => {
      it('does not overflow sideways', async () => {
        const page = await open(fixturesUrl, width, 800)
        expect(await overflows(page)).toEqual({})
        await page.close()
      })

      it('fits every dimension of the heatmap in the window', async () => {
        const page = await open(fixturesUrl, width, 800)
        expect(await page.locator('svg.heatmap').isVisible()).toBe(true)
        expect(await page.locator('ol.cards').isVisible()).toBe(false)
        expect(await page.locator('svg.heatmap text.heading').count()).toBe(
          fixtures.dimensions.length
        )
        expect(await cutHeadings(page, width)).toEqual([])
        await page.close()
      })
    })
  }

  describe('in print (A4)', () => {
    it('shows the heatmap and the table with every dimension, and no cards', async () => {
      const page = await open(fixturesUrl, printWidth, 1000)
      await page.emulateMedia({media: 'print'})
      expect(await overflows(page)).toEqual({})
      expect(await page.locator('svg.heatmap').isVisible()).toBe(true)
      expect(await page.locator('ol.cards').isVisible()).toBe(false)
      expect(await cutHeadings(page, printWidth)).toEqual([])
      const headers = await page.evaluate(
        (limit) =>
          [...document.querySelectorAll('table.matrix thead th')].map((th) => {
            const box = th.getBoundingClientRect()
            return box.right <= limit + 0.5 && box.width > 0
          }),
        printWidth
      )
      expect(headers).toEqual(headers.map(() => true))
      expect(headers).toHaveLength(fixtures.dimensions.length + 3)
      await page.close()
    })

    it('prints to a PDF that holds every dimension, every submitter and the folded quotes', async () => {
      const page = await open(sampleUrl, 1024, 800)
      const file = join(folder, 'sample.pdf')
      await page.pdf({path: file, format: 'A4', printBackground: true})
      await page.close()
      await run(pdftotext, ['-enc', 'UTF-8', file, join(folder, 'sample.txt')])
      const text = (await readFile(join(folder, 'sample.txt'), 'utf8')).replace(/\s+/g, ' ')
      for (const dimension of sample.dimensions) expect(text).toContain(dimension.label)
      for (const row of sample.rows) expect(text).toContain(row.name)
      expect(text).toContain(secondQuote)
    })
  })

  describe('the sample report', () => {
    it('shows the submitter named with markup as visible text, without running it', async () => {
      const page = await open(sampleUrl, 1200, 800)
      const cell = page.locator('table.matrix tbody th', {hasText: dangerousName})
      expect(await cell.count()).toBe(1)
      expect(await cell.isVisible()).toBe(true)
      expect(await cell.textContent()).toBe(dangerousName)
      expect(await page.locator('script, img').count()).toBe(0)
      expect(dialogs).toEqual([])
      await page.close()
    })

    it('targets and scrolls to the evidence of a clicked heatmap cell', async () => {
      const page = await open(sampleUrl, 1200, 800)
      const cell = page.locator('svg.heatmap a.cell').nth(5)
      const href = await cell.getAttribute('href')
      expect(href).toMatch(/^#q-/)
      await cell.click()
      await page.waitForFunction((hash) => location.hash === hash, href)
      const target = await page.evaluate(() => {
        const element = document.querySelector(':target')
        const box = element?.getBoundingClientRect()
        return {
          id: element?.id,
          text: element?.textContent ?? '',
          top: box?.top ?? -1,
          viewport: window.innerHeight
        }
      })
      expect(`#${target.id}`).toBe(href)
      expect(target.text).toContain('through-igf')
      expect(target.top).toBeGreaterThanOrEqual(0)
      expect(target.top).toBeLessThan(target.viewport)
      await page.close()
    })

    it('opens the folded quotes of a cell', async () => {
      const page = await open(sampleUrl, 1024, 800)
      const card = page.locator('#q-wgec-2016-cuba-1-mechanism')
      const folded = card.locator('details blockquote', {hasText: secondQuote})
      expect(await folded.isVisible()).toBe(false)
      await card.locator('summary').click()
      expect(await folded.isVisible()).toBe(true)
      await page.close()
    })
  })

  it('loads nothing but the pages and reports no errors', () => {
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([])
    expect(consoleErrors).toEqual([])
    expect(pageErrors).toEqual([])
    expect(dialogs).toEqual([])
  })
})
