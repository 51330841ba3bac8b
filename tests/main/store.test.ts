import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openSettingsStore } from '../../src/main/store'
import { defaultSettings } from '../../src/shared/settings'

describe('settings store (electron-store)', () => {
  it('reads nothing on a first run, then keeps what was written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-store-'))
    const store = openSettingsStore(dir)
    expect(store.read()).toBeUndefined()
    const settings = { ...defaultSettings(), sound: { chimes: false, spokenCues: true, volume: 0.2 } }
    store.write(settings)
    expect(openSettingsStore(dir).read()).toEqual(settings)
    expect(JSON.parse(readFileSync(join(dir, 'unknot-settings.json'), 'utf8'))).toEqual({ settings })
  })
})
