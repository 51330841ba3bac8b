import { msg, type Translate } from '../../../../shared/i18n'
import type { TherapyKind } from '../../../../shared/therapy'

export const KIND_NAME: Record<TherapyKind, string> = { cold: msg('Cold'), heat: msg('Heat') }

export function minutesText(minutes: number, t: Translate): string {
  return t('{{count}} minutes', { count: minutes })
}
