import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {index: 'src/index.ts', node: 'src/node.ts', cli: 'src/cli.ts'},
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: {
    entry: {index: 'src/index.ts', node: 'src/node.ts'},
    compilerOptions: {ignoreDeprecations: '6.0'}
  },
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  // JSON data is inlined: Node needs an import attribute that bundling drops.
  noExternal: [/^i18n-iso-countries\/langs\//],
  // The HTML report's stylesheet is imported as text (`./html/style.css?raw`, as Vite reads it).
  loader: {'.css': 'text'}
})
