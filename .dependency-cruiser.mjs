// The folder graph, enforced: `npm run lint:deps` (a step of `npm test`) checks every import in
// electron/ and renderer/src against it with dependency-cruiser. Three kinds of rule:
//   - no module takes part in an import cycle (type-only imports count: a cycle through types is
//     still two modules that cannot be understood one without the other);
//   - the layers (`layers`): which part of the app may import which, and which may use Node or Electron;
//   - inside the core (`coreGraph`): which folder may import which. The core's root files
//     (service.ts, worker.ts, feed-reader-worker.ts, worker-protocol.ts) are nodes of their own.
// docs/ARCHITECTURE.md ("Folder graph") draws both tables; scripts/check-folder-graph-doc.mjs (run by
// lint:deps too) fails when the drawing and these tables differ. To add an edge, change both.

/** Each layer and the other layers it may import (a layer may always import itself). */
export const layers = {
  'electron/api': { imports: [], node: false, electron: false },
  'electron/core': { imports: ['electron/api'], node: true, electron: false },
  'electron/host': { imports: ['electron/api', 'electron/core'], node: true, electron: false },
  'electron/main': { imports: ['electron/api', 'electron/core', 'electron/host'], node: true, electron: true },
  'electron/preview': { imports: ['electron/api', 'electron/core', 'electron/host'], node: true, electron: false },
  'electron/preload': { imports: ['electron/api'], node: false, electron: true },
  'renderer/src': { imports: ['electron/api'], node: false, electron: false },
};

/**
 * Each node of electron/core and the other nodes it may import; every node may also import
 * electron/api. Bottom first: db, feeds and net import no other core folder; cli is the top.
 */
export const coreGraph = {
  db: [],
  feeds: ['xml'],
  feedbin: ['net'],
  fever: ['net'],
  greader: ['net'],
  nextcloud: ['net'],
  language: [],
  miniflux: ['net'],
  net: [],
  secrets: [],
  'worker-protocol.ts': [],
  xml: [],
  html: ['feeds'],
  log: ['worker-protocol.ts'],
  library: ['db', 'language'],
  discovery: ['feeds', 'html'],
  fulltext: ['feeds', 'html', 'language'],
  images: ['db', 'library', 'log', 'net'],
  rules: ['db', 'library'],
  imports: ['db', 'library', 'rules'],
  opml: ['db', 'feeds', 'library', 'xml'],
  export: ['db', 'images', 'language', 'library', 'xml'],
  backup: ['db', 'export', 'html', 'images', 'imports', 'library', 'rules'],
  sync: ['db', 'discovery', 'feeds', 'fulltext', 'language', 'library', 'log', 'net', 'opml', 'rules'],
  accounts: [
    'db',
    'feedbin',
    'fever',
    'greader',
    'library',
    'log',
    'miniflux',
    'net',
    'nextcloud',
    'opml',
    'rules',
    'sync',
  ],
  'service.ts': ['accounts', 'backup', 'export', 'images', 'library', 'net', 'rules', 'sync', 'worker-protocol.ts'],
  'worker.ts': ['db', 'log', 'service.ts', 'sync', 'worker-protocol.ts'],
  'feed-reader-worker.ts': ['sync'],
  cli: [
    'accounts',
    'backup',
    'db',
    'export',
    'feeds',
    'fulltext',
    'greader',
    'html',
    'images',
    'imports',
    'library',
    'net',
    'opml',
    'rules',
    'secrets',
    'service.ts',
    'sync',
  ],
};

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A core node as a path pattern: a folder matches everything under it, a root file itself. */
const coreNode = (node) => (node.endsWith('.ts') ? `${escape(node)}$` : `${escape(node)}/`);
const anyOf = (patterns) => `(${patterns.join('|')})`;
const short = (layer) => layer.replace(/^electron\//, '');
const electronLayers = Object.keys(layers)
  .filter((layer) => layers[layer].electron)
  .join(' and ');

const noCycle = {
  name: 'no-cycle',
  comment:
    'This import closes the import cycle shown (one import can close several: look for the one they share). ' +
    'Move what both sides need into a module both import.',
  severity: 'error',
  from: { path: '^(electron|renderer/src)/' },
  to: { circular: true },
};

const resolvable = {
  name: 'resolvable',
  comment: 'dependency-cruiser cannot resolve this import, so it cannot check it against the folder graph.',
  severity: 'error',
  from: { path: '^(electron|renderer/src)/' },
  to: { couldNotResolve: true },
};

const layerRules = Object.entries(layers).flatMap(([layer, rule]) => [
  {
    name: `layer: ${short(layer)}`,
    comment:
      rule.imports.length > 0
        ? `Besides itself, ${layer} may import only ${rule.imports.join(', ')} (docs/ARCHITECTURE.md, "Folder graph").`
        : `${layer} may import nothing outside itself (docs/ARCHITECTURE.md, "Folder graph").`,
    severity: 'error',
    from: { path: `^${layer}/` },
    to: { path: '^(electron|renderer)/', pathNot: `^${anyOf([layer, ...rule.imports])}/` },
  },
  ...(rule.node
    ? []
    : [
        {
          name: `layer: ${short(layer)} without Node`,
          comment: `${layer} runs in a sandboxed page or preload, or is imported by one: no Node built-ins.`,
          severity: 'error',
          from: { path: `^${layer}/` },
          to: { dependencyTypes: ['core'] },
        },
      ]),
  ...(rule.electron
    ? []
    : [
        {
          name: `layer: ${short(layer)} without Electron`,
          comment: `Only ${electronLayers} may import electron; ${layer} also runs without it.`,
          severity: 'error',
          from: { path: `^${layer}/` },
          to: { path: '^node_modules/electron/' },
        },
      ]),
]);

const contractAlias = {
  name: 'layer: renderer imports the contract as @contract',
  comment: 'The renderer imports electron/api through the @contract/* alias (renderer/tsconfig.json), not by path.',
  severity: 'error',
  from: { path: '^renderer/src/' },
  to: { path: '^electron/api/', dependencyTypesNot: ['aliased-tsconfig-paths'] },
};

const coreRules = Object.entries(coreGraph).map(([node, imports]) => ({
  name: `core: ${node}`,
  comment:
    (imports.length > 0
      ? `From the core, electron/core/${node} may import only ${imports.join(', ')} (and electron/api at any time). `
      : `electron/core/${node} may import no other part of the core (electron/api it may). `) +
    'This import goes upward or sideways in the folder graph (docs/ARCHITECTURE.md, "Folder graph").',
  severity: 'error',
  from: { path: `^electron/core/${coreNode(node)}` },
  to: { path: '^electron/core/', pathNot: `^electron/core/${anyOf([node, ...imports].map(coreNode))}` },
}));

const unlistedCoreNode = {
  name: 'core: not in the graph',
  comment: 'This core folder or root file is not in the folder graph: add it to coreGraph and to the drawing.',
  severity: 'error',
  from: { path: '^electron/core/', pathNot: `^electron/core/${anyOf(Object.keys(coreGraph).map(coreNode))}` },
  to: { path: '^electron/core/' },
};

export default {
  forbidden: [noCycle, resolvable, ...layerRules, contractAlias, ...coreRules, unlistedCoreNode],
  options: {
    // Type-only imports are dependencies too (see the header).
    tsPreCompilationDeps: true,
    // For the renderer's @contract/* alias; the rest of the tree uses relative imports.
    tsConfig: { fileName: 'renderer/tsconfig.json' },
    doNotFollow: { path: '^node_modules/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs'],
    },
  },
};
