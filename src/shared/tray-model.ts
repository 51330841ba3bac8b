import type { Command, Snapshot } from './contract'

/** What the tray shows, derived from a snapshot; the host only draws it. */
export type TrayIconState = 'working' | 'due' | 'paused'

export interface TrayModel {
  icon: TrayIconState
  /** kept to minute resolution, so it changes at most once a minute */
  tooltip: string
  /** first, disabled line of the menu */
  statusLine: string
  /** e.g. "Cold pack: 08:12 left", shown with an End item while a therapy session runs */
  therapyLine?: string
  canSnooze: boolean
  paused: boolean
}

export type TrayAction =
  | 'stretch-now'
  | 'snooze-10'
  | 'pause-30m'
  | 'pause-1h'
  | 'pause-tomorrow'
  | 'resume'
  | 'meeting-30'
  | 'meeting-60'
  | 'meeting-90'
  | 'end-therapy'
  | 'log-spasm'
  | 'open'
  | 'settings'
  | 'quit'

export const IDLE_TRAY: TrayModel = {
  icon: 'working',
  tooltip: 'Unknot',
  statusLine: 'Unknot is running',
  canSnooze: false,
  paused: false,
}

const MINUTE_MS = 60_000

function statusOf(snapshot: Snapshot): Pick<TrayModel, 'icon' | 'tooltip' | 'statusLine'> & { countdownMs?: number } {
  const view = snapshot.reminders
  const minutes = (ms: number) => Math.max(1, Math.ceil(ms / MINUTE_MS))
  switch (view.status) {
    case 'due':
      return { icon: 'due', tooltip: 'Unknot: time for a break', statusLine: 'A break is due now' }
    case 'on-break':
      return { icon: 'working', tooltip: 'Unknot: on a break', statusLine: 'On a break' }
    case 'paused':
      return { icon: 'paused', tooltip: 'Unknot: reminders paused', statusLine: 'Reminders paused' }
    case 'meeting':
      return { icon: 'paused', tooltip: 'Unknot: in a meeting', statusLine: 'In a meeting: reminders wait' }
    case 'outside-hours':
      return { icon: 'paused', tooltip: 'Unknot: outside working hours', statusLine: 'Outside working hours' }
    case 'away':
    case 'idle':
      return { icon: 'working', tooltip: 'Unknot: you are away', statusLine: 'Away from the desk' }
    default: {
      if (!view.next) return { icon: 'working', tooltip: 'Unknot', statusLine: 'No reminders switched on' }
      const line = `Next break in ${minutes(view.next.msUntilDue)} min`
      return {
        icon: 'working',
        tooltip: `Unknot: ${line.toLowerCase()}`,
        statusLine: line,
        countdownMs: view.next.msUntilDue,
      }
    }
  }
}

/** The tray for a snapshot. `refreshInMs` says when a countdown in it next changes its minute. */
export function trayModelOf(snapshot: Snapshot): TrayModel & { refreshInMs: number | null } {
  const { countdownMs, ...status } = statusOf(snapshot)
  const session = snapshot.therapy.session
  const therapyLine = snapshot.therapy.trayLabel ?? undefined
  const waits: number[] = []
  if (session && !session.paused && !session.endedAwaitingAck) waits.push(session.remainingMs % MINUTE_MS || MINUTE_MS)
  if (countdownMs !== undefined && snapshot.reminders.counting) waits.push(countdownMs % MINUTE_MS || MINUTE_MS)
  const model: TrayModel = {
    ...status,
    canSnooze: snapshot.reminders.prompt?.canSnooze ?? false,
    paused: snapshot.reminders.pause !== null,
  }
  const refreshInMs = waits.length ? Math.min(...waits) : null
  return therapyLine
    ? { ...model, therapyLine, tooltip: `${model.tooltip} · ${therapyLine}`, refreshInMs }
    : { ...model, refreshInMs }
}

/** The command a tray item sends, for the items that are commands (the rest are window actions). */
export function trayActionCommand(action: TrayAction): Command | undefined {
  switch (action) {
    case 'end-therapy':
      return { type: 'endTherapySession' }
    case 'stretch-now':
      return { type: 'startBreak', payload: { kind: 'stretch' } }
    case 'snooze-10':
      return { type: 'snoozeBreak', payload: { minutes: 10 } }
    case 'pause-30m':
      return { type: 'pauseReminders', payload: { for: '30m' } }
    case 'pause-1h':
      return { type: 'pauseReminders', payload: { for: '1h' } }
    case 'pause-tomorrow':
      return { type: 'pauseReminders', payload: { for: 'tomorrow' } }
    case 'resume':
      return { type: 'resumeReminders' }
    case 'meeting-30':
      return { type: 'startMeeting', payload: { minutes: 30 } }
    case 'meeting-60':
      return { type: 'startMeeting', payload: { minutes: 60 } }
    case 'meeting-90':
      return { type: 'startMeeting', payload: { minutes: 90 } }
    default:
      return undefined
  }
}
