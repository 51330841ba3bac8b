import type { Instant } from '../kernel/time'
import type { EarlyExits, ReminderState } from './state'

const isEarlyExits = (value: unknown): value is EarlyExits =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as EarlyExits).day === 'string' &&
  Number.isInteger((value as EarlyExits).used) &&
  (value as EarlyExits).used >= 0

/**
 * After an app restart the monotonic clock starts again: what was measured on it (a snooze, a meeting, a break
 * under way) is dropped, a timed pause is rebuilt from its wall end, and counting restarts from the next reading.
 */
export function restoreReminders(saved: ReminderState, at: Instant): ReminderState {
  const pause = saved.pause
  const rebuiltPause =
    pause?.kind === 'for'
      ? at.wall < pause.untilWall
        ? { ...pause, untilMono: at.mono + (pause.untilWall - at.wall) }
        : null
      : pause
  const remindUntil = saved.remindTodayUntilWall ?? null
  return {
    ...saved,
    lastMono: null,
    lastInputMono: null,
    lastReadMono: null,
    snoozedUntilMono: null,
    meetingUntilMono: null,
    calendar: [],
    call: null,
    held: null,
    onBreak: null,
    warning: null,
    away: null,
    fullscreen: false,
    pause: rebuiltPause,
    // Data written before these existed has no such field; a preview prompt is not worth bringing back.
    remindTodayUntilWall: remindUntil !== null && at.wall < remindUntil ? remindUntil : null,
    prompt: saved.prompt?.preview ? null : saved.prompt,
    // saved before strict breaks existed, or damaged: none spent (the budget is a nudge, not a lock)
    earlyExits: isEarlyExits(saved.earlyExits) ? saved.earlyExits : { day: '', used: 0 },
  }
}

/** Whether a change is worth writing to disk: the counters alone are written at most once a minute. */
export function remindersNeedSaving(previous: ReminderState, next: ReminderState): boolean {
  if (previous === next) return false
  const minute = (ms: number) => Math.floor(ms / 60_000)
  return (
    previous.history !== next.history ||
    previous.prompt !== next.prompt ||
    previous.pause !== next.pause ||
    previous.remindTodayUntilWall !== next.remindTodayUntilWall ||
    previous.skipsInARow !== next.skipsInARow ||
    previous.snoozesInARow !== next.snoozesInARow ||
    previous.earlyExits !== next.earlyExits ||
    minute(previous.activeMs.stretch) !== minute(next.activeMs.stretch) ||
    minute(previous.activeMs.micro) !== minute(next.activeMs.micro) ||
    minute(previous.activeMs.water) !== minute(next.activeMs.water) ||
    previous.today.day !== next.today.day
  )
}
