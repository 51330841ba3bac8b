import type { TherapyKind } from '../../../../shared/therapy'

export const KIND_NAME: Record<TherapyKind, string> = { cold: 'Cold', heat: 'Heat' }

export function minutesText(minutes: number): string {
  return `${minutes} minute${minutes === 1 ? '' : 's'}`
}
