import type { CompanionEvent } from '../contract/contract'
import { msg, type Translate } from '../i18n/catalog'
import type { Hold } from '../reminders'
import { POSTURE_FIXES } from '../posture/fixes'

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
  /** shown without a sound (a call running long: the person is still in it) */
  quiet?: boolean
}

/** What, of everything that happens, deserves a notification; routine cues are sounds in the window instead. */
const BREAK_ALERT = {
  stretch: {
    title: msg('Time for a stretch break'),
    body: msg('A couple of minutes of gentle movement. Open Unknot to start.'),
  },
  micro: {
    title: msg('Micro-break'),
    body: msg('Look at something about 20 feet (6 m) away for 20 seconds, and sit tall.'),
  },
  water: {
    title: msg('Water break'),
    body: msg('The water reminder you set: a short walk for a drink, if you want one.'),
  },
} as const

/** The heads-up before a firm or strict break takes the screen. */
const BREAK_SOON_BODY = {
  stretch: msg('A stretch break will take the screen. Finish your sentence.'),
  micro: msg('A micro-break will take the screen. Finish your sentence.'),
  water: msg('A water break will take the screen. Finish your sentence.'),
} as const

/** Why a prompt comes now: what it waited for has just ended (the notification's title, and a line in the prompt). */
export const HOLD_ENDED: Record<Hold, string> = {
  call: msg('Your call ended: time to stand up'),
  meeting: msg('Your meeting ended: time to stand up'),
  presenting: msg('You stopped presenting: time to stand up'),
}

/**
 * Whole sentences per kind of pack, so each language can word them its own way. `advice` is the therapy module's
 * English text, translated where its owner's catalog has it.
 */
const THERAPY_TEXT = {
  cold: {
    skinCheck: (t: Translate, advice: string) =>
      t('Lift the cold pack for a moment. {{advice}}', { advice: t(advice) }),
    timeIsUp: (t: Translate) => t('Time is up: take the cold pack off'),
    restOver: (t: Translate) => t('You can use the cold pack again if you still need it.'),
  },
  heat: {
    skinCheck: (t: Translate, advice: string) =>
      t('Lift the heat pack for a moment. {{advice}}', { advice: t(advice) }),
    timeIsUp: (t: Translate) => t('Time is up: take the heat pack off'),
    restOver: (t: Translate) => t('You can use the heat pack again if you still need it.'),
  },
} as const

/** The notification an event deserves, in the language `t` speaks, or undefined when it deserves none. */
export function alertFor({ domain, event }: CompanionEvent, t: Translate): Alert | undefined {
  if (domain === 'posture') {
    if (event.type !== 'nudge') return undefined
    const fix = POSTURE_FIXES[event.drift]
    return { tag: 'posture-nudge', title: t(fix.title), body: t(fix.body), opens: 'today', quiet: true }
  }
  if (domain === 'reminders') {
    if (event.type === 'long-call') {
      return {
        tag: 'long-call',
        title: t('A long call'),
        body: t('You have been in a call for {{minutes}} minutes. Stand up and move when you can.', {
          minutes: event.minutes,
        }),
        opens: 'today',
        quiet: true,
      }
    }
    if (event.type === 'break-soon') {
      // the same tag as the break itself, so the break's own notification replaces this one
      return {
        tag: 'break-due',
        title: t('Break in {{count}} seconds', { count: event.inSeconds }),
        body: t(BREAK_SOON_BODY[event.kind]),
        opens: 'today',
        quiet: true,
      }
    }
    if (event.type !== 'break-due') return undefined
    const text = BREAK_ALERT[event.kind]
    const title = t(event.after ? HOLD_ENDED[event.after] : text.title)
    return { tag: 'break-due', title, body: t(text.body), opens: 'today' }
  }
  if (domain === 'therapy') {
    switch (event.type) {
      case 'skin-check':
        return {
          tag: 'therapy-skin-check',
          title: t('Check your skin'),
          body: THERAPY_TEXT[event.kind].skinCheck(t, event.advice),
          opens: 'therapy',
        }
      case 'session-ended':
      case 'end-alert-repeat':
        if (event.type === 'session-ended' && event.endedEarly) return undefined
        return {
          tag: 'therapy-end',
          title: THERAPY_TEXT[event.kind].timeIsUp(t),
          body: t('Your session has ended. Open Unknot to confirm the pack is off.'),
          opens: 'therapy',
          requireInteraction: true,
        }
      case 'rest-over':
        return {
          tag: 'therapy-rest',
          title: t('Rest gap over'),
          body: THERAPY_TEXT[event.kind].restOver(t),
          opens: 'therapy',
        }
      case 'suggest-switch':
        return {
          tag: 'therapy-switch',
          title: t('Time to switch to heat?'),
          body: t('The first days after the strain are over; heat usually helps stiffness from here.'),
          opens: 'therapy',
        }
      default:
        return undefined
    }
  }
  return undefined
}
