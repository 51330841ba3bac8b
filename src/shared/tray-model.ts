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
