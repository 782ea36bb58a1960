import {defineConfig, type Options} from 'tsup'

const shared: Options = {
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  splitting: true,
  treeshake: true,
  // The HTML report's stylesheet is imported as text (`./html/style.css?raw`, as Vite reads it).
  loader: {'.css': 'text'}
}

export default defineConfig([
  {
    ...shared,
    // The library: its dependencies stay imports, for the user's bundler to share.
    entry: {index: 'src/index.ts', node: 'src/node.ts'},
    dts: {compilerOptions: {ignoreDeprecations: '6.0'}},
    // JSON data is inlined: Node needs an import attribute that bundling drops.
    noExternal: [/^i18n-iso-countries\/langs\//]
  },
  {
    ...shared,
    // The CLI: dependencies bundled in, so that a start reads a few files instead of 700
    // (see docs/performance.md, cold start). `require` for the CommonJS ones.
    entry: {cli: 'src/cli.ts'},
    outDir: 'dist/cli',
    noExternal: [/./],
    // Maps of the bundled dependencies would double the package for little use.
    sourcemap: false,
    banner: {
      js: "import {createRequire as __wgecCreateRequire} from 'node:module'; const require = __wgecCreateRequire(import.meta.url);"
    }
  }
])
