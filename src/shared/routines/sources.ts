/**
 * The source ids exercises and routines may cite. They mirror the table at the top of
 * /work/shared/content-facts.md; the content domain owns the full source records.
 */
export const FACT_SHEET_SOURCE_IDS = [
  'who-lbp',
  'acp-2017',
  'nice-ng59',
  'nhs-back-pain',
  'nhs-exercises',
  'nhs-inform-exercises',
  'mayo-stretches',
  'mayo-workday',
  'cleveland-spasms',
  'acsm-stretching',
  'harvard-stretching',
  'bupa-desk',
  'hse-breaks',
  'hse-posture',
  'aao-202020',
  'albulescu-2022',
  'waongenngarm-2021',
  'buckley-2015',
  'box-breathing',
  'diaphragmatic-breathing',
] as const

/**
 * Sources section 3b of the facts sheet uses by key (Mayo-office, Urmston, L) that have no id in its table yet.
 * They must be added to the table before release; until then they are accepted but listed as pending.
 */
export const PENDING_SOURCE_IDS = [
  // Mayo Clinic office stretches as summarised by USA Today [M]
  'mayo-office',
  // Urmston Physio neck exercises (rehabexercise.org) [L]
  'urmston-neck',
  // flyost.com and Northwich Foot Clinic back stretch pages [L] (cat-cow, glute bridge)
  'back-stretches-l',
] as const

export const ROUTINE_SOURCE_IDS = [...FACT_SHEET_SOURCE_IDS, ...PENDING_SOURCE_IDS] as const

export type RoutineSourceId = (typeof ROUTINE_SOURCE_IDS)[number]
