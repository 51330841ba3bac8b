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

/** The tray for a snapshot. `refreshInMs` says when a countdown in it next changes its minute. */
export function trayModelOf(snapshot: Snapshot): TrayModel & { refreshInMs: number | null } {
  const session = snapshot.therapy.session
  const therapyLine = snapshot.therapy.trayLabel ?? undefined
  const counting = session !== null && !session.paused && !session.endedAwaitingAck
  const refreshInMs = counting ? session.remainingMs % MINUTE_MS || MINUTE_MS : null
  const base = { ...IDLE_TRAY, refreshInMs }
  return therapyLine ? { ...base, therapyLine, tooltip: `Unknot · ${therapyLine}` } : base
}

/** The command a tray item sends, for the items that are commands (the rest are window actions). */
export function trayActionCommand(action: TrayAction): Command | undefined {
  switch (action) {
    case 'end-therapy':
      return { type: 'endTherapySession' }
    case 'stretch-now':
      return { type: 'startRoutine', payload: { routineId: 'break' } }
    default:
      return undefined
  }
}
