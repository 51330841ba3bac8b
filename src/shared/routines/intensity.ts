import type { Routine } from './model'

/** How much a routine asks of a sore back, lightest first. Only 'gentle' routines are offered during a flare. */
export const INTENSITIES = ['gentle', 'moderate', 'strong'] as const
export type Intensity = (typeof INTENSITIES)[number]

/**
 * Exercises that bend the spine forward deeply: the knee to the chest lying or seated, sitting back onto the heels,
 * the rounding half of cat–cow (their own cautions already single out the deep forward bend, after mayo-stretches).
 */
const DEEP_FLEXION = new Set(['knee-to-chest', 'seated-knee-hug', 'bottom-to-heels', 'cat-cow'])

/**
 * Strengthening work on the floor. The bridge carries the advice not to start it in the middle of a bad flare-up
 * (back-stretches-l); the lying pelvic tilt is the core work of the same floor routines and is kept with it.
 */
const FLOOR_STRENGTH = new Set(['glute-bridge', 'pelvic-tilt'])

function exerciseIntensity(exerciseId: string): Intensity {
  if (FLOOR_STRENGTH.has(exerciseId)) return 'strong'
  if (DEEP_FLEXION.has(exerciseId)) return 'moderate'
  return 'gentle'
}

/** A routine is as demanding as its most demanding exercise, so a person's own routine gets its level the same way. */
export function routineIntensity(routine: Pick<Routine, 'items'>): Intensity {
  const levels = routine.items.map((item) => INTENSITIES.indexOf(exerciseIntensity(item.exerciseId)))
  return INTENSITIES[Math.max(0, ...levels)] ?? 'gentle'
}
