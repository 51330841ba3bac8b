/**
 * Ids of things an article may link to. They belong to the routines and therapy domains and are repeated here so
 * content stays plain data; a unit test checks each one still exists there.
 */
export const ROUTINE_IDS = [
  'lower-back-relief',
  'upper-back-neck',
  'desk',
  'core-prevention',
  'hips-glutes',
  'morning-mobility',
  'wind-down',
  'calm-breathing',
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
