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

export type Domain = (typeof DOMAINS)[number]

/** One domain read back: its state, or `unreadable` (a sentence) when it started afresh. */
interface DomainRead<D extends Domain> {
  state: DomainData[D]
  events?: CompanionEvent[]
  setAside?: Message[]
  unreadable?: string
}

type DomainReader<D extends Domain> = (saved: unknown, at: Instant) => DomainRead<D>

/**
 * How each domain reads what was stored for it (never undefined here). A routine that was playing cannot resume
 * (its timeline was on a monotonic clock that restarted), so it is dropped while its history stays; a therapy
 * session is rebuilt from wall time, or recorded as ended while the app was closed. Routines and the journal are
 * validated record by record: what does not fit is set aside (and said), the rest is kept.
 */
const READERS: { [D in Domain]: DomainReader<D> } = {
  reminders: (saved, at) =>
    hasArray(saved, 'history') && isRecord(saved['activeMs'])
      ? { state: reminders.restoreReminders(saved as unknown as reminders.ReminderState, at) }
      : { state: reminders.initialReminderState(), unreadable: msg('Your break history could not be read.') },
  routines: (saved) => {
    const restored = routines.restoreRoutines(saved)
    return restored
      ? restored
      : {
          state: routines.initialRoutinesState(),
          unreadable: msg('Your routines and their history could not be read.'),
        }
  },
  therapy: (saved, at) => {
    const restored = hasArray(saved, 'history')
      ? therapy.restore(saved as unknown as therapy.SavedTherapyState, at)
      : undefined
    return restored?.ok
      ? { state: restored.state, events: restored.events.map((event) => ({ domain: 'therapy', event })) }
      : { state: therapy.initialTherapyState(), unreadable: msg('Your therapy history could not be read.') }
  },
  journal: (saved) => {
    const restored = journal.restoreJournal(saved)
    return restored
      ? restored
      : { state: journal.initialJournalState(), unreadable: msg('Your spasm journal could not be read.') }
  },
  flare: (saved) => {
    const read = flare.flareStateSchema.safeParse(saved)
    return read.success
      ? { state: read.data }
      : { state: flare.initialFlareState(), unreadable: msg('Your flare mode could not be read.') }
  },
  posture: (saved) => ({ state: posture.restorePosture(saved) }),
}

const FRESH: { [D in Domain]: () => DomainData[D] } = {
  reminders: reminders.initialReminderState,
  routines: routines.initialRoutinesState,
  therapy: therapy.initialTherapyState,
  journal: journal.initialJournalState,
  flare: flare.initialFlareState,
  posture: posture.initialPostureState,
}

/** the journal first: what a person wrote matters most, and is said first */
const READ_ORDER: readonly Domain[] = ['journal', 'reminders', 'routines', 'therapy', 'flare', 'posture']

export interface RestoredData {
  data: DomainData
  /** what happened while the app was closed (a therapy session that ended), delivered on the first wake */
  events: CompanionEvent[]
  /** the parts that could not be read at all and started afresh, each with a sentence saying so */
  unreadable: Array<{ domain: Domain; problem: string }>
  /** what was set aside from parts that were otherwise read, one sentence per list */
  setAside: Message[]
  /** the parts some records were set aside from */
  setAsideFrom: Domain[]
}

/**
 * Reads stored domain data after a start, each domain on its own: one that cannot be read starts afresh (and is
 * said) while the others load. Data saved before a domain existed has none of it: that domain starts afresh, unsaid.
 */
export function restoreData(stored: unknown, at: Instant): RestoredData {
  const restored: RestoredData = {
    data: Object.fromEntries(DOMAINS.map((domain) => [domain, FRESH[domain]()])) as unknown as DomainData,
    events: [],
    unreadable: [],
    setAside: [],
    setAsideFrom: [],
  }
  if (stored === undefined) return restored
  if (!isRecord(stored) || stored['version'] !== DATA_VERSION) {
    restored.unreadable = DOMAINS.map((domain) => ({ domain, problem: msg('Your saved history could not be read.') }))
    return restored
  }
  for (const domain of READ_ORDER) {
    if (stored[domain] === undefined) continue
    const read = restoreDomain(domain, stored[domain], at)
    ;(restored.data as Record<Domain, unknown>)[domain] = read.state
    restored.events.push(...(read.events ?? []))
    if (read.unreadable) restored.unreadable.push({ domain, problem: read.unreadable })
    if (read.setAside && read.setAside.length > 0) {
      restored.setAside.push(...read.setAside)
      restored.setAsideFrom.push(domain)
    }
  }
  return restored
}

/** One domain's stored part read back (see restoreData). */
export function restoreDomain<D extends Domain>(domain: D, saved: unknown, at: Instant): DomainRead<D> {
  return READERS[domain](saved, at)
}
