// Lint rules, including the layer boundaries of README "Architecture" (DESIGN.md §4.3).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const UI_LIBS = [
  'react',
  'react-dom',
  'react/*',
  '@xyflow/*',
  'zustand',
  'zustand/*',
  'zundo',
  'monaco-editor',
  'monaco-editor/*',
  'monaco-yaml',
  'monaco-yaml/*',
];
// The simulation engine (Lua VM, jq) belongs in the worker: a static import from the page puts megabytes
// into the first bundle (type imports are fine).
const HEAVY = {
  group: [
    '**/engine/simulate/step',
    '**/engine/simulate/runScenario',
    '**/engine/scenario/checkScenario',
    '**/engine/lua/*',
    '**/engine/jq/*',
    '**/engine/filters/*',
  ],
  allowTypeImports: true,
  message:
    'The simulation engine runs in the worker; use the simulation client or a dynamic import() so it stays out of the first bundle.',
};
const layer = (patterns, extra = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: patterns,
          message: 'This layer must not depend on it (see README "Architecture").',
        },
        ...extra,
      ],
    },
  ],
});
const UP_FROM_CORE = [
  '**/state/*',
  '**/state',
  '**/ui/*',
  '**/ui',
  '**/app/*',
  '**/worker/*',
  '**/cli/*',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'third_party/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
      'src/domain/validation/schema/*.generated.*',
      'src/domain/types/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // React's rules of hooks and the compiler-era checks (no setState in effects, no refs in render).
  { files: ['src/**/*.ts', 'src/**/*.tsx'], ...reactHooks.configs.flat['recommended-latest'] },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No dynamic code: never build functions from strings.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Everything from a design, an event or a link is rendered as text.',
        },
        {
          selector:
            'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Everything from a design, an event or a link is rendered as text.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Everything from a design, an event or a link is rendered as text.',
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly' },
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/lib/**'],
    rules: layer([...UI_LIBS, '**/domain/*', '**/engine/*', ...UP_FROM_CORE]),
  },
  { files: ['src/domain/**'], rules: layer([...UI_LIBS, '**/engine/*', ...UP_FROM_CORE]) },
  { files: ['src/engine/**'], rules: layer([...UI_LIBS, ...UP_FROM_CORE]) },
  {
    files: ['src/worker/**'],
    rules: layer(['react', 'react-dom', 'react/*', '**/state/*', '**/ui/*', '**/app/*']),
  },
  {
    files: ['src/state/**'],
    ignores: [
      'src/state/useDesignerStore.ts',
      'src/state/useSimulation.ts',
      'src/state/useLayout.ts',
    ],
    rules: layer(
      ['react', 'react-dom', 'react/*', '**/ui/*', '**/ui', '**/app/*', '**/app', '**/cli/*'],
      [
        {
          group: ['**/engine/*'],
          allowTypeImports: true,
          message:
            "State reads the engine's types only; it runs the engine through worker/simulationClient.",
        },
      ],
    ),
  },
  {
    files: ['src/ui/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: layer(['**/app/*', '**/app', '**/cli/*', '**/cli'], [HEAVY]),
  },
  {
    files: ['src/app/**', 'src/main.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [HEAVY] }] },
  },
  {
    files: ['src/cli/**'],
    rules: layer([
      ...UI_LIBS,
      '**/state/*',
      '**/state',
      '**/ui/*',
      '**/ui',
      '**/app/*',
      '**/app',
      '**/worker/*',
      '**/worker',
    ]),
  },
  {
    // The core never reads the wall clock or the page: time comes from an injected clock.
    files: ['src/domain/**', 'src/engine/**', 'src/lib/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'setTimeout',
        'setInterval',
        'navigator',
        'fetch',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Use the injected Clock.' },
        { object: 'performance', property: 'now', message: 'Use the injected Clock.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No dynamic code: never build functions from strings.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'No wall clock in the core: use the injected Clock.',
        },
      ],
    },
  },
);
