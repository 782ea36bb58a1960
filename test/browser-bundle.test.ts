import {build} from 'esbuild'
import {describe, expect, it} from 'vitest'

describe('the core in a browser', () => {
  it('bundles `src/index.ts` for the browser with no Node.js built-in', async () => {
    const result = await build({
      entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
      // As in tsup.config.ts: the report's stylesheet is imported as text.
      loader: {'.css': 'text'}
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.length).toBeGreaterThan(100)
    expect(
      inputs.filter(
        (input) =>
          input.startsWith('node:') ||
          /^(?:fs|path|os|crypto|buffer|process|child_process|util|stream)$/.test(input)
      )
    ).toEqual([])
    expect(result.errors).toEqual([])
    expect(
      inputs.some((input) => input.includes('src/node.ts') || input.includes('src/cli.ts'))
    ).toBe(false)
  })
})
