import { Companion } from '../../../shared/app/companion'
import type { CompanionEvent, DispatchResult, Notice, Snapshot } from '../../../shared/contract/contract'
import { interpolate } from '../../../shared/kernel/message'
import { laterSaveMessage, notSavedMessage, storageFailureKind } from '../../../shared/kernel/storage-failure'
import type { Clock, Timers } from '../../../shared/kernel/time'
import { watchBrowserIdle } from './browser-idle'
import { watchCamera } from '../posture/glances'
import type { BrowserDb } from './browser-db'
import type { LeaderCore } from './browser-tabs'

/** Shown while a change the companion made by itself waits to be stored (a command's own failure is its answer). */
const UNSAVED_NOTICE = 'storage-unsaved'
/** revisions of one leading tab stay below the next one's */
const REVISIONS_PER_TERM = 1_000_000_000

export interface BrowserCore extends LeaderCore {
  upgradeIdle(): Promise<void>
}

/**
 * The companion in the leading tab, over IndexedDB. A command is answered only once its changes are stored; if
 * storing fails, what is in memory goes back to what is stored (a fresh companion from the database), and the
 * answer says in plain words what happened and what to do. Changes the companion makes by itself are stored as
 * they come; while that fails a notice says so, and every later change tries again.
 */
export function startBrowserCore(db: BrowserDb, time: Clock & Timers, timeZone: () => string): BrowserCore {
  const snapshotListeners = new Set<(snapshot: Snapshot) => void>()
  const eventListeners = new Set<(event: CompanionEvent) => void>()
  let lastRevision = db.term * REVISIONS_PER_TERM
  let base = 0
  let queue: Promise<unknown> = Promise.resolve()
  const published = (snapshot: Snapshot): Snapshot => ({ ...snapshot, revision: base + snapshot.revision })

  // While a command is being stored its flush takes every change; one left for later goes with the next.
  let applying = false
  const storeInBackground = (): void => {
    queueMicrotask(() => {
      if (applying) return
      db.flush().then(
        () => {
          if (companion.getSnapshot().notices.some((notice) => notice.id === UNSAVED_NOTICE)) {
            companion.dispatch({ type: 'dismissNotice', payload: { id: UNSAVED_NOTICE } })
          }
        },
        (error: unknown) => companion.notify(unsavedNotice(storageFailureKind(error))),
      )
    })
  }

  const create = (): { companion: Companion; stopWatching: () => void } => {
    base = lastRevision + 1
    const created = new Companion({
      clock: time,
      timers: time,
      timeZone,
      stores: {
        settings: db.document('settings', storeInBackground),
        data: db.records(storeInBackground),
        formerData: db.document('data', storeInBackground),
      },
      idleSourceKind: 'page-activity',
    })
    lastRevision = published(created.getSnapshot()).revision
    created.subscribe((snapshot) => {
      const shown = published(snapshot)
      lastRevision = shown.revision
      for (const listener of snapshotListeners) listener(shown)
    })
    created.onEvent((event) => {
      for (const listener of eventListeners) listener(event)
    })
    idle = watchBrowserIdle(created, time)
    const stopCamera = watchCamera(time, created, (input) => created.observe(input))
    return {
      companion: created,
      stopWatching: () => {
        idle.stop()
        stopCamera()
      },
    }
  }
  let idle: ReturnType<typeof watchBrowserIdle>
  let { companion, stopWatching } = create()

  const restartFromStore = (): void => {
    stopWatching()
    companion.dispose()
    db.revert()
    ;({ companion, stopWatching } = create())
    for (const listener of snapshotListeners) listener(published(companion.getSnapshot()))
  }

  const apply = async (id: string, command: Parameters<LeaderCore['handle']>[1]): Promise<DispatchResult> => {
    const known = db.answered(id)
    if (known) return known
    applying = true
    const result = companion.dispatch(command)
    if (!result.ok) {
      applying = false
      return result
    }
    const answer = { ...result, revision: base + result.revision }
    try {
      await db.flush({ id, result: answer })
      return answer
    } catch (error) {
      restartFromStore()
      const message = notSavedMessage(storageFailureKind(error))
      return { ok: false, error: interpolate(message.text, message.values), message, detail: String(error) }
    } finally {
      applying = false
      storeInBackground()
    }
  }

  return {
    handle(id, command) {
      const answer = queue.then(() => apply(id, command))
      queue = answer
      return answer
    },
    snapshot: () => published(companion.getSnapshot()),
    query: (query) => companion.query(query),
    onSnapshot: (listener) => snapshotListeners.add(listener),
    onEvent: (listener) => eventListeners.add(listener),
    upgradeIdle: () => idle.upgrade(),
  }
}

function unsavedNotice(kind: ReturnType<typeof storageFailureKind>): Notice {
  const message = laterSaveMessage(kind)
  return { id: UNSAVED_NOTICE, level: 'error', text: interpolate(message.text, message.values), message }
}
