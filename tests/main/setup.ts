import { beforeEach, vi } from 'vitest'

// One global fake of 'electron' for every host test: the real module would try to download its binary.
vi.mock('electron', () => import('./fake-electron'))

beforeEach(async () => {
  const fake = await import('./fake-electron')
  fake.resetFakeElectron()
})
