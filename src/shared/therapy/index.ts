export {
  END_ALERT_REPEAT_MS,
  HISTORY_LIMIT,
  KIND_LABEL,
  MAX_SESSION_MINUTES,
  MIN_REST_MINUTES,
  MIN_SESSION_MINUTES,
  SKIN_CHECK_AFTER_MS,
  SUGGESTED_REST_MINUTES,
  THERAPY_KINDS,
  type TherapyKind,
  type TherapySourceId,
} from './limits'
export {
  COLD_PHASE_HOURS,
  PRESETS,
  PRESET_IDS,
  findPreset,
  phaseAt,
  type PresetId,
  type PresetPhase,
  type TherapyPreset,
} from './presets'
export {
  SAFETY_CHECKLIST,
  SAFETY_ITEM_IDS,
  SKIN_CHECK_ADVICE,
  SKIN_CHECK_SIGNS,
  SKIN_CHECK_SOURCES,
  type SafetyItem,
} from './safety'
export * from './schema'
export {
  initialTherapyState,
  type ActiveSession,
  type Episode,
  type PackOff,
  type SessionRecord,
  type Stamp,
  type TherapyEvent,
  type TherapyState,
} from './state'
export {
  acknowledgeEnd,
  addMinute,
  dismissSkinCheck,
  endSession,
  pauseSession,
  resumeSession,
  startSession,
} from './session'
export { confirmSafety, endEpisode, PHASE_SWITCH_SOURCES, startEpisode } from './episode'
export { advance, nextWakeMs } from './advance'
export { restore, type SavedTherapyState } from './restore'
export { REST_REASON, REST_SOURCES, type Rest } from './rest'
export { therapyView, type TherapyView } from './view'
export { formatClock } from './timing'
