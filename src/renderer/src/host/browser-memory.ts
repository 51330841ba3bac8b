import { Companion } from '../../../shared/app/companion'
import type { CompanionEvent, Notice, Snapshot } from '../../../shared/contract/contract'
import { interpolate } from '../../../shared/kernel/message'
import type { DocumentStore, FormerDocument, RecordStore } from '../../../shared/kernel/storage'
import { NOT_KEPT_NOTICE_ID, notKeptMessage } from '../../../shared/kernel/storage-failure'
import type { Clock, Timers } from '../../../shared/kernel/time'
import { watchBrowserIdle } from './browser-idle'
import { watchCamera } from '../posture/glances'
import { startBrowserCore, type BrowserCore } from './browser-core'
import type { BrowserDb } from './browser-db'
import { LEGACY_KEYS } from './browser-keys'

/** The leading tab's core over the database, or in this tab's memory where the database cannot be opened. */
export async function startLeaderCore(
  open: () => Promise<BrowserDb>,
  time: Clock & Timers,
  timeZone: () => string,
  legacy?: Storage,
): Promise<BrowserCore> {
  // The page's first reading of its time zone loads the browser's date and zone data, tens of milliseconds on a slow
  // machine: read while the database opens, it is not added to the restore's task, during which the page cannot
  // answer.
  timeZone()
  const db = await open().catch(() => undefined)
  return db ? startBrowserCore(db, time, timeZone) : startMemoryCore(time, timeZone, legacy)
}

/** What an earlier version kept in localStorage, read and never written: the starting point in memory. */
function legacyDocument(storage: Storage | undefined, key: string): unknown {
  const stored = storage?.getItem(key)
  if (stored === null || stored === undefined) return undefined
  try {
    return JSON.parse(stored) as unknown
  } catch {
    return undefined
  }
}

function notKeptNotice(): Notice {
  const message = notKeptMessage()
  return { id: NOT_KEPT_NOTICE_ID, level: 'error', text: interpolate(message.text, message.values), message }
}

/**
 * Where the browser's database cannot be opened (a private window, site data blocked, a version from elsewhere):
 * the companion runs in this tab's memory, never claims to keep anything, and says so at start and again with every
 * change it would have stored, so no save reads as kept. The other tabs follow it as they follow any leader.
 */
export function startMemoryCore(time: Clock & Timers, timeZone: () => string, legacy?: Storage): BrowserCore {
  let changed = false
  const noteChange = (): void => {
    changed = true
  }
  let settings = legacyDocument(legacy, LEGACY_KEYS.settings)
  const former: FormerDocument = {
    read: () => legacyDocument(legacy, LEGACY_KEYS.data),
    recover: () => undefined,
    retire: () => undefined,
  }
  const records = new Map<string, unknown>()
  const settingsStore: DocumentStore = {
    read: () => settings,
    write: (value) => {
      settings = structuredClone(value)
      noteChange()
    },
    recover: () => undefined,
  }
  const dataStore: RecordStore = {
    read: () => records,
    write: (changes) => {
      for (const [key, value] of changes) {
        if (value === undefined) records.delete(key)
        else records.set(key, structuredClone(value))
      }
      noteChange()
    },
    recover: () => new Map(),
  }
  const companion = new Companion({
    clock: time,
    timers: time,
    timeZone,
    stores: { settings: settingsStore, data: dataStore, formerData: former },
    idleSourceKind: 'page-activity',
  })
  companion.notify(notKeptNotice())
  const idle = watchBrowserIdle(companion, time)
  watchCamera(time, companion, (input) => companion.observe(input))
  const snapshotListeners = new Set<(snapshot: Snapshot) => void>()
  const eventListeners = new Set<(event: CompanionEvent) => void>()
  companion.subscribe((snapshot) => {
    for (const listener of snapshotListeners) listener(snapshot)
  })
  companion.onEvent((event) => {
    for (const listener of eventListeners) listener(event)
  })
  return {
    handle: async (_id, command) => {
      changed = false
      const result = companion.dispatch(command)
      if (result.ok && changed) companion.notify(notKeptNotice())
      return result
    },
    snapshot: () => companion.getSnapshot(),
    query: (query) => companion.query(query),
    onSnapshot: (listener) => snapshotListeners.add(listener),
    onEvent: (listener) => eventListeners.add(listener),
    upgradeIdle: () => idle.upgrade(),
  }
}
