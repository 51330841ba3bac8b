import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, vi } from 'vitest'

// One global fake of 'electron' for every host test: the real module would try to download its binary.
vi.mock('electron', () => import('./fake-electron'))

// The host writes desktop files under XDG_CONFIG_HOME (start at login on Linux): never into the real home.
process.env['XDG_CONFIG_HOME'] = mkdtempSync(join(tmpdir(), 'unknot-test-config-'))

beforeEach(async () => {
  const fake = await import('./fake-electron')
  fake.resetFakeElectron()
})
