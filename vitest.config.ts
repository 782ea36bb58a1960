import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    // The HTML report imports its stylesheet as text (`style.css?raw`): Vitest empties CSS it
    // is not told to read.
    css: {include: [/\.css(?:\?|$)/]},
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli.ts', 'src/cli/**', 'src/node.ts'],
      reporter: ['text-summary'],
      thresholds: {lines: 85, functions: 85, branches: 75, statements: 85}
    },
    typecheck: {enabled: true, include: ['test/**/*.test-d.ts']}
  }
})
