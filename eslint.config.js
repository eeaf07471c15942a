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
    // The browser application talks to the server only over HTTP: of our code it may import the
    // pure domain (shared formatting and vocabulary) and, as types only, the server's schemas.
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', fetch: 'readonly', Headers: 'readonly', Response: 'readonly', URLSearchParams: 'readonly',
        performance: 'readonly', ResizeObserver: 'readonly', DOMException: 'readonly', AbortSignal: 'readonly', Event: 'readonly',
        HTMLElement: 'readonly', HTMLDivElement: 'readonly', HTMLAnchorElement: 'readonly', localStorage: 'readonly', Intl: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/src/server/**'], allowTypeImports: true, message: 'The web app may import the server\'s schemas as types only (import type).' },
          { group: ['**/src/ingest/**', '**/src/store/**', '**/src/services/**', '**/src/reports/**', '**/src/cli/**', '**/bin/**'], message: 'The web app talks to the server over HTTP only; it may import src/domain.' },
        ],
      }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    ignores: ['web/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: nodeIo.map((name) => ({ name, message: 'Browser code has no Node modules.' })) }] },
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
    // One known exception, not caught by this rule because it is a dynamic import():
    // `resolute serve` (src/cli/commands/serve.command.ts) is the process entry that starts
    // the HTTP server, so it loads src/server/start.ts. No other CLI file may reach the server.
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': forbidLayers(['ingest', 'store', 'reports', 'server']) },
  },
);
