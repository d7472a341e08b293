// The import rules of Nabla, checked by `npm run lint:deps` (part of `npm run check`, so CI runs it).
//
// The arrows run one way: routes → server / client → engine → sandbox → protocol, never back.
// `src/lib/protocol/` is the leaf (wire codec, number formatting, tolerance, limits). The client
// (Run worker, components, pages) never imports the server, and code that reaches the browser
// never imports the hidden reference solutions or the graders.
/** Code that runs in the browser: the client modules, shared components, and pages/layouts that are not `.server` files. */
const BROWSER = [
  '^src/lib/client/',
  '^src/lib/components/',
  '^src/routes/.+/[+](page|layout)[.](svelte|ts)$',
  '^src/routes/[+](page|layout)[.](svelte|ts)$',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'protocol-is-the-leaf',
      comment: 'src/lib/protocol/ imports nothing of Nabla but itself.',
      severity: 'error',
      from: { path: '^src/lib/protocol/' },
      to: { path: '^(src/|graders/|reference/)', pathNot: '^src/lib/protocol/' },
    },
    {
      name: 'sandbox-imports-only-protocol',
      comment: 'The sandbox knows the wire format, not the engine that grades with it.',
      severity: 'error',
      from: { path: '^src/lib/sandbox/' },
      to: { path: '^(src/|graders/|reference/)', pathNot: '^src/lib/(sandbox|protocol)/' },
    },
    {
      name: 'engine-imports-only-sandbox-and-protocol',
      comment: 'The grading engine is shared by the CLI, the server, the workers and the browser: it never imports them.',
      severity: 'error',
      from: { path: '^src/lib/engine/' },
      to: { path: '^src/', pathNot: '^src/lib/(engine|sandbox|protocol)/' },
    },
    {
      name: 'server-never-imports-client-or-routes',
      severity: 'error',
      from: { path: '^src/lib/server/' },
      to: { path: '^src/(lib/client/|lib/components/|routes/)' },
    },
    {
      name: 'client-never-imports-server-or-routes',
      severity: 'error',
      from: { path: '^src/lib/(client|components)/' },
      to: { path: '^src/(lib/server/|routes/)' },
    },
    {
      name: 'lib-never-imports-routes',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/routes/' },
    },
    {
      name: 'browser-code-keeps-secrets',
      comment:
        'Reference solutions and graders are hidden: nothing that reaches the browser may import them (test/secrets-build.test.ts proves it on the build too).',
      severity: 'error',
      from: { path: BROWSER },
      to: { path: '^(reference|graders)/|^src/lib/server/' },
    },
    {
      name: 'imports-resolve',
      comment: 'An import the checker cannot resolve would escape every rule above (SvelteKit virtual modules and Vite queries aside).',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true, pathNot: ['^[$](app|env)/', '^[.]/[$]types$', '^monaco-esm/', '[?]'] },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes the one-way rule meaningless inside an area too (ValueView renders itself for nested values).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/lib/components/ValueView[.]svelte$' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    exclude: { path: ['^node_modules/', '^[.]svelte-kit/', '^build/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    webpackConfig: { fileName: '.dependency-cruiser.webpack.cjs' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.svelte', '.json'],
    },
  },
};
