import { msg, type Translate } from '../../../../shared/i18n'
import type { TherapyKind } from '../../../../shared/therapy'

export const KIND_NAME: Record<TherapyKind, string> = { cold: msg('Cold'), heat: msg('Heat') }

export function minutesText(minutes: number, t: Translate): string {
  return t('{{count}} minutes', { count: minutes })
}

/** Weekday, day, month and time: how the therapy screen dates an episode and its sessions, in the companion's time zone. */
export function dateTimeFormat(language: string, timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  })
}
