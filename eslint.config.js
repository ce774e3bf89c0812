import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layer rule (docs/architecture.md): domain ← db ← services/store ← features ← app. */
const noDexie = {
  paths: [
    { name: 'dexie', message: 'Only src/db talks to Dexie.' },
    { name: 'dexie-react-hooks', message: 'Only src/db talks to Dexie (use the hooks in src/db/hooks).' },
  ],
};
const noZustand = { name: 'zustand', message: 'Only src/store imports zustand.' };
const noReact = [
  { name: 'react', message: 'Domain code is pure: no React.' },
  { name: 'react-dom', message: 'Domain code is pure: no React.' },
];

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [...noDexie.paths, noZustand] }],
    },
  },
  {
    files: ['src/db/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noZustand] }] },
  },
  {
    files: ['src/store/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [...noDexie.paths] }] },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noDexie.paths, noZustand, ...noReact],
          patterns: [
            {
              group: [
                '**/db/**',
                '**/store/**',
                '**/services/**',
                '**/features/**',
                '**/components/**',
                '**/app/**',
                '**/testing/**',
              ],
              message: 'Domain code imports only domain code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests may use the shared test helpers (src/testing) and Node APIs.
    files: ['src/**/*.test.ts', 'src/testing/**'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
