// Text files imported as strings (`?raw`): Vite reads them so in tests, tsup and esbuild through
// the `raw-text` plugin of their configuration.
declare module '*?raw' {
  const text: string
  export default text
}
