import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDocumentStore } from '../../src/main/store'
import { defaultSettings } from '../../src/shared/settings'

describe('document store (electron-store)', () => {
  it('reads nothing on a first run, then keeps what was written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-store-'))
    const store = openDocumentStore('unknot-settings', dir)
    expect(store.read()).toBeUndefined()
    const settings = { ...defaultSettings(), sound: { chimes: false, spokenCues: true, volume: 0.2 } }
    store.write(settings)
    expect(openDocumentStore('unknot-settings', dir).read()).toEqual(settings)
    expect(JSON.parse(readFileSync(join(dir, 'unknot-settings.json'), 'utf8'))).toEqual({ document: settings })
  })
})

describe('an unreadable settings file', () => {
  it('is kept aside under a new name and reported, and the store works again', async () => {
    const { writeFileSync, readdirSync } = await import('node:fs')
    const dir = mkdtempSync(join(tmpdir(), 'unknot-store-'))
    writeFileSync(join(dir, 'unknot-settings.json'), '{"settings": {"version": 1, "sou')
    const store = openDocumentStore('unknot-settings', dir, () => 1234)
    expect(store.read()).toEqual({
      unreadable: true,
      reason: 'it is not valid JSON (a copy was kept as unknot-settings.unreadable-1234.json)',
    })
    expect(readFileSync(join(dir, 'unknot-settings.unreadable-1234.json'), 'utf8')).toBe(
      '{"settings": {"version": 1, "sou',
    )
    store.write(defaultSettings())
    expect(openDocumentStore('unknot-settings', dir).read()).toEqual(defaultSettings())
    expect(readdirSync(dir).sort()).toEqual(['unknot-settings.json', 'unknot-settings.unreadable-1234.json'])
  })
})
