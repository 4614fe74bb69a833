// Lint rules that carry the architecture: imports point inward only
// (entrypoints -> workflows/adapters -> ports -> core), and core stays pure.
import tseslint from 'typescript-eslint';

const nodeAndIo = [
  { group: ['node:*'], message: 'core is pure: pass I/O in through a port.' },
  { group: ['fs', 'fs/*', 'path', 'child_process', 'os', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream'], message: 'core is pure: no Node built-ins.' },
  { group: ['probot', '@octokit/*', '@actions/*', 'execa', 'openai', 'commander'], message: 'core is pure: no SDKs or I/O libraries.' },
];
const layer = (name) => ({ group: [`**/${name}/**`, `../${name}`, `../../${name}`], message: `this layer may not import from ${name}/.` });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'examples/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...nodeAndIo, layer('ports'), layer('workflows'), layer('adapters'), layer('entrypoints')] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'core reads no env: pass values in.' }, { name: 'fetch', message: 'core does no I/O.' }],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'core reads no clock: pass the time in.' },
        { object: 'Math', property: 'random', message: 'core uses no randomness: pass a seed or value in.' }],
      'no-restricted-syntax': ['error', { selector: 'NewExpression[callee.name="Date"][arguments.length=0]', message: 'core reads no clock: pass the time in.' }],
    },
  },
  {
    files: ['src/ports/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('workflows'), layer('adapters'), layer('entrypoints'), { group: ['probot', '@octokit/*', '@actions/*', 'execa', 'openai'], message: 'ports are interfaces: no SDKs.' }] }] },
  },
  {
    files: ['src/workflows/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('adapters'), layer('entrypoints'), { group: ['probot', '@octokit/*', '@actions/*', 'execa', 'openai'], message: 'workflows talk to the world through ports.' }] }] },
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('workflows'), layer('entrypoints')] }] },
  },
);
