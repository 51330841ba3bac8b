import { describe, expect, it } from 'vitest'
import type { PersistedData } from '../../../src/shared/app/core-state'
import { createI18n, translatorOf } from '../../../src/shared/i18n'
import { catalog as english } from '../../../src/shared/i18n/en'
import { catalog as spanish } from '../../../src/shared/i18n/es'
import { translateMessage } from '../../../src/shared/kernel/message'
import { defaultSettings } from '../../../src/shared/settings'
import { MemoryRecords, MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'
import { companionWithEvents } from '../../support/companion'
import { journalEntries } from '../../support/journal-pages'

const NOON = Date.UTC(2026, 10, 25, 12)

/** The data as a companion stored it: two spasms logged, a break taken and one routine of the person's own. */
function storedDocument(): PersistedData {
  const clock = new ManualClock(NOON)
  const data = new MemoryRecords()
  const { companion } = companionWithEvents(clock, data)
  const spasm = { area: 'lower', side: 'left', intensity: 6, trigger: 'long-sitting' }
  companion.dispatch({ type: 'logSpasm', payload: spasm })
  clock.advance(60_000)
  companion.dispatch({ type: 'logSpasm', payload: { ...spasm, intensity: 3 } })
  companion.dispatch({ type: 'duplicateRoutine', payload: { routineId: 'desk' } })
  companion.dispatch({ type: 'startBreak' })
  const written = data.document()
  expect(written.journal.entries).toHaveLength(2)
  expect(written.routines.customRoutines).toHaveLength(1)
  expect(written.reminders.history).toHaveLength(1)
  return structuredClone(written)
}

function start(data: MemoryRecords) {
  return companionWithEvents(new ManualClock(NOON + 3_600_000), data).companion
}

describe('stored records that do not all fit', () => {
  it('keeps every valid record, keeps aside only the domains they belong to, writes what it kept and says so', async () => {
    const stored = storedDocument()
    const [first, second] = stored.journal.entries
    const badRoutines = { ...stored.routines, customRoutines: [...stored.routines.customRoutines, { id: 'custom-9' }] }
    const data = MemoryRecords.holding(stored)
      .with(`journal/${second?.id}`, { ...second, intensity: 99 })
      .with('journal/unreadable', { kind: 'spasm' })
      .with('routines', badRoutines)
    const companion = start(data)
    const snapshot = companion.getSnapshot()

    expect((await journalEntries(companion)).map((entry) => entry.id)).toEqual([first?.id])
    expect(snapshot.routines.customRoutines.map((routine) => routine.id)).toEqual(['custom-1'])
    expect([...data.setAside.keys()].sort()).toEqual(
      ['journal', `journal/${first?.id}`, `journal/${second?.id}`, 'journal/unreadable', 'routines'].sort(),
    )
    expect(data.setAside.get('routines')).toEqual(badRoutines)
    expect(data.document().journal.entries).toEqual([first])
    // the break history was not part of it: neither set aside nor written again
    expect(data.writes.flatMap((write) => [...write.keys()])).not.toContain('reminders')
    expect(data.document().reminders).toEqual(stored.reminders)
    expect(snapshot.notices).toHaveLength(1)
    expect(snapshot.notices[0]).toMatchObject({
      id: 'data-set-aside',
      level: 'warning',
      text:
        'Part of your saved data could not be read. ' +
        'Journal entries that could not be read were set aside: 2 of 3. ' +
        'Routines of yours that could not be read were set aside: 1 of 2. ' +
        'Everything else is here, and the file as it was has been kept, so nothing is lost.',
    })
    const es = translatorOf(createI18n('es', { en: english, es: spanish }))
    expect(translateMessage(es, snapshot.notices[0]?.message ?? '')).toBe(
      'Una parte de tus datos guardados no se pudo leer. ' +
        'Se apartaron las entradas del diario que no se pudieron leer: 2 de 3. ' +
        'Se apartaron las rutinas tuyas que no se pudieron leer: 1 de 2. ' +
        'Todo lo demás está aquí, y el archivo tal como estaba se ha guardado, así que no se pierde nada.',
    )

    const again = start(data)
    expect(again.getSnapshot().notices).toEqual([])
    expect((await journalEntries(again)).map((entry) => entry.id)).toEqual([first?.id])
  })

  it('reads whole records without a notice, setting nothing aside and writing nothing', () => {
    const data = MemoryRecords.holding(storedDocument())
    const snapshot = start(data).getSnapshot()
    expect(snapshot.notices).toEqual([])
    expect(snapshot.journal.total).toBe(2)
    expect(data.setAside.size).toBe(0)
    expect(data.writes).toEqual([])
  })

  it('cannot read routines whose list is not a list: only they go back to their backup, the rest loads', () => {
    const stored = storedDocument()
    const corrupt = { ...stored.routines, customRoutines: 'mine' }
    const data = MemoryRecords.holding(stored).with('routines', corrupt).withBackup('routines', stored.routines)
    const snapshot = start(data).getSnapshot()
    expect(snapshot.routines.customRoutines).toHaveLength(1)
    expect(snapshot.journal.total).toBe(2)
    expect(snapshot.notices.map((notice) => notice.text)).toEqual([
      'Your routines and their history could not be read. Unknot restored its last good copy; the unreadable file was kept.',
    ])
    expect(data.setAside).toEqual(new Map([['routines', corrupt]]))
    expect(data.writes.map((write) => [...write.keys()])).toEqual([['routines']])
  })

  it('cannot read a domain with no backup: that domain starts afresh, said, and every other loads', () => {
    const stored = storedDocument()
    const data = MemoryRecords.holding(stored).with('reminders', { history: 'lost' })
    const snapshot = start(data).getSnapshot()
    expect(snapshot.notices.map((notice) => notice.text)).toEqual([
      'Your break history could not be read. Unknot started afresh where it had to; the unreadable file was kept.',
    ])
    expect(data.setAside).toEqual(new Map([['reminders', { history: 'lost' }]]))
    expect(snapshot.journal.total).toBe(2)
    expect(snapshot.routines.customRoutines).toHaveLength(1)
  })
})

describe('a document that had to be set aside', () => {
  it('is replaced at once by what is used instead, so the next start does not find nothing', () => {
    const good = { ...defaultSettings(), appearance: { ...defaultSettings().appearance, theme: 'dark' as const } }
    const settings = new MemoryStore({ version: 7 }).withBackup(good)
    const stored = storedDocument()
    const data = MemoryRecords.holding(stored).with('reminders', 'lost').withBackup('reminders', stored.reminders)
    const clock = new ManualClock(NOON)
    const open = () => companionWithEvents(clock, data, settings).companion.getSnapshot()
    expect(open().notices.map((notice) => notice.id)).toEqual(['settings-unreadable', 'data-unreadable'])
    const again = open()
    expect(again.notices).toEqual([])
    expect(again.settings.appearance.theme).toBe('dark')
    expect(again.journal.total).toBe(2)
    expect(data.document().reminders.history).toHaveLength(1)
  })
})
