// The folder rules of src (docs/architecture.md), checked by `npm test` (`npm run lint:deps`).
/** A rule that a folder imports none of some others. */
const none = (name, from, others, comment) => ({
  name,
  comment,
  severity: 'error',
  from: {path: `^src/${from}/`},
  to: {path: `^src/(?:${others.join('|')})(?:/|\\.ts$)`}
})

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycle',
      severity: 'error',
      comment: 'Folders of src depend on each other one way: no folder reaches itself again.',
      scope: 'folder',
      from: {path: '^src/'},
      to: {circular: true}
    },
    {
      name: 'no-module-cycle',
      severity: 'error',
      comment: 'No module reaches itself again through what it runs (type-only imports aside).',
      from: {path: '^src/'},
      to: {circular: true, viaOnly: {dependencyTypesNot: ['type-only']}}
    },
    {
      name: 'pure-core',
      severity: 'error',
      comment:
        'Only the CLI, node.ts and node/ touch Node.js: the core runs in a browser (test/browser-bundle.test.ts).',
      from: {path: '^src/', pathNot: '^src/(?:cli/|cli\\.ts$|node/|node\\.ts$)'},
      to: {dependencyTypes: ['core']}
    },
    {
      name: 'nothing-imports-cli',
      severity: 'error',
      comment: 'The CLI is the edge: nothing of the library imports it.',
      from: {path: '^src/', pathNot: '^src/(?:cli/|cli\\.ts$)'},
      to: {path: '^src/(?:cli/|cli\\.ts$)'}
    },
    none('schema-is-the-base', 'schema', ['(?!schema/)[^/]+'], 'Schemas import schemas only.'),
    none(
      'parse-reads-only',
      'parse',
      ['code', 'codings', 'compare', 'exchange', 'render', 'review', 'provenance', 'evidence'],
      'Parsing knows nothing of coding, comparing or writing.'
    ),
    none(
      'code-before-compare',
      'code',
      ['compare', 'exchange', 'render', 'review'],
      'Coding comes before comparing and writing.'
    ),
    none(
      'exchange-converts-only',
      'exchange',
      ['code', 'codings', 'compare', 'parse', 'render', 'review'],
      'exchange/ converts to and from QDA-XML; the rule that weighs selections is passed in.'
    ),
    none(
      'outputs-write-only',
      'outputs',
      ['parse', 'code', 'compare', 'exchange', 'review'],
      'Outputs take finished values and write them, through the renderers.'
    ),
    none(
      'render-renders-only',
      'render',
      ['parse', 'code', 'codings', 'compare', 'exchange', 'review'],
      'Renderers take finished values (comparisons, codings, reports) and write them.'
    )
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    exclude: {path: '^(?:dist|node_modules)/'}
  }
}
