import type { LanguageChoice } from '../../../../shared/i18n'
import type { BreakMode } from '../../../../shared/reminders'
import type { Settings, SettingsPatch } from '../../../../shared/settings'

/** What the setup asks, held in the page until the person finishes: nothing is saved before. */
export interface SetupDraft {
  /** 0 = Sunday … 6 = Saturday */
  days: number[]
  start: string
  end: string
  standUpEvery: number
  /** how firm stretch breaks and micro-breaks are (Settings can set each kind on its own) */
  mode: BreakMode
  micro: boolean
  water: boolean
  language: LanguageChoice
}

/** Minutes of sitting between stretch breaks the setup offers (Settings allows any from 10 to 120). */
export const STAND_UP_MINUTES = [20, 30, 45, 60] as const

export function draftFrom(settings: Settings): SetupDraft {
  const { workingHours, stretch, micro, water } = settings.reminders
  return {
    days: [...workingHours.days],
    start: workingHours.start,
    end: workingHours.end,
    standUpEvery: stretch.everyMinutes,
    mode: stretch.mode,
    micro: micro.enabled,
    water: water.enabled,
    language: settings.appearance.language,
  }
}

/** The offered lengths, with the current one among them when Settings set another. */
export function standUpChoices(current: number): number[] {
  return [...new Set<number>([...STAND_UP_MINUTES, current])].sort((a, b) => a - b)
}

/** The one settings change finishing the setup sends, through the same validated command as Settings. */
export function finishPatch(draft: SetupDraft): SettingsPatch {
  return {
    setupDone: true,
    reminders: {
      workingHours: { days: [...draft.days].sort((a, b) => a - b), start: draft.start, end: draft.end },
      stretch: { enabled: true, everyMinutes: draft.standUpEvery, mode: draft.mode },
      micro: { enabled: draft.micro, mode: draft.mode },
      water: { enabled: draft.water },
    },
    appearance: { language: draft.language },
  }
}
