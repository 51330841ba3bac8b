import type { TherapyKind, TherapySourceId } from './limits'
import { SUGGESTED_REST_MINUTES } from './limits'

export const PRESET_IDS = ['spasm-stiffness', 'fresh-strain', 'custom'] as const
export type PresetId = (typeof PRESET_IDS)[number]

/** One phase of a preset: which kind, how long each session and rest is, and when to suggest the next phase. */
export interface PresetPhase {
  kind: TherapyKind
  sessionMinutes: number
  restMinutes: number
  /** Hours from the episode's start after which the app suggests the next phase; null = no next phase. */
  phaseHours: number | null
}

export interface TherapyPreset {
  id: PresetId
  title: string
  summary: string
  /** Kinds a person may choose in this preset. */
  kinds: TherapyKind[]
  phases: PresetPhase[]
  /** Always null: no source gives a number of sessions a day; only the person may set a cap (settings). */
  dailyCap: null
  sources: TherapySourceId[]
}

/** Nebraska Medicine treats ice as best for the first 72 hours after an acute injury (nebraska-ice-heat). */
export const COLD_PHASE_HOURS = 72

export const PRESETS: TherapyPreset[] = [
  {
    id: 'spasm-stiffness',
    title: 'Spasm or stiffness',
    summary: 'Warmth is the option with trial support in low back pain. About 20 minutes, then a long rest.',
    kinds: ['heat'],
    phases: [{ kind: 'heat', sessionMinutes: 20, restMinutes: SUGGESTED_REST_MINUTES, phaseHours: null }],
    dailyCap: null,
    sources: ['cochrane-heat-cold', 'acp-2017', 'nhs-back-pain', 'tm-ice-heat'],
  },
  {
    id: 'fresh-strain',
    title: 'Fresh strain or knock (first 48–72 hours)',
    summary: 'Cold can help in the first days after a clear strain or knock; after that, warmth is suggested instead.',
    kinds: ['cold', 'heat'],
    phases: [
      { kind: 'cold', sessionMinutes: 20, restMinutes: SUGGESTED_REST_MINUTES, phaseHours: COLD_PHASE_HOURS },
      { kind: 'heat', sessionMinutes: 20, restMinutes: SUGGESTED_REST_MINUTES, phaseHours: null },
    ],
    dailyCap: null,
    sources: ['nebraska-ice-heat', 'cleveland-ice-heat', 'nhs-back-pain', 'tm-ice-heat'],
  },
  {
    id: 'custom',
    title: 'My own session',
    summary: 'Choose cold or warmth and a length up to the safe limit.',
    kinds: ['cold', 'heat'],
    phases: [{ kind: 'heat', sessionMinutes: 20, restMinutes: SUGGESTED_REST_MINUTES, phaseHours: null }],
    dailyCap: null,
    sources: ['tm-ice-heat', 'cleveland-ice-heat'],
  },
]

export function findPreset(id: PresetId): TherapyPreset {
  const preset = PRESETS.find((p) => p.id === id)
  if (!preset) throw new Error(`unknown therapy preset ${id}`)
  return preset
}

/** The phase a preset suggests `elapsedMs` after the episode began (phases run in order). */
export function phaseAt(preset: TherapyPreset, elapsedMs: number): { phase: PresetPhase; index: number } {
  let startMs = 0
  for (let index = 0; index < preset.phases.length; index++) {
    const phase = preset.phases[index]
    if (!phase) break
    if (
      phase.phaseHours === null ||
      elapsedMs < startMs + phase.phaseHours * 3_600_000 ||
      index === preset.phases.length - 1
    )
      return { phase, index }
    startMs += phase.phaseHours * 3_600_000
  }
  throw new Error(`preset ${preset.id} has no phases`)
}
