// ESLint rule `desk/layers`: enforces the import arrows between layers
//   shared ← electron/core ← electron/main,  shared ← renderer
// shared/ imports nothing from electron/, renderer/ or Node built-ins; renderer/ never imports
// electron/ (or the electron package, Node built-ins, the store driver); electron/core never
// imports the electron package; shared/domain imports only itself and small pure libraries. Relative imports are resolved to decide the target layer.
import { builtinModules } from 'node:module';
import path from 'node:path';

const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Layers by folder prefix (relative to the project root), most specific first. */
const layers = [
  ['electron/core/', 'core'],
  ['electron/main/', 'main'],
  ['electron/preload/', 'preload'],
  ['electron/web/', 'web'],
  ['electron/cli/', 'cli'],
  ['shared/domain/', 'domain'],
  ['shared/', 'shared'],
  ['renderer/', 'renderer'],
];

/** For each layer: which project layers it may import, and which packages it may not. */
const rules = {
  // The domain model is pure: its own files and a few small pure libraries, nothing else.
  domain: { layers: ['domain'], node: false, packages: [], onlyPackages: ['zod'] },
  shared: { layers: ['shared', 'domain'], node: false, packages: ['electron', 'better-sqlite3', 'react-dom', 'ws'] },
  renderer: { layers: ['renderer', 'shared', 'domain'], node: false, packages: ['electron', 'better-sqlite3', 'ws'] },
  core: { layers: ['core', 'shared', 'domain'], node: true, packages: ['electron'] },
  main: { layers: ['main', 'core', 'shared', 'domain'], node: true, packages: [] },
  preload: { layers: ['preload', 'shared', 'domain'], node: false, packages: [] },
  web: { layers: ['web', 'core', 'shared', 'domain'], node: true, packages: ['electron'] },
  cli: { layers: ['cli', 'core', 'shared', 'domain'], node: true, packages: ['electron'] },
};

function layerOf(relativePath) {
  const normalized = relativePath.split(path.sep).join('/');
  for (const [prefix, layer] of layers) if (normalized.startsWith(prefix)) return layer;
  return null;
}

const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports must follow the layer arrows shared ← electron/core ← electron/main, shared ← renderer' },
    messages: {
      layer: "Layer '{{from}}' may not import from layer '{{to}}' ('{{spec}}').",
      node: "Layer '{{from}}' may not import the Node built-in '{{spec}}'.",
      pkg: "Layer '{{from}}' may not import the package '{{spec}}'.",
    },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename);
    const from = layerOf(file);
    if (!from) return {};
    const rule = rules[from];

    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.')) {
        const target = path.relative(root, path.resolve(path.dirname(context.filename), spec));
        const to = layerOf(target + '/') ?? layerOf(target);
        if (to && !rule.layers.includes(to)) context.report({ node, messageId: 'layer', data: { from, to, spec } });
        return;
      }
      if (nodeBuiltins.has(spec)) {
        if (!rule.node) context.report({ node, messageId: 'node', data: { from, spec } });
        return;
      }
      const pkg = packageName(spec);
      if (rule.packages.includes(pkg) || (rule.onlyPackages && !rule.onlyPackages.includes(pkg))) {
        context.report({ node, messageId: 'pkg', data: { from, spec } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node.arguments[0], node.arguments[0].value);
        }
      },
    };
  },
};
