import type { CompanionEvent, HostView, IdleSourceKind, Notice } from '../contract/contract'
import * as journal from '../journal'
import * as posture from '../posture'
import * as reminders from '../reminders'
import * as routines from '../routines'
import type { Settings } from '../settings'
import * as therapy from '../therapy'
import type { IdleSourceHealth } from '../reminders/idle-source'
import type { Instant } from '../kernel/time'
import type { CalendarFeedStatus } from '../calendar/status'
import { msg } from '../i18n/catalog'

/** Everything the companion owns. Settings are stored apart from the rest (they change rarely and alone). */
export interface CoreState {
  settings: Settings
  notices: Notice[]
  reminders: reminders.ReminderState
  routines: routines.RoutinesState
  therapy: therapy.TherapyState
  journal: journal.JournalState
  /** the camera's calibration, the day's tally and what the last glances saw */
  posture: posture.PostureState
  /** not persisted: where idle readings come from and whether they look alive */
  idleSource: IdleSourceHealth & { kind: IdleSourceKind }
  /** not persisted: how the host's detectors are doing */
  detectors: HostView['detectors']
  /** not persisted: the host's last word on each calendar feed */
  calendarFeeds: CalendarFeedStatus[]
}

export type DomainData = Pick<CoreState, 'reminders' | 'routines' | 'therapy' | 'journal' | 'posture'>
export const DOMAINS = ['reminders', 'routines', 'therapy', 'journal', 'posture'] as const satisfies ReadonlyArray<
  keyof DomainData
>

export const DATA_VERSION = 1

/** What is persisted besides the settings: the domains' state, plain JSON. */
export interface PersistedData extends Omit<DomainData, 'posture'> {
  version: typeof DATA_VERSION
  posture: ReturnType<typeof posture.persistedPosture>
}

export function persistedData(core: CoreState): PersistedData {
  // Undo of a deletion lasts for this run only, so the deleted entry is not written.
  return {
    version: DATA_VERSION,
    reminders: core.reminders,
    routines: core.routines,
    therapy: core.therapy,
    journal: { ...core.journal, lastDeleted: null },
    posture: posture.persistedPosture(core.posture),
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function hasArray(value: unknown, key: string): value is Record<string, unknown> {
  return isRecord(value) && Array.isArray(value[key])
}

export interface RestoredData {
  data: DomainData
  /** what happened while the app was closed (a therapy session that ended), delivered on the first wake */
  events: CompanionEvent[]
  problem?: string
}

/**
 * Reads stored domain data after a start. A routine that was playing cannot resume (its timeline was on a
 * monotonic clock that restarted), so it is dropped while its history stays; a therapy session is rebuilt from
 * wall time, or recorded as ended while the app was closed.
 */
export function restoreData(stored: unknown, at: Instant): RestoredData {
  const fresh: DomainData = {
    reminders: reminders.initialReminderState(),
    routines: routines.initialRoutinesState(),
    therapy: therapy.initialTherapyState(),
    journal: journal.initialJournalState(),
    posture: posture.initialPostureState(),
  }
  if (stored === undefined) return { data: fresh, events: [] }
  if (!isRecord(stored) || stored['version'] !== DATA_VERSION) {
    return { data: fresh, events: [], problem: msg('Your saved history could not be read.') }
  }
  const savedReminders = stored['reminders']
  const remindersState =
    hasArray(savedReminders, 'history') && isRecord(savedReminders['activeMs'])
      ? reminders.restoreReminders(savedReminders as unknown as reminders.ReminderState, at)
      : fresh.reminders
  const savedRoutines = stored['routines']
  const savedTherapy = stored['therapy']
  const routinesState = hasArray(savedRoutines, 'history')
    ? { ...(savedRoutines as unknown as routines.RoutinesState), session: null }
    : fresh.routines
  const therapyRestored = hasArray(savedTherapy, 'history')
    ? therapy.restore(savedTherapy as unknown as therapy.SavedTherapyState, at)
    : undefined
  const therapyState = therapyRestored?.ok ? therapyRestored.state : fresh.therapy
  const events: CompanionEvent[] = therapyRestored?.ok
    ? therapyRestored.events.map((event) => ({ domain: 'therapy', event }))
    : []
  const savedJournal = stored['journal']
  const journalState = hasArray(savedJournal, 'entries')
    ? { ...(savedJournal as unknown as journal.JournalState), lastDeleted: null }
    : fresh.journal
  const problem =
    journalState === fresh.journal && savedJournal !== undefined
      ? msg('Your spasm journal could not be read.')
      : remindersState === fresh.reminders && savedReminders !== undefined
        ? msg('Your break history could not be read.')
        : routinesState === fresh.routines && savedRoutines !== undefined
          ? msg('Your routine history could not be read.')
          : therapyState === fresh.therapy && savedTherapy !== undefined
            ? msg('Your therapy history could not be read.')
            : undefined
  const data = {
    reminders: remindersState,
    routines: routinesState,
    therapy: therapyState,
    journal: journalState,
    posture: posture.restorePosture(stored['posture']),
  }
  return problem ? { data, events, problem } : { data, events }
}
