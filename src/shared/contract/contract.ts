import type { Command, CommandRefusal } from './commands'
import type { Query, QueryResult } from './queries'
import type { FlareEvent, FlareView } from '../flare'
import type { JournalEvent, JournalView } from '../journal'
import type { ProgressView } from '../progress'
import type { CameraProblem, FaceReading, PostureEvent, PostureView } from '../posture'
import type { ReminderEvent, ReminderView } from '../reminders'
import type { RoutinesEvent, RoutinesView } from '../routines'
import type { TherapyEvent, TherapyView } from '../therapy'
import type { Settings } from '../settings'
import type { Message } from '../kernel/message'
import type { CalendarFeedStatus } from '../calendar/status'
import type { DesktopCheckAnswer, DesktopCheckRequest } from '../desktop-check'

/**
 * THE boundary between the UI and the host. Both sides are typed from this file: the preload derives its API from
 * `RequestChannels` and `EventChannels`, the main process serves them, and every command is checked by
 * `parseCommand` (commands.ts) before it reaches the companion.
 */

import type { Screen } from './screens'

export { SCREENS, type Screen } from './screens'

export * from './commands'
export * from './queries'

export interface Notice {
  id: string
  level: 'info' | 'warning' | 'error'
  /** in English, or already in the person's language when the host words it */
  text: string
  /** the same text as a template and values, for the UI to translate */
  message?: Message
}

export interface Snapshot {
  /** increases with every change, so a UI can drop a stale snapshot */
  revision: number
  /** wall time the snapshot was made at, epoch ms */
  at: number
  timeZone: string
  settings: Settings
  notices: Notice[]
  reminders: ReminderView
  routines: RoutinesView
  therapy: TherapyView
  journal: JournalView & { breaksPerDay: Array<{ day: string; taken: number }> }
  flare: FlareView
  progress: ProgressView
  posture: PostureView
  host: HostView
}

/** Where idle time comes from, so Settings can say how natural breaks are noticed. */
export type IdleSourceKind = 'system' | 'idle-detection' | 'page-activity'

/** The host's detectors of calls, calendar meetings and presenting. */
export type DetectorName = 'calls' | 'calendar' | 'presenting'

/**
 * How a detector is doing, for Settings to say once: 'unknown' where it cannot tell on this system, 'error' when
 * it failed; `reason` says why, translatable. A failing detector never stops reminders.
 */
export interface DetectorHealth {
  status: 'ok' | 'unknown' | 'error'
  reason?: Message
  /** when the data behind it was last fetched (a calendar feed), epoch ms */
  fetchedAtWall?: number
}

export interface HostView {
  idleSource: { kind: IdleSourceKind; stuck: boolean }
  /** only the detectors this host has; the web companion has none */
  detectors: Partial<Record<DetectorName, DetectorHealth>>
  /** how reading each calendar feed went (desktop only; empty without feeds) */
  calendarFeeds: CalendarFeedStatus[]
}

/** What the host observes and tells the core (never from the UI). */
export type HostInput =
  | { type: 'idle'; seconds: number }
  | { type: 'suspend' }
  | { type: 'resume' }
  | { type: 'lock' }
  | { type: 'unlock' }
  | { type: 'fullscreen'; fullscreen: boolean }
  | { type: 'idle-source'; kind: IdleSourceKind }
  /** the camera or microphone is in use by another program */
  | { type: 'call'; active: boolean }
  /** the calendar's busy intervals (epoch ms); each report replaces the last */
  | { type: 'calendar'; busy: Array<{ startWall: number; endWall: number }> }
  | ({ type: 'detector'; name: DetectorName } & DetectorHealth)
  | { type: 'calendar-feeds'; feeds: CalendarFeedStatus[] }
  /** a camera glance: only the derived numbers of the face it found, or null for nobody */
  | { type: 'glance'; face: FaceReading | null }
  /** the camera could not be used for a glance (or, null, works again) */
  | { type: 'camera-problem'; problem: CameraProblem | null }

/**
 * A command's answer crosses the boundary once and stays small: the new state reaches the UI as the pushed
 * snapshot (`revision` says which one), and `events` tells what the command itself did (e.g. an import's counts).
 */
export type DispatchResult = { ok: true; revision: number; events: CompanionEvent[] } | CommandRefusal

export interface NavigationRequest {
  screen: Screen
}

/** Requests from the UI, answered by the host (ipcMain.handle / in-page). */
export interface RequestChannels {
  dispatch: (command: Command) => DispatchResult
  getSnapshot: () => Snapshot
  /** what the snapshot leaves out because it grows with the years (a page of the journal, the break history) */
  query: (query: Query) => QueryResult
  /** "Check my desktop": one check the host runs where it lives (the idle watch takes up to a minute) */
  checkDesktop: (request: DesktopCheckRequest) => DesktopCheckAnswer
}

/** Something that happened at an instant, for the UI to play or show (a chime at a routine's cue). */
export type CompanionEvent =
  | { domain: 'reminders'; event: ReminderEvent }
  | { domain: 'routines'; event: RoutinesEvent }
  | { domain: 'therapy'; event: TherapyEvent }
  | { domain: 'journal'; event: JournalEvent }
  | { domain: 'flare'; event: FlareEvent }
  | { domain: 'posture'; event: PostureEvent }

/** One-way pushes from the host to the UI. */
export interface EventChannels {
  snapshot: Snapshot
  navigate: NavigationRequest
  event: CompanionEvent
}

/** The channel names; `channels.ts` lists them at run time for the preload, checked against these. */
export type RequestName = keyof RequestChannels
export type EventName = keyof EventChannels

type Unsubscribe = () => void

/** What `window.unknot` (Electron) and the browser host both offer the UI. */
export type UnknotApi = {
  [K in RequestName]: (...args: Parameters<RequestChannels[K]>) => Promise<ReturnType<RequestChannels[K]>>
} & {
  on<K extends EventName>(event: K, listener: (payload: EventChannels[K]) => void): Unsubscribe
}
