import { afterEach, describe, expect, it } from 'vitest'
import { BrowserDb } from '../../../src/renderer/src/host/browser-db'
import { startLeaderCore } from '../../../src/renderer/src/host/browser-memory'
import { ManualClock } from '../../support/manual-clock'

const spasm = {
  type: 'logSpasm',
  payload: { area: 'lower', side: 'both', intensity: 5, trigger: 'stress', note: 'in a private window' },
} as const

const NOT_KEPT =
  'Unknot cannot keep your data in this browser: its storage could not be opened (a private window, or site data ' +
  'turned off, can do this). What you do here works until this tab is closed, but none of it is kept. Export ' +
  'your journal to keep a copy, or open Unknot in a normal window.'

const original = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB')
afterEach(() => {
  if (original) Object.defineProperty(globalThis, 'indexedDB', original)
  else delete (globalThis as { indexedDB?: unknown }).indexedDB
})

describe('a browser whose database cannot be opened', () => {
  it('runs in memory, says plainly that nothing is kept, and says it again at every save', async () => {
    // as a private window refuses: the opener throws before any request exists
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      value: {
        open: () => {
          throw new DOMException(
            'A mutation operation was attempted on a database that did not allow it.',
            'InvalidStateError',
          )
        },
      },
    })
    const clock = new ManualClock(Date.UTC(2026, 10, 25, 9))
    const core = await startLeaderCore(
      () => BrowserDb.open(undefined),
      clock,
      () => 'UTC',
    )

    const [notice] = core.snapshot().notices
    expect(notice).toMatchObject({ id: 'storage-not-kept', level: 'error', text: NOT_KEPT })

    await core.handle('dismiss', { type: 'dismissNotice', payload: { id: 'storage-not-kept' } })
    expect(core.snapshot().notices).toEqual([])
    expect(await core.handle('first', spasm)).toMatchObject({ ok: true })
    expect(core.snapshot().journal.total).toBe(1)
    expect(core.snapshot().notices.map((shown) => shown.text)).toEqual([NOT_KEPT])
  })

  it('also when the opener rejects later (a version from elsewhere, a blocked database)', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 25, 9))
    const core = await startLeaderCore(
      () =>
        Promise.reject(new DOMException('The requested version is less than the existing version.', 'VersionError')),
      clock,
      () => 'UTC',
    )
    expect(core.snapshot().notices.map((notice) => notice.id)).toEqual(['storage-not-kept'])
    expect(await core.handle('first', spasm)).toMatchObject({ ok: true })
  })
})
