import { defineConfig } from 'vitest/config'

// Benchmarks run as plain programs under vitest (for TypeScript), never as part of npm test.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 600_000,
    fileParallelism: false,
  },
})
