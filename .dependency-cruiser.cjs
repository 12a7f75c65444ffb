/**
 * The layer rules of ../shared/DESIGN.md, checked at error level in CI (npm run layers):
 * shared/ is pure; electron/core, server and cli never import electron; preload imports only
 * electron; renderer/ and electron/ never import each other; no cycles.
 */
const NODE_BUILTINS = '^(node:|fs$|path$|os$|crypto$|child_process$|http$|https$|net$|url$|util$|worker_threads$|stream$|zlib$|buffer$|events$)';

module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ imports nothing from electron/ or renderer/',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(electron|renderer)/' },
    },
    {
      name: 'shared-no-node-builtins',
      comment: 'shared/ runs in the browser and in Node: no Node built-ins',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-no-node-builtins-by-name',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: NODE_BUILTINS },
    },
    {
      name: 'core-never-imports-electron',
      comment: 'electron/core, electron/server and electron/cli run in plain Node',
      severity: 'error',
      from: { path: '^electron/(core|server|cli)/' },
      to: { path: '^electron$|node_modules/electron/' },
    },
    {
      name: 'core-not-into-main',
      severity: 'error',
      from: { path: '^electron/(core|server)/' },
      to: { path: '^electron/(main|preload)/' },
    },
    {
      name: 'preload-only-electron',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { pathNot: '^electron$|node_modules/electron/|^shared/api/' },
    },
    {
      name: 'renderer-not-electron',
      comment: 'renderer/ talks to the core only through the API contract',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^electron/' },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'electron-not-renderer',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
