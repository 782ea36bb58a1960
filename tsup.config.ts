import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {index: 'src/index.ts', cli: 'src/cli.ts'},
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: {entry: {index: 'src/index.ts'}, compilerOptions: {ignoreDeprecations: '6.0'}},
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true
})
