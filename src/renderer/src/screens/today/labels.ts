import type { BreakKind, ReminderView } from '../../../../shared/reminders'
import { localDayKey, localParts } from '../../../../shared/time'
import { formatMinutes } from '../../format'

export const KIND_NAMES: Record<BreakKind, string> = {
  stretch: 'stretch break',
  micro: 'micro-break',
  water: 'water break',
}

/** "14:05", with the weekday in front when it is not today ("Thu 09:00"). */
export function clockTime(wall: number, now: number, timeZone: string): string {
  const { hour, minute } = localParts(wall, timeZone)
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
  if (localDayKey(wall, timeZone) === localDayKey(now, timeZone)) return time
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone }).format(wall)
  return `${weekday} ${time}`
}

/** What the reminders are doing now, in a few plain words. */
export function statusText(view: ReminderView, now: number, timeZone: string): string {
  switch (view.status) {
    case 'working':
      return 'Working: active time is counting toward your next break.'
    case 'idle':
      return 'Idle: no input for a while. A long enough pause counts as a break.'
    case 'due':
      return 'A break is due.'
    case 'on-break':
      return 'On a break.'
    case 'snoozed':
      return view.snoozedForMs === null ? 'Snoozed.' : `Snoozed for ${formatMinutes(view.snoozedForMs)} more.`
    case 'meeting':
      return view.meetingForMs === null
        ? 'In a meeting: reminders wait.'
        : `In a meeting: reminders wait ${formatMinutes(view.meetingForMs)} more.`
    case 'paused':
      return !view.pause || 'indefinite' in view.pause
        ? 'Paused until you resume.'
        : `Paused until ${clockTime(view.pause.untilWall, now, timeZone)}.`
    case 'away':
      return 'Away: the computer was asleep or locked.'
    case 'outside-hours':
      return 'Outside working hours: no reminders now.'
  }
}

/** What to do during a break of this kind, in our own words. */
export function breakInstruction(kind: BreakKind, breakSeconds: number): string {
  switch (kind) {
    case 'stretch': {
      const minutes = Math.max(1, Math.round(breakSeconds / 60))
      return `Stand up and move for ${minutes} minute${minutes === 1 ? '' : 's'}. The break routine guides you through a few gentle moves.`
    }
    case 'micro':
      return `Look at something about 20 feet (6 metres) away for ${breakSeconds} seconds and sit tall.`
    case 'water':
      return 'Get up and fetch a glass of water; the short walk counts too.'
  }
}

/** "3 minutes", "20 seconds", "1 minute 30 seconds". */
export function breakLength(breakSeconds: number): string {
  const minutes = Math.floor(breakSeconds / 60)
  const seconds = breakSeconds % 60
  const parts = []
  if (minutes) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`)
  if (seconds || !minutes) parts.push(`${seconds} second${seconds === 1 ? '' : 's'}`)
  return parts.join(' ')
}
