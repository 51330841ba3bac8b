import type * as nodeFs from 'node:fs'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { openDocumentStore } from '../../src/main/store'
import { openRecordStore } from '../../src/main/record-store'
import { Companion } from '../../src/shared/app/companion'
import { ManualClock } from '../support/manual-clock'

/** The disk as the store sees it: armed, its next writes fail the way a full disk or a read-only folder does. */
const disk = vi.hoisted(() => ({ failWith: undefined as string | undefined }))

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof nodeFs>()
  const failing =
    <A extends unknown[], R>(write: (...args: A) => R) =>
    (...args: A): R => {
      if (disk.failWith) throw Object.assign(new Error(`${disk.failWith}: cannot write`), { code: disk.failWith })
      return write(...args)
    }
  const failingFs = {
    ...fs,
    copyFileSync: failing(fs.copyFileSync),
    renameSync: failing(fs.renameSync),
    writeSync: failing(fs.writeSync),
  }
  return { ...failingFs, default: failingFs }
})

const spasm = {
  type: 'logSpasm',
  payload: { area: 'lower', side: 'both', intensity: 6, trigger: 'long-sitting', note: 'after the drive' },
} as const

function desktopCompanion(dir: string): Companion {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 9))
  const stores = { settings: openDocumentStore('unknot-settings', dir), data: openRecordStore('unknot-records', dir) }
  return new Companion({ clock, timers: clock, timeZone: () => 'UTC', stores })
}

describe('the desktop file store when the disk refuses a write', () => {
  it.each(['ENOSPC', 'EACCES'])(
    '%s: the entry is not acknowledged, the file keeps what was saved, and it saves once fixed',
    (code) => {
      const dir = mkdtempSync(join(tmpdir(), 'unknot-full-'))
      const companion = desktopCompanion(dir)
      expect(companion.dispatch(spasm).ok).toBe(true)
      const file = join(dir, 'unknot-records.log.jsonl')
      const saved = readFileSync(file, 'utf8')

      disk.failWith = code
      const refused = companion.dispatch(spasm)
      disk.failWith = undefined
      expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^Unknot could not save this\./) })
      expect(readFileSync(file, 'utf8')).toBe(saved)
      expect(companion.getSnapshot().journal.total).toBe(1)

      expect(companion.dispatch(spasm).ok).toBe(true)
      expect(desktopCompanion(dir).getSnapshot().journal.total).toBe(2)
    },
  )
})
