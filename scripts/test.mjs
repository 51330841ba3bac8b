// npm test: every check CI runs, in order, stopping at the first failure; ends with one total line.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(chromium)) {
  console.error(
    `npm test needs Chromium for the browser tests and found none at ${chromium}: ` +
      'install it with "apt-get install -y chromium" (Debian/Ubuntu) or set CHROMIUM_PATH. The tests never need the Electron binary.',
  )
  process.exit(1)
}

rmSync('test-results', { recursive: true, force: true })
mkdirSync('test-results', { recursive: true })

const steps = [
  ['typecheck', 'npx', ['tsc', '-b']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['security scan (Electronegativity)', 'node', ['scripts/security-scan.mjs']],
  [
    'unit, main and renderer tests',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json'],
  ],
  // Not npm run build: that type-checks first, and the first step already did.
  ['build', 'npx', ['electron-vite', 'build']],
  ['browser and electron tests', 'npx', ['playwright', 'test']],
]

for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`\nnpm test: the ${name} step failed (exit ${result.status ?? result.signal}).`)
    summarise()
    process.exit(result.status || 1)
  }
}
summarise()

function summarise() {
  let passed = 0
  let failed = 0
  let skipped = 0
  if (existsSync('test-results/vitest.json')) {
    const vitest = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'))
    passed += vitest.numPassedTests
    failed += vitest.numFailedTests
    skipped += vitest.numPendingTests + vitest.numTodoTests
  }
  if (existsSync('test-results/playwright.json')) {
    const { stats } = JSON.parse(readFileSync('test-results/playwright.json', 'utf8'))
    passed += stats.expected + stats.flaky
    failed += stats.unexpected
    skipped += stats.skipped
  }
  console.log(`\ntotal: ${passed} passed, ${failed} failed, ${skipped} skipped`)
}
