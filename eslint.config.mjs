import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'events', 'url', 'util']

/** What no file of the pure core may import: the environment, the hosts, or test code. */
const PURE_CORE = [
  {
    regex: '^(electron|electron-store|react|react-dom)(/|$)',
    message: 'src/shared is the pure core: no electron or React.',
  },
  { group: NODE_BUILTINS, message: 'src/shared is the pure core: no Node built-ins.' },
  {
    group: ['**/main/**', '**/renderer/**', '**/preload/**'],
    message: 'src/shared imports nothing from the hosts.',
  },
  { group: ['**/tests/**'], message: 'Test doubles live in tests/support; src/ never imports them.' },
]

const DOMAINS = 'reminders|routines|therapy|journal|content|settings|calendar|flare|progress|desktop-check'

/** A folder of src/shared named as the last part of a relative import or anywhere before it. */
const folder = (names) => `^\\.{1,2}/(.*/)?(${names})(/|$)`

/**
 * The layers inside src/shared (docs/ARCHITECTURE.md): kernel <- domains <- contract <- hosting <- app. Each layer
 * imports only the layers below it. The translation port (i18n/catalog) sits beside the kernel: every layer may mark
 * text for translation.
 */
const coreLayers = [
  {
    files: ['src/shared/kernel/**/*.ts'],
    forbid: [
      {
        regex: folder(`${DOMAINS}|contract|hosting|app`),
        message: 'The kernel imports no domain, contract, hosting or app code.',
      },
      { regex: '^\\.{1,2}/(.*/)?i18n(/(?!catalog$)|$)', message: 'The kernel may import only i18n/catalog.' },
    ],
  },
  {
    files: [`src/shared/{${DOMAINS.replaceAll('|', ',')},i18n}/**/*.ts`],
    forbid: [
      {
        regex: folder('contract|hosting|app'),
        message: 'A domain imports the kernel and other domains, never the contract, hosting or app.',
      },
    ],
  },
  {
    files: ['src/shared/contract/**/*.ts'],
    forbid: [{ regex: folder('hosting|app'), message: 'The contract imports no hosting or app code.' }],
  },
  {
    files: ['src/shared/hosting/**/*.ts'],
    forbid: [{ regex: folder('app'), message: 'Hosting code imports no app code.' }],
  },
].map(({ files, forbid }) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [...PURE_CORE, ...forbid] }] },
}))

/** Layering: arrows only point down to src/shared, never back up or across. */
const layers = [
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: PURE_CORE }],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'navigator',
          'setTimeout',
          'setInterval',
          'clearTimeout',
          'process',
          'performance',
        ].map((name) => ({ name, message: 'src/shared reaches the environment only through the ports in time.ts.' })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Read time through the Clock port (time.ts).' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Read time through the Clock port.',
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(electron|electron-store)(/|$)',
              message: 'The renderer talks to the host only through the contract.',
            },
            { group: NODE_BUILTINS, message: 'The renderer runs in a sandboxed page: no Node built-ins.' },
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer never imports the host.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/ipc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', importNames: ['ipcMain'], message: 'Only src/main/ipc.ts touches ipcMain.' },
            { name: 'electron', importNames: ['ipcRenderer'], message: 'Only the preload touches ipcRenderer.' },
          ],
          patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'The host never imports the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['src/main/ipc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', importNames: ['ipcRenderer'], message: 'Only the preload touches ipcRenderer.' }],
          patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'The host never imports the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', importNames: ['ipcMain'], message: 'Only src/main/ipc.ts touches ipcMain.' }],
          patterns: [{ group: ['**/main/**', '**/renderer/**'], message: 'The preload only bridges the contract.' }],
        },
      ],
    },
  },
]

export default tseslint.config(
  {
    ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', '.cache/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layers,
  ...coreLayers,
)
