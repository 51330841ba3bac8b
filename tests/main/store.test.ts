import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDocumentStore } from '../../src/main/store'
import { defaultSettings } from '../../src/shared/settings'

const tempDir = () => mkdtempSync(join(tmpdir(), 'unknot-store-'))

describe('document store (electron-store)', () => {
  it('reads nothing on a first run, then keeps what was written', () => {
    const dir = tempDir()
    const store = openDocumentStore('unknot-settings', dir)
    expect(store.read()).toBeUndefined()
    const settings = { ...defaultSettings(), sound: { chimes: false, spokenCues: true, volume: 0.2 } }
    store.write(settings)
    expect(openDocumentStore('unknot-settings', dir).read()).toEqual(settings)
    expect(JSON.parse(readFileSync(join(dir, 'unknot-settings.json'), 'utf8'))).toEqual({ document: settings })
  })

  it('keeps the previous document as the backup on every write', () => {
    const dir = tempDir()
    const store = openDocumentStore('unknot-data', dir)
    store.write({ n: 1 })
    store.write({ n: 2 })
    expect(JSON.parse(readFileSync(join(dir, 'unknot-data.backup.json'), 'utf8'))).toEqual({ document: { n: 1 } })
  })
})

describe('a document the core cannot use', () => {
  it('is kept aside when it is not JSON, reported once, and the store works again', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'unknot-settings.json'), '{"document": {"version": 1, "sou')
    const store = openDocumentStore('unknot-settings', dir, () => 1234)
    expect(store.read()).toEqual({
      unreadable: true,
      reason: 'it is not valid JSON (a copy was kept as unknot-settings.unreadable-1234.json)',
    })
    expect(readFileSync(join(dir, 'unknot-settings.unreadable-1234.json'), 'utf8')).toBe(
      '{"document": {"version": 1, "sou',
    )
    store.write(defaultSettings())
    expect(openDocumentStore('unknot-settings', dir).read()).toEqual(defaultSettings())
  })

  it('is set aside on recover, which hands back the last good backup', () => {
    const dir = tempDir()
    const first = openDocumentStore('unknot-data', dir, () => 99)
    first.write({ version: 1, good: true })
    first.write({ version: 42 })
    const second = openDocumentStore('unknot-data', dir, () => 99)
    expect(second.read()).toEqual({ version: 42 })
    expect(second.recover()).toEqual({ version: 1, good: true })
    expect(JSON.parse(readFileSync(join(dir, 'unknot-data.unreadable-99.json'), 'utf8'))).toEqual({
      document: { version: 42 },
    })
    expect(second.read()).toBeUndefined()
    expect(readdirSync(dir).sort()).toEqual(['unknot-data.backup.json', 'unknot-data.unreadable-99.json'])
  })
})

describe('a write cut off half-way', () => {
  it('loses nothing already saved: killing the writer leaves a whole, recent document', async () => {
    const dir = tempDir()
    const child = spawn(process.execPath, ['tests/main/fixtures/write-forever.mjs', dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let lastReported = 0
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const numbers = [...chunk.toString().matchAll(/wrote (\d+)/g)].map((match) => Number(match[1]))
        lastReported = Math.max(lastReported, ...numbers)
        if (lastReported >= 25 && child.kill('SIGKILL')) resolve()
      })
    })
    await new Promise((resolve) => child.once('exit', resolve))
    const text = readFileSync(join(dir, 'unknot-data.json'), 'utf8')
    const saved = JSON.parse(text) as { document: { counter: number; padding: string } }
    expect(saved.document.counter).toBeGreaterThanOrEqual(lastReported)
    expect(saved.document.padding).toHaveLength(200_000)
  })
})
