import type { CompanionEvent, HostView, IdleSourceKind, Notice } from '../contract/contract'
import * as flare from '../flare'
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
import type { Message } from '../kernel/message'
import { isRecord } from '../kernel/salvage'

/** Everything the companion owns. Settings are stored apart from the rest (they change rarely and alone). */
export interface CoreState {
  settings: Settings
  notices: Notice[]
  reminders: reminders.ReminderState
  routines: routines.RoutinesState
  therapy: therapy.TherapyState
  journal: journal.JournalState
  flare: flare.FlareState
  /** the camera's calibration, the day's tally and what the last glances saw */
  posture: posture.PostureState
  /** not persisted: where idle readings come from and whether they look alive */
  idleSource: IdleSourceHealth & { kind: IdleSourceKind }
  /** not persisted: how the host's detectors are doing */
  detectors: HostView['detectors']
  /** not persisted: the host's last word on each calendar feed */
  calendarFeeds: CalendarFeedStatus[]
}

export type DomainData = Pick<CoreState, 'reminders' | 'routines' | 'therapy' | 'journal' | 'flare' | 'posture'>
export const DOMAINS = [
  'reminders',
  'routines',
  'therapy',
  'journal',
  'flare',
  'posture',
] as const satisfies ReadonlyArray<keyof DomainData>

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
    flare: core.flare,
    posture: posture.persistedPosture(core.posture),
  }
}

function hasArray(value: unknown, key: string): value is Record<string, unknown> {
  return isRecord(value) && Array.isArray(value[key])
}

export interface RestoredData {
  data: DomainData
  /** what happened while the app was closed (a therapy session that ended), delivered on the first wake */
  events: CompanionEvent[]
  /** a part that could not be read at all, and started afresh */
  problem?: string
  /** what was set aside from parts that were otherwise read, one sentence per list */
  setAside: Message[]
}

/**
 * Reads stored domain data after a start. A routine that was playing cannot resume (its timeline was on a
 * monotonic clock that restarted), so it is dropped while its history stays; a therapy session is rebuilt from
 * wall time, or recorded as ended while the app was closed. Routines and the journal are validated record by
 * record: what does not fit is set aside (and said), the rest is kept.
 */
export function restoreData(stored: unknown, at: Instant): RestoredData {
  const fresh: DomainData = {
    reminders: reminders.initialReminderState(),
    routines: routines.initialRoutinesState(),
    therapy: therapy.initialTherapyState(),
    journal: journal.initialJournalState(),
    flare: flare.initialFlareState(),
    posture: posture.initialPostureState(),
  }
  if (stored === undefined) return { data: fresh, events: [], setAside: [] }
  if (!isRecord(stored) || stored['version'] !== DATA_VERSION) {
    return { data: fresh, events: [], problem: msg('Your saved history could not be read.'), setAside: [] }
  }
  const savedReminders = stored['reminders']
  const remindersState =
    hasArray(savedReminders, 'history') && isRecord(savedReminders['activeMs'])
      ? reminders.restoreReminders(savedReminders as unknown as reminders.ReminderState, at)
      : fresh.reminders
  const savedRoutines = stored['routines']
  const savedTherapy = stored['therapy']
  const routinesRestored = savedRoutines === undefined ? null : routines.restoreRoutines(savedRoutines)
  const therapyRestored = hasArray(savedTherapy, 'history')
    ? therapy.restore(savedTherapy as unknown as therapy.SavedTherapyState, at)
    : undefined
  const therapyState = therapyRestored?.ok ? therapyRestored.state : fresh.therapy
  const events: CompanionEvent[] = therapyRestored?.ok
    ? therapyRestored.events.map((event) => ({ domain: 'therapy', event }))
    : []
  const savedJournal = stored['journal']
  const journalRestored = savedJournal === undefined ? null : journal.restoreJournal(savedJournal)
  // Data saved before flare mode existed has none: it starts off. A flare state that is not valid starts afresh too.
  const savedFlare = stored['flare']
  const flareRead = savedFlare === undefined ? undefined : flare.flareStateSchema.safeParse(savedFlare)
  const flareState = flareRead?.success ? flareRead.data : fresh.flare
  const problem =
    !journalRestored && savedJournal !== undefined
      ? msg('Your spasm journal could not be read.')
      : remindersState === fresh.reminders && savedReminders !== undefined
        ? msg('Your break history could not be read.')
        : !routinesRestored && savedRoutines !== undefined
          ? msg('Your routines and their history could not be read.')
          : therapyState === fresh.therapy && savedTherapy !== undefined
            ? msg('Your therapy history could not be read.')
            : flareRead && !flareRead.success
              ? msg('Your flare mode could not be read.')
              : undefined
  const data = {
    reminders: remindersState,
    routines: routinesRestored?.state ?? fresh.routines,
    therapy: therapyState,
    journal: journalRestored?.state ?? fresh.journal,
    flare: flareState,
    posture: posture.restorePosture(stored['posture']),
  }
  const setAside = [...(journalRestored?.setAside ?? []), ...(routinesRestored?.setAside ?? [])]
  return problem ? { data, events, problem, setAside } : { data, events, setAside }
}
