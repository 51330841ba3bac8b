import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// A limit for hangs, not for speed: on a loaded two-core machine a heavy test (the packaging schema check, the
// 30-day simulation, a screen rendered in jsdom) can take many times its usual second.
const testTimeout = 60_000

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          testTimeout,
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/main/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
          setupFiles: ['tests/main/setup.ts'],
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          testTimeout,
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.tsx', 'tests/renderer/**/*.test.ts'],
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
    ],
  },
})
