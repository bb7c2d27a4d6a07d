/**
 * The layers of src/, bottom up; each may import only from the layers below it. ARCHITECTURE.md draws
 * the same picture: change both together.
 */
const LAYERS = [
  ['config', '^src/(config|logger)[.]ts$'],
  ['db', '^src/db/'],
  ['model', '^src/model/'],
  ['ingest', '^src/ingest/'],
  ['io', '^src/(import|export)/'],
  ['graph', '^src/graph/'],
  ['http', '^src/http/'],
  ['service', '^src/service/'],
  ['entry', '^src/(cli/|main[.]ts$)'],
];

const upward = LAYERS.slice(0, -1).map(([name, path], index) => ({
  name: `no-upward-import-from-${name}`,
  comment: `${name} imports only from the layers below it (${
    LAYERS.slice(0, index)
      .map(([below]) => below)
      .join(', ') || 'none'
  })`,
  severity: 'error',
  from: { path },
  to: { path: LAYERS.slice(index + 1).map(([, above]) => above) },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      comment: 'Modules that import each other cannot be read, tested or moved apart.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'db-knows-no-domain',
      comment: 'The Neo4j layer is generic: it knows the driver, not the treaty model.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/(model|ingest|graph)/' },
    },
    {
      name: 'service-not-tools-or-tests',
      comment: 'The service ships alone: nothing in src/ reaches into tools/, tests/ or web/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tools|tests|web|scripts)/' },
    },
    {
      name: 'service-no-dev-dependencies',
      comment: 'What the service imports must be installed in production.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-uses-model-not-service',
      comment: 'The web app speaks to the API over HTTP; of src/ it may share only the vocabulary.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/(?!model/)' },
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
    exclude: { path: '(^|/)(dist|dist-tools|node_modules|generated)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.d.ts'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
