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
    }
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    tsPreCompilationDeps: false,
    tsConfig: {fileName: 'tsconfig.json'},
    exclude: {path: '^(dist|node_modules)/'}
  }
}
