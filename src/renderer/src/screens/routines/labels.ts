import { msg, type Translate } from '../../../../shared/i18n'
import type { BodyArea, Position } from '../../../../shared/routines'

export const AREA_LABELS: Record<BodyArea, string> = {
  'lower-back': msg('Lower back'),
  'upper-back': msg('Upper back'),
  neck: msg('Neck'),
  shoulders: msg('Shoulders'),
  chest: msg('Chest'),
  hips: msg('Hips'),
  glutes: msg('Glutes'),
  core: msg('Core'),
  legs: msg('Legs'),
  eyes: msg('Eyes'),
  breathing: msg('Breathing'),
}

export const POSITION_LABELS: Record<Position, string> = {
  seated: msg('Seated'),
  standing: msg('Standing'),
  floor: msg('On the floor'),
}

/** "Seated", "Seated or standing"… in a fixed order, whatever order the routine uses them in. */
export function describePositions(positions: readonly Position[], t: Translate): string {
  const names = (['seated', 'standing', 'floor'] as const)
    .filter((position) => positions.includes(position))
    .map((position, index) => (index === 0 ? t(POSITION_LABELS[position]) : t(POSITION_LABELS[position]).toLowerCase()))
  const last = names.at(-1) ?? ''
  return names.length > 1 ? t('{{list}} and {{last}}', { list: names.slice(0, -1).join(', '), last }) : (names[0] ?? '')
}

export function describeAreas(areas: readonly BodyArea[], t: Translate): string {
  return areas
    .map((area, index) => (index === 0 ? t(AREA_LABELS[area]) : t(AREA_LABELS[area]).toLowerCase()))
    .join(', ')
}
