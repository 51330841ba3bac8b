import { describe, expect, it } from 'vitest'
import type { PersistedData } from '../../../src/shared/app/core-state'
import { createI18n, translatorOf } from '../../../src/shared/i18n'
import { catalog as english } from '../../../src/shared/i18n/en'
import { catalog as spanish } from '../../../src/shared/i18n/es'
import { translateMessage } from '../../../src/shared/kernel/message'
import { defaultSettings } from '../../../src/shared/settings'
import { MemoryStore } from '../../support/memory-store'
import { ManualClock } from '../../support/manual-clock'
import { companionWithEvents } from '../../support/companion'
import { journalEntries } from '../../support/journal-pages'

const NOON = Date.UTC(2026, 10, 25, 12)

/** A data document as a companion wrote it: two spasms logged and one routine of the person's own. */
function storedDocument(): PersistedData {
  const clock = new ManualClock(NOON)
  const data = new MemoryStore()
  const { companion } = companionWithEvents(clock, data)
  const spasm = { area: 'lower', side: 'left', intensity: 6, trigger: 'long-sitting' }
  companion.dispatch({ type: 'logSpasm', payload: spasm })
  clock.advance(60_000)
  companion.dispatch({ type: 'logSpasm', payload: { ...spasm, intensity: 3 } })
  companion.dispatch({ type: 'duplicateRoutine', payload: { routineId: 'desk' } })
  const written = data.writes.at(-1) as PersistedData
  expect(written.journal.entries).toHaveLength(2)
  expect(written.routines.customRoutines).toHaveLength(1)
  return structuredClone(written)
}

function start(data: MemoryStore) {
  return companionWithEvents(new ManualClock(NOON + 3_600_000), data).companion
}

describe('a stored document with some records that do not fit', () => {
  it('keeps every valid record, keeps the document aside as it was, writes what it kept and says so', async () => {
    const stored = storedDocument()
    const [first, second] = stored.journal.entries
    const corrupt = {
      ...stored,
      journal: { ...stored.journal, entries: [first, { ...second, intensity: 99 }, { kind: 'spasm' }] },
      routines: { ...stored.routines, customRoutines: [...stored.routines.customRoutines, { id: 'custom-9' }] },
    }
    const data = new MemoryStore(structuredClone(corrupt))
    const companion = start(data)
    const snapshot = companion.getSnapshot()

    expect((await journalEntries(companion)).map((entry) => entry.id)).toEqual([first?.id])
    expect(snapshot.routines.customRoutines.map((routine) => routine.id)).toEqual(['custom-1'])
    expect(data.setAside).toEqual([corrupt])
    expect((data.read() as PersistedData).journal.entries).toEqual([first])
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

  it('reads a whole document without a notice and without setting anything aside', () => {
    const data = new MemoryStore(storedDocument())
    const snapshot = start(data).getSnapshot()
    expect(snapshot.notices).toEqual([])
    expect(snapshot.journal.total).toBe(2)
    expect(data.setAside).toEqual([])
  })

  it('cannot read routines whose list is not a list: the backup is used and the document kept aside', () => {
    const stored = storedDocument()
    const corrupt = { ...stored, routines: { ...stored.routines, customRoutines: 'mine' } }
    const data = new MemoryStore(corrupt).withBackup(stored)
    const snapshot = start(data).getSnapshot()
    expect(snapshot.routines.customRoutines).toHaveLength(1)
    expect(snapshot.notices.map((notice) => notice.text)).toEqual([
      'Your routines and their history could not be read. Unknot restored its last good copy; the unreadable file was kept.',
    ])
    expect(data.setAside).toEqual([corrupt])
  })
})

describe('a document that had to be set aside', () => {
  it('is replaced at once by what is used instead, so the next start does not find nothing', () => {
    const good = { ...defaultSettings(), appearance: { ...defaultSettings().appearance, theme: 'dark' as const } }
    const settings = new MemoryStore({ version: 7 }).withBackup(good)
    const stored = storedDocument()
    const data = new MemoryStore({ ...stored, journal: 'lost' }).withBackup(stored)
    const clock = new ManualClock(NOON)
    const open = () => companionWithEvents(clock, data, settings).companion.getSnapshot()
    expect(open().notices.map((notice) => notice.id)).toEqual(['settings-unreadable', 'data-unreadable'])
    const again = open()
    expect(again.notices).toEqual([])
    expect(again.settings.appearance.theme).toBe('dark')
    expect(again.journal.total).toBe(2)
  })
})
