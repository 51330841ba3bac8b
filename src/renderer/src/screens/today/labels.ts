import type { BreakKind, ReminderView } from '../../../../shared/reminders'
import { nextLocalMidnight } from '../../../../shared/reminders/working-hours'
import { msg, type Translate } from '../../../../shared/i18n'
import { localDayKey, localParts } from '../../../../shared/kernel/time'
import { formatMinutes, minutesAndSeconds } from '../../format'

/** Whole sentences per kind of break, so each language can word (and gender) them its own way. */
export const PROMPT_TITLES: Record<BreakKind, string> = {
  stretch: msg('Time for a stretch break'),
  micro: msg('Time for a micro-break'),
  water: msg('Time for a water break'),
}

export const NEXT_KIND: Record<BreakKind, { counting: string; waiting: string }> = {
  stretch: {
    counting: msg('A stretch break, counted in sitting time.'),
    waiting: msg('A stretch break, counted in sitting time (waiting while time does not count).'),
  },
  micro: {
    counting: msg('A micro-break, counted in sitting time.'),
    waiting: msg('A micro-break, counted in sitting time (waiting while time does not count).'),
  },
  water: {
    counting: msg('A water break, counted in sitting time.'),
    waiting: msg('A water break, counted in sitting time (waiting while time does not count).'),
  },
}

/** The heading while on a break; `<0>` wraps the countdown. */
export const ON_BREAK_TITLES: Record<BreakKind, string> = {
  stretch: msg('On a stretch break: <0>{{time}}</0> left'),
  micro: msg('On a micro-break: <0>{{time}}</0> left'),
  water: msg('On a water break: <0>{{time}}</0> left'),
}

/** "14:05", with the weekday in front when it is not today ("Thu 09:00"). */
export function clockTime(wall: number, now: number, timeZone: string, locale: string): string {
  const { hour, minute } = localParts(wall, timeZone)
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
  if (localDayKey(wall, timeZone) === localDayKey(now, timeZone)) return time
  const weekday = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { weekday: 'short', timeZone }).format(
    wall,
  )
  return `${weekday} ${time}`
}

/** What the reminders are doing now, in a few plain words. */
export function statusText(view: ReminderView, now: number, timeZone: string, t: Translate, locale: string): string {
  switch (view.status) {
    case 'working':
      return t('Sitting: your time at the desk counts toward your next break.')
    case 'call':
      return t('In a call — your break comes when it ends.')
    case 'presenting':
      return t('Presenting — your break comes when you stop.')
    case 'due':
      return t('A break is due.')
    case 'on-break':
      return t('On a break.')
    case 'snoozed':
      return view.snoozedForMs === null
        ? t('Snoozed.')
        : t('Snoozed for {{duration}} more.', { duration: formatMinutes(view.snoozedForMs, t) })
    case 'meeting': {
      const waiting = view.waiting?.reason === 'meeting' ? view.waiting : undefined
      if (waiting?.calendar) {
        const time = clockTime(waiting.untilWall, now, timeZone, locale)
        return t('Meeting until {{time}} (calendar) — your break comes when it ends.', { time })
      }
      return view.meetingForMs === null
        ? t('In a meeting: reminders wait.')
        : t('In a meeting: reminders wait {{duration}} more.', { duration: formatMinutes(view.meetingForMs, t) })
    }
    case 'paused':
      return !view.pause || 'indefinite' in view.pause
        ? t('Paused until you resume.')
        : t('Paused until {{time}}.', { time: clockTime(view.pause.untilWall, now, timeZone, locale) })
    case 'away':
      return t('Away from the desk: this time does not count as sitting.')
    case 'outside-hours':
      return view.resumesAtWall === null
        ? t('Outside working hours: no reminders now.')
        : resumesText(view.resumesAtWall, now, timeZone, t, locale)
  }
}

/** "Outside working hours. Reminders start Monday at 09:00.", in the person's time zone and language. */
function resumesText(wall: number, now: number, timeZone: string, t: Translate, locale: string): string {
  const { hour, minute } = localParts(wall, timeZone)
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
  const day = localDayKey(wall, timeZone)
  if (day === localDayKey(now, timeZone))
    return t('Outside working hours. Reminders start today at {{time}}.', { time })
  if (day === localDayKey(nextLocalMidnight(now, timeZone), timeZone))
    return t('Outside working hours. Reminders start tomorrow at {{time}}.', { time })
  const weekday = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { weekday: 'long', timeZone }).format(
    wall,
  )
  return t('Outside working hours. Reminders start {{day}} at {{time}}.', { day: weekday, time })
}

/** What to do during a break of this kind, in our own words. */
export function breakInstruction(kind: BreakKind, breakSeconds: number, t: Translate): string {
  switch (kind) {
    case 'stretch': {
      const count = Math.max(1, Math.round(breakSeconds / 60))
      return t('Stand up and move for {{count}} minutes. The break routine guides you through a few gentle moves.', {
        count,
      })
    }
    case 'micro':
      return t('Look at something about 20 feet (6 metres) away for {{seconds}} seconds and sit tall.', {
        seconds: breakSeconds,
      })
    case 'water':
      return t(
        'Your water reminder, as you set it. Drink as you normally would; the short walk to fetch a glass is a break too.',
      )
  }
}

/** "3 minutes", "20 seconds", "1 minute 30 seconds". */
export function breakLength(breakSeconds: number, t: Translate, locale: string): string {
  return minutesAndSeconds(breakSeconds, t, locale)
}
