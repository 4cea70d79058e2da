// Lint: TypeScript rules plus the layer arrows (desk/layers) and "no DOM, no Node globals in shared/".
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersRule } from './test/lint/layers-rule.js';

const builtinGlobals = new Set(Object.keys(globals.es2023));
const browserOnly = Object.keys(globals.browser).filter((g) => !(g in globals.node) && !builtinGlobals.has(g));
const nodeOnly = Object.keys(globals.node).filter((g) => !(g in globals.browser) && !builtinGlobals.has(g));

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'coverage/', 'test-output/', '.desk-data/'] },
  ...tseslint.configs.recommended,
  {
    plugins: { desk: { rules: { layers: layersRule } } },
    rules: {
      'desk/layers': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...browserOnly.map((name) => ({ name, message: 'shared/ is isomorphic: no DOM globals.' })),
        ...nodeOnly.map((name) => ({ name, message: 'shared/ is isomorphic: no Node globals.' })),
      ],
    },
  },
);
