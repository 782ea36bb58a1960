import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {type Browser, chromium, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {toHtml} from '../../src/render/to-html.js'
import {dangerousName, htmlSample} from './html-sample.js'

const executablePath = '/usr/bin/chromium'
const available = existsSync(executablePath)
const artifacts = new URL('../artifacts/', import.meta.url)

if (!available) {
  console.warn(
    `Skipping the browser test: no Chromium at ${executablePath}. Install it with \`apt-get install -y chromium\`.`
  )
}

describe.skipIf(!available)(
  'toHtml in Chromium (skipped without /usr/bin/chromium: `apt-get install -y chromium`)',
  () => {
    const sample = htmlSample()
    const consoleErrors: string[] = []
    const pageErrors: string[] = []
    const dialogs: string[] = []
    const requests: string[] = []
    let browser: Browser
    let page: Page
    let folder: string

    beforeAll(async () => {
      folder = await mkdtemp(join(tmpdir(), 'wgec-html-'))
      const file = join(folder, 'report.html')
      await writeFile(file, toHtml(sample, {title: 'WGEC 2016'}))
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
      page = await browser.newPage({viewport: {width: 1200, height: 800}})
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text())
      })
      page.on('pageerror', (error) => pageErrors.push(error.message))
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      page.on('request', (request) => requests.push(request.url()))
      await page.goto(pathToFileURL(file).href, {waitUntil: 'load'})
      await mkdir(artifacts, {recursive: true})
      await page.screenshot({path: new URL('report.png', artifacts).pathname, fullPage: true})
    })

    afterAll(async () => {
      await browser?.close()
      if (folder) await rm(folder, {recursive: true, force: true})
    })

    it('renders the heatmap with a non-zero size', async () => {
      const box = await page.locator('svg.heatmap').boundingBox()
      expect(box?.width).toBeGreaterThan(100)
      expect(box?.height).toBeGreaterThan(50)
      expect(await page.locator('svg.heatmap g.heatmap-row').count()).toBe(sample.rows.length)
    })

    it('shows one table row per submitter', async () => {
      const rows = page.locator('table.matrix tbody tr')
      expect(await rows.count()).toBe(sample.rows.length)
      expect(await rows.locator('th').allInnerTexts()).toEqual(sample.rows.map((row) => row.name))
    })

    it('shows the submitter named with markup as visible text, without running it', async () => {
      const cell = page.locator('table.matrix tbody th', {hasText: dangerousName})
      expect(await cell.count()).toBe(1)
      expect(await cell.isVisible()).toBe(true)
      expect(await cell.textContent()).toBe(dangerousName)
      expect(await page.locator('script, img').count()).toBe(0)
      expect(dialogs).toEqual([])
    })

    it('loads nothing but the page and reports no errors', () => {
      expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([])
      expect(consoleErrors).toEqual([])
      expect(pageErrors).toEqual([])
    })

    it('targets and scrolls to the evidence of a clicked heatmap cell', async () => {
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
      expect(consoleErrors).toEqual([])
      expect(pageErrors).toEqual([])
      expect(dialogs).toEqual([])
    })
  }
)
