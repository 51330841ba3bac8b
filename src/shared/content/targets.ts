/** Ids of things an article may link to; owned by the routines and therapy domains, repeated here as the known list. */
export const ROUTINE_IDS = [
  'lower-back-relief',
  'upper-back-neck',
  'desk',
  'core',
  'hips-glutes',
  'morning',
  'wind-down',
  'break',
] as const
export type RoutineId = (typeof ROUTINE_IDS)[number]

export const THERAPY_PRESET_IDS = ['spasm-stiffness', 'fresh-strain'] as const
export type TherapyPresetId = (typeof THERAPY_PRESET_IDS)[number]

export type LinkTarget =
  | { screen: 'routines'; routineId?: RoutineId }
  | { screen: 'therapy'; presetId?: TherapyPresetId }
  | { screen: 'settings'; section: 'breaks' }
  | { screen: 'learn'; articleId: string }
  | { screen: 'red-flags' }

export interface ArticleAction {
  label: string
  target: LinkTarget
}
