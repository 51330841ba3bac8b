import { describe, expect, it } from 'vitest'
import { Companion } from '../../../src/shared/app/companion'
import type { RecordChanges } from '../../../src/shared/kernel/storage'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'

/** A store whose disk can fill up or turn read-only, failing as Node's file system does. */
class FaultyStore extends MemoryRecords {
  failWith: string | undefined
  attempts = 0

  override write(changes: RecordChanges): void {
    if (this.failWith) this.attempts++
    if (this.failWith)
      throw Object.assign(new Error(`${this.failWith}: write /home/x/unknot-data.log`), { code: this.failWith })
    super.write(changes)
  }
}

const spasm = {
  type: 'logSpasm',
  payload: { area: 'lower', side: 'both', intensity: 6, trigger: 'long-sitting', note: 'after the drive' },
} as const

function make() {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 9))
  const data = new FaultyStore()
  const companion = new Companion({
    clock,
    timers: clock,
    timeZone: () => 'UTC',
    stores: { settings: new MemoryStore(), data },
  })
  return { clock, data, companion }
}

describe('a store that cannot keep a change', () => {
  it.each([
    ['ENOSPC', /no space left.*Free some space, or export your journal/],
    ['EACCES', /not allowed to write its file.*export your journal/],
  ])(
    '%s: the entry is refused in plain words, nothing changes, and saving again after the fix stores it',
    (code, words) => {
      const { data, companion } = make()
      companion.dispatch(spasm)
      const saved = structuredClone(data.document())
      const before = companion.getSnapshot()
      data.failWith = code
      const refused = companion.dispatch(spasm)
      expect(refused.ok).toBe(false)
      if (refused.ok) return
      expect(refused.error).toMatch(/^Unknot could not save this\./)
      expect(refused.error).toMatch(words)
      expect(refused.error).toMatch(/What you entered is still here, and everything saved before is safe\.$/)
      expect(refused.error).not.toContain(code)
      expect(refused.detail).toContain(code)
      expect(companion.getSnapshot()).toBe(before)
      expect(companion.getSnapshot().journal.total).toBe(1)
      expect(data.document()).toEqual(saved)

      data.failWith = undefined
      expect(companion.dispatch(spasm).ok).toBe(true)
      expect(companion.getSnapshot().journal.total).toBe(2)
      expect(data.document().journal.entries).toHaveLength(2)
    },
  )

  it('a change Unknot makes by itself stays, is shown as not saved, and is written with the next change', () => {
    const { clock, data, companion } = make()
    data.failWith = 'ENOSPC'
    for (let minute = 0; minute < 30 && data.attempts === 0; minute++) {
      clock.advance(60_000)
      companion.observe({ type: 'idle', seconds: 0 })
    }
    expect(data.attempts).toBeGreaterThan(0)
    const [notice] = companion.getSnapshot().notices
    expect(notice?.id).toBe('storage-failed')
    expect(notice?.text).toMatch(/^Unknot could not save its latest changes\. There is no space left/)

    data.failWith = undefined
    companion.observe({ type: 'idle', seconds: 0 })
    expect(companion.getSnapshot().notices).toEqual([])
    expect(data.writes).toHaveLength(1)
  })
})
