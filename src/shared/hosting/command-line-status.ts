import type { Snapshot } from '../contract/contract'
import { msg, type Translate } from '../i18n/catalog'
import type { BreakKind, BreakMode } from '../reminders'

/** What `unknot status --json` prints: one object, stable field names for scripts. */
export interface CommandLineStatus {
  running: true
  /** the reminders' state in one word: working, due, on-break, snoozed, call, meeting, presenting, paused, away, outside-hours */
  status: Snapshot['reminders']['status']
  nextBreak: { kind: BreakKind; inSeconds: number } | null
  paused: boolean
  /** ISO time the pause ends; null when not paused or paused until resumed */
  pausedUntil: string | null
  inCall: boolean
  inMeeting: boolean
  /** the mode of the next break (or the one showing) */
  mode: BreakMode
  modes: Record<BreakKind, BreakMode>
  earlyExitsLeft: number
}

/** The status at `now` from the latest snapshot: a countdown that was running has run on since it was taken. */
export function commandLineStatus(snapshot: Snapshot, now: number): CommandLineStatus {
  const view = snapshot.reminders
  const reminders = snapshot.settings.reminders
  const elapsed = view.counting ? Math.max(0, now - snapshot.at) : 0
  const next = view.next && {
    kind: view.next.kind,
    inSeconds: Math.max(0, Math.round((view.next.msUntilDue - elapsed) / 1000)),
  }
  const current = view.onBreak?.kind ?? view.prompt?.kind ?? next?.kind ?? 'stretch'
  return {
    running: true,
    status: view.status,
    nextBreak: next,
    paused: view.pause !== null,
    pausedUntil: view.pause && 'untilWall' in view.pause ? new Date(view.pause.untilWall).toISOString() : null,
    inCall: view.waiting?.reason === 'call',
    inMeeting: view.waiting?.reason === 'meeting',
    mode: reminders[current].mode,
    modes: { stretch: reminders.stretch.mode, micro: reminders.micro.mode, water: reminders.water.mode },
    earlyExitsLeft: view.earlyExitsLeft,
  }
}

/** The same status as one line for a person at a terminal. */
export function commandLineStatusLine(status: CommandLineStatus, t: Translate): string {
  if (status.paused) return t('Reminders are paused.')
  if (status.inCall) return t('In a call: breaks wait until it ends.')
  if (status.inMeeting) return t('In a meeting: breaks wait until it ends.')
  if (status.status === 'due') return t('A break is due now.')
  if (status.status === 'on-break') return t('On a break.')
  if (!status.nextBreak) return t('No break reminders are on.')
  const minutes = Math.ceil(status.nextBreak.inSeconds / 60)
  return t('Next break in {{minutes}} min.', { minutes })
}

export const NOT_RUNNING = msg('Unknot is not running.')
export const NO_ANSWER = msg('Unknot did not answer.')
export const DONE = msg('Done.')
