import type { Snapshot } from '../contract/contract'
import type { Translate } from '../i18n/catalog'
import { formatClock } from '../therapy'
import { localParts } from '../kernel/time'
import { snoozeLengthsInOrder, type SnoozeMinutes } from '../reminders'
import { msg } from '../i18n/catalog'
import { standingProblems } from '../desktop-check'

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
  /** e.g. "Flare mode until Friday 10:30", while flare mode is on */
  flareLine?: string
  /** e.g. "⚠ Check my desktop: 1 problem", while the desktop check's last run found one; it opens Settings */
  checkLine?: string
  canSnooze: boolean
  /** a Snooze item for each, shortest first */
  snoozeOptions: SnoozeMinutes[]
  paused: boolean
  /** whether the camera glances are on: the menu's "Camera glances" switch, checked when they are */
  cameraOn: boolean
}

const MINUTE_MS = 60_000

/** "11:30": a wall instant on the 24-hour clock of the person's zone. */
export function clockTime(wall: number, timeZone: string): string {
  const { hour, minute } = localParts(wall, timeZone)
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}

type Status = Pick<TrayModel, 'icon' | 'tooltip' | 'statusLine'>

function statusOf(snapshot: Snapshot, t: Translate): Status {
  const view = snapshot.reminders
  switch (view.status) {
    case 'due':
      return { icon: 'due', tooltip: t('Unknot: time for a break'), statusLine: t('A break is due now') }
    case 'on-break':
      return { icon: 'working', tooltip: t('Unknot: on a break'), statusLine: t('On a break') }
    case 'paused':
      return { icon: 'paused', tooltip: t('Unknot: reminders paused'), statusLine: t('Reminders paused') }
    case 'call':
      return {
        icon: 'paused',
        tooltip: t('Unknot: in a call — your break comes when it ends'),
        statusLine: t('In a call — your break comes when it ends'),
      }
    case 'presenting':
      return {
        icon: 'paused',
        tooltip: t('Unknot: presenting — your break comes when you stop'),
        statusLine: t('Presenting — your break comes when you stop'),
      }
    case 'meeting': {
      const waiting = view.waiting?.reason === 'meeting' ? view.waiting : undefined
      if (!waiting)
        return { icon: 'paused', tooltip: t('Unknot: in a meeting'), statusLine: t('In a meeting: reminders wait') }
      const time = clockTime(waiting.untilWall, snapshot.timeZone)
      return waiting.calendar
        ? {
            icon: 'paused',
            tooltip: t('Unknot: meeting until {{time}} (calendar)', { time }),
            statusLine: t('Meeting until {{time}} (calendar)', { time }),
          }
        : {
            icon: 'paused',
            tooltip: t('Unknot: meeting until {{time}}', { time }),
            statusLine: t('Meeting until {{time}}', { time }),
          }
    }
    case 'outside-hours':
      return { icon: 'paused', tooltip: t('Unknot: outside working hours'), statusLine: t('Outside working hours') }
    case 'away':
      return { icon: 'working', tooltip: t('Unknot: you are away'), statusLine: t('Away from the desk') }
    default: {
      // The tray is not redrawn each second, so it says what stays true for the whole warning.
      if (view.soon)
        return {
          icon: 'due',
          tooltip: t('Unknot: break in under a minute'),
          statusLine: t('Break in under a minute'),
        }
      if (!view.next) return { icon: 'working', tooltip: 'Unknot', statusLine: t('No reminders switched on') }
      // A clock time, not a countdown: it holds still while sitting goes on, so the tray never wakes to redraw it.
      const time = clockTime(snapshot.at + view.next.msUntilDue, snapshot.timeZone)
      return {
        icon: 'working',
        tooltip: t('Unknot: next break at {{time}}', { time }),
        statusLine: t('Next break at {{time}}', { time }),
      }
    }
  }
}

/** e.g. "Cold pack: 08:12 left": whole sentences per kind of pack, so each language can word them its own way. */
export function therapyLineOf(session: Snapshot['therapy']['session'], t: Translate): string | undefined {
  if (!session) return undefined
  const left = formatClock(session.remainingMs)
  if (session.kind === 'cold') {
    if (session.endedAwaitingAck) return t('Cold pack: time is up, take it off')
    return session.paused ? t('Cold pack: paused, {{left}} left', { left }) : t('Cold pack: {{left}} left', { left })
  }
  if (session.endedAwaitingAck) return t('Heat pack: time is up, take it off')
  return session.paused ? t('Heat pack: paused, {{left}} left', { left }) : t('Heat pack: {{left}} left', { left })
}

const WEEKDAY_NAMES = [
  msg('Sunday'),
  msg('Monday'),
  msg('Tuesday'),
  msg('Wednesday'),
  msg('Thursday'),
  msg('Friday'),
  msg('Saturday'),
]

/**
 * While flare mode is on: until when. The day is named by its weekday alone, which is never ambiguous: flare mode
 * asks again at most 3 days after the latest entry, and entries cannot be dated in the future.
 */
export function flareLineOf(snapshot: Snapshot, t: Translate): string | undefined {
  const active = snapshot.flare.active
  if (!active) return undefined
  const day = t(WEEKDAY_NAMES[localParts(active.untilWall, snapshot.timeZone).weekday] ?? '')
  return t('Flare mode until {{day}} {{time}}', { day, time: clockTime(active.untilWall, snapshot.timeZone) })
}

/**
 * The tray for a snapshot, in the language `t` speaks. `refreshInMs` says when a therapy countdown in it next changes its
 * minute.
 */
export function trayModelOf(snapshot: Snapshot, t: Translate): TrayModel & { refreshInMs: number | null } {
  const status = statusOf(snapshot, t)
  const session = snapshot.therapy.session
  const therapyLine = therapyLineOf(session, t)
  const waits: number[] = []
  if (session && !session.paused && !session.endedAwaitingAck) waits.push(session.remainingMs % MINUTE_MS || MINUTE_MS)
  const flareLine = flareLineOf(snapshot, t)
  const problems = standingProblems(snapshot.settings.desktopCheck, snapshot.settings.system).length
  const model: TrayModel = {
    ...status,
    ...(flareLine ? { flareLine } : {}),
    ...(problems > 0 ? { checkLine: t('⚠ Check my desktop: {{count}} problem', { count: problems }) } : {}),
    canSnooze: (snapshot.reminders.prompt ?? snapshot.reminders.soon)?.canSnooze ?? false,
    snoozeOptions: snoozeLengthsInOrder(snapshot.settings.reminders.snoozeOptions),
    paused: snapshot.reminders.pause !== null,
    cameraOn: snapshot.settings.posture.enabled,
  }
  const refreshInMs = waits.length ? Math.min(...waits) : null
  return therapyLine
    ? { ...model, therapyLine, tooltip: `${model.tooltip} · ${therapyLine}`, refreshInMs }
    : { ...model, refreshInMs }
}
