import type { Command, Screen } from '../shared/contract/contract'
import type { Translate } from '../shared/i18n'
import type { TrayModel } from '../shared/hosting/tray-model'
import type { SnoozeMinutes } from '../shared/reminders'

/** What a tray item does in the host, after its command if it has one: show the window (on a screen) or quit. */
export type TrayEffect = { show: Screen | undefined } | 'quit'

export interface TrayActionSpec {
  label: (t: Translate) => string
  /** when absent, the item is always enabled */
  enabledWhen?: (model: TrayModel) => boolean
  command?: Command
  effect?: TrayEffect
}

const SHOW_APP: TrayEffect = { show: undefined }

/** One snooze item per length; the menu shows those the person chose (`snoozeItems`). */
const snoozeFor = (minutes: SnoozeMinutes): TrayActionSpec => ({
  label: (t) => t('Snooze {{minutes}} min', { minutes }),
  enabledWhen: (model) => model.canSnooze,
  command: { type: 'snoozeBreak', payload: { minutes } },
})

/** The "Camera glances" switch sends the very command Settings' camera switch sends. */
const cameraSwitch = (enabled: boolean): TrayActionSpec => ({
  label: (t) => t('Camera glances'),
  command: { type: 'updateSettings', payload: { patch: { posture: { enabled } } } },
})

/** Every tray item: its words, when it can be clicked, the command it sends and what the host does. */
export const TRAY_ACTIONS = {
  'stretch-now': {
    label: (t) => t('Start a stretch now'),
    command: { type: 'startBreak', payload: { kind: 'stretch' } },
    effect: SHOW_APP,
  },
  'snooze-5': snoozeFor(5),
  'snooze-10': snoozeFor(10),
  'snooze-15': snoozeFor(15),
  'snooze-30': snoozeFor(30),
  'pause-30m': {
    label: (t) => t('For 30 minutes'),
    command: { type: 'pauseReminders', payload: { for: '30m' } },
  },
  'pause-1h': { label: (t) => t('For 1 hour'), command: { type: 'pauseReminders', payload: { for: '1h' } } },
  'pause-tomorrow': {
    label: (t) => t('Until tomorrow'),
    command: { type: 'pauseReminders', payload: { for: 'tomorrow' } },
  },
  resume: { label: (t) => t('Resume'), enabledWhen: (model) => model.paused, command: { type: 'resumeReminders' } },
  'meeting-30': { label: (t) => t('30 minutes'), command: { type: 'startMeeting', payload: { minutes: 30 } } },
  'meeting-60': { label: (t) => t('60 minutes'), command: { type: 'startMeeting', payload: { minutes: 60 } } },
  'meeting-90': { label: (t) => t('90 minutes'), command: { type: 'startMeeting', payload: { minutes: 90 } } },
  'end-therapy': { label: (t) => t('End therapy session'), command: { type: 'endTherapySession' } },
  'camera-on': cameraSwitch(true),
  'camera-off': cameraSwitch(false),
  'log-spasm': { label: (t) => t('Log a spasm…'), effect: { show: 'journal' } },
  open: { label: (t) => t('Open Unknot'), effect: SHOW_APP },
  settings: { label: (t) => t('Settings…'), effect: { show: 'settings' } },
  quit: { label: (t) => t('Quit'), effect: 'quit' },
} satisfies Record<string, TrayActionSpec>

export type TrayAction = keyof typeof TRAY_ACTIONS

export function snoozeAction(minutes: SnoozeMinutes): TrayAction {
  return `snooze-${minutes}`
}

export function trayAction(action: TrayAction): TrayActionSpec {
  return TRAY_ACTIONS[action]
}
