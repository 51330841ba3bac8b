import type { BodyArea, Position } from '../../../../shared/routines'

export const AREA_LABELS: Record<BodyArea, string> = {
  'lower-back': 'Lower back',
  'upper-back': 'Upper back',
  neck: 'Neck',
  shoulders: 'Shoulders',
  chest: 'Chest',
  hips: 'Hips',
  glutes: 'Glutes',
  core: 'Core',
  legs: 'Legs',
  eyes: 'Eyes',
  breathing: 'Breathing',
}

export const POSITION_LABELS: Record<Position, string> = {
  seated: 'Seated',
  standing: 'Standing',
  floor: 'On the floor',
}

/** "Seated", "Seated or standing"… in a fixed order, whatever order the routine uses them in. */
export function describePositions(positions: readonly Position[]): string {
  const names = (['seated', 'standing', 'floor'] as const)
    .filter((position) => positions.includes(position))
    .map((position, index) => (index === 0 ? POSITION_LABELS[position] : POSITION_LABELS[position].toLowerCase()))
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}` : (names[0] ?? '')
}

export function describeAreas(areas: readonly BodyArea[]): string {
  return areas.map((area, index) => (index === 0 ? AREA_LABELS[area] : AREA_LABELS[area].toLowerCase())).join(', ')
}
