import type { CompanionEvent } from './contract'
import { KIND_LABEL } from './therapy'

/** A notification a host shows outside the window (Electron Notification or the browser's Notification API). */
export interface Alert {
  /** one alert per tag is shown at a time: a repeat replaces the previous one */
  tag: string
  title: string
  body: string
  /** the screen a click opens */
  opens: 'today' | 'therapy' | 'routines'
  /** stays until the person acts (the end of a therapy session) */
  requireInteraction?: boolean
}

/** What, of everything that happens, deserves a notification; routine cues are sounds in the window instead. */
const BREAK_ALERT = {
  stretch: { title: 'Time for a stretch break', body: 'A couple of minutes of gentle movement. Open Unknot to start.' },
  micro: { title: 'Micro-break', body: 'Look at something about 20 feet (6 m) away for 20 seconds, and sit tall.' },
  water: { title: 'Water break', body: 'Stand up and fetch a glass of water.' },
} as const

export function alertFor({ domain, event }: CompanionEvent): Alert | undefined {
  if (domain === 'reminders') {
    if (event.type !== 'break-due') return undefined
    return { tag: 'break-due', ...BREAK_ALERT[event.kind], opens: 'today' }
  }
  if (domain === 'therapy') {
    const pack = (kind: 'cold' | 'heat') => KIND_LABEL[kind].toLowerCase()
    switch (event.type) {
      case 'skin-check':
        return {
          tag: 'therapy-skin-check',
          title: 'Check your skin',
          body: `Lift the ${pack(event.kind)} for a moment. ${event.advice}`,
          opens: 'therapy',
        }
      case 'session-ended':
      case 'end-alert-repeat':
        if (event.type === 'session-ended' && event.endedEarly) return undefined
        return {
          tag: 'therapy-end',
          title: `Time is up: take the ${pack(event.kind)} off`,
          body: 'Your session has ended. Open Unknot to confirm the pack is off.',
          opens: 'therapy',
          requireInteraction: true,
        }
      case 'rest-over':
        return {
          tag: 'therapy-rest',
          title: 'Rest gap over',
          body: `You can use the ${pack(event.kind)} again if you still need it.`,
          opens: 'therapy',
        }
      case 'suggest-switch':
        return {
          tag: 'therapy-switch',
          title: 'Time to switch to heat?',
          body: 'The first days after the strain are over; heat usually helps stiffness from here.',
          opens: 'therapy',
        }
      default:
        return undefined
    }
  }
  return undefined
}
