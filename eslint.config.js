// Lint configuration. Besides the usual TypeScript rules it enforces the import
// boundaries of the layers (STYLE.md): a wrong import fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node modules that do I/O or read the clock's environment; the pure domain may use none. */
const nodeIo = ['fs', 'path', 'os', 'http', 'https', 'net', 'child_process', 'worker_threads', 'process', 'url', 'stream', 'crypto']
  .flatMap((name) => [name, `node:${name}`, `${name}/*`, `node:${name}/*`]);

/** Builds a `no-restricted-imports` rule that forbids our own layers given by folder name. */
function forbidLayers(layers, extra = [], message = 'This layer may not import that one (see STYLE.md: imports point down and inward).') {
  return [
    'error',
    {
      paths: extra.map((name) => ({ name, message: 'The pure domain does no I/O.' })),
      patterns: layers.map((layer) => ({ group: [`**/${layer}`, `**/${layer}/**`], message })),
    },
  ];
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'web/dist/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': forbidLayers(['ingest', 'store', 'services', 'reports', 'server', 'cli'], nodeIo) },
  },
  {
    files: ['src/ingest/**/*.ts', 'src/store/**/*.ts', 'src/reports/**/*.ts'],
    rules: { 'no-restricted-imports': forbidLayers(['ingest', 'store', 'services', 'reports', 'server', 'cli'].filter(Boolean)) },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: { 'no-restricted-imports': forbidLayers(['server', 'cli']) },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: { 'no-restricted-imports': forbidLayers(['ingest', 'store', 'reports', 'cli']) },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': forbidLayers(['ingest', 'store', 'reports', 'server']) },
  },
);
