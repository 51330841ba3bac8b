import { DATA_VERSION, type PersistedData } from '../../src/shared/app/core-state'
import * as flare from '../../src/shared/flare'
import type { JournalEntry } from '../../src/shared/journal'
import * as posture from '../../src/shared/posture'
import * as reminders from '../../src/shared/reminders'
import * as routines from '../../src/shared/routines'
import * as therapy from '../../src/shared/therapy'
import { DAY_MS, MINUTE_MS } from '../../src/shared/kernel/time'
import { seededRandom } from './seeded-random'

/** The morning the five years end: the data is what a companion would have stored by then. */
export const FIVE_YEARS_END = Date.UTC(2026, 10, 25, 9)
const DAYS = 5 * 365 + 1

const NOTES = [
  'after the long drive',
  'woke up stiff, eased after a walk',
  'lifting the shopping',
  'deadline week, sat too long',
  'better after heat and the desk routine',
  '',
]

/**
 * Five years of use as the data the companion stores, built directly (driving the companion through five years
 * would take minutes): a journal entry every few days (spasms, and ratings after routines), ten breaks a day (the
 * break history keeps its last 60 days), a routine most days and a heat or cold session every few (each history
 * at its limit). Every record is one the domains accept.
 */
export function fiveYearsOfData(): PersistedData {
  const random = seededRandom(17)
  const start = FIVE_YEARS_END - DAYS * DAY_MS
  const entries: JournalEntry[] = []
  for (let day = 0, seq = 1; day < DAYS; day += 2 + Math.floor(random() * 3), seq++) {
    const wall = start + day * DAY_MS + Math.floor(random() * 10 * 60) * MINUTE_MS
    const id = `${wall.toString(36)}-${seq.toString(36)}`
    entries.push(
      random() < 0.7
        ? {
            kind: 'spasm',
            id,
            wall,
            area: (['lower', 'upper', 'neck'] as const)[Math.floor(random() * 3)] ?? 'lower',
            side: (['left', 'right', 'both', 'centre'] as const)[Math.floor(random() * 4)] ?? 'both',
            intensity: Math.floor(random() * 11),
            trigger: (['lifting', 'long-sitting', 'stress', 'woke-up'] as const)[Math.floor(random() * 4)] ?? 'other',
            note: NOTES[Math.floor(random() * NOTES.length)] ?? '',
          }
        : { kind: 'rating', id, wall, source: 'routine', rating: Math.floor(random() * 11), outcome: null, ref: null },
    )
  }
  const history: reminders.BreakRecord[] = []
  for (let day = reminders.HISTORY_DAYS - 1; day >= 0; day--) {
    for (let n = 0; n < 10; n++) {
      history.push({
        kind: n % 3 === 0 ? 'stretch' : n % 3 === 1 ? 'micro' : 'water',
        outcome: random() < 0.8 ? 'taken' : 'snoozed',
        atWall: FIVE_YEARS_END - day * DAY_MS - (10 - n) * 45 * MINUTE_MS,
      })
    }
  }
  const routineHistory = Array.from({ length: routines.HISTORY_LIMIT }, (_, n) => {
    const startedWall = FIVE_YEARS_END - (routines.HISTORY_LIMIT - n) * DAY_MS
    return {
      sessionId: `s${n + 1}`,
      routineId: 'desk',
      routineName: 'Desk reset',
      startedWall,
      endedWall: startedWall + 2 * MINUTE_MS,
      completed: true,
      durationMs: 2 * MINUTE_MS,
      rating: random() < 0.5 ? Math.floor(random() * 11) : null,
    }
  })
  const sessions: therapy.SessionRecord[] = Array.from({ length: therapy.HISTORY_LIMIT }, (_, n) => ({
    id: `t${n + 1}`,
    kind: n % 2 === 0 ? 'heat' : 'cold',
    presetId: 'spasm-stiffness',
    episodeId: `e${Math.floor(n / 2) + 1}`,
    startWall: FIVE_YEARS_END - (therapy.HISTORY_LIMIT - n) * 3 * DAY_MS,
    plannedMs: 20 * MINUTE_MS,
    actualMs: 20 * MINUTE_MS,
    endedEarly: false,
    endedWhileClosed: false,
  }))
  return {
    version: DATA_VERSION,
    reminders: { ...reminders.initialReminderState(), history },
    routines: { ...routines.initialRoutinesState(), history: routineHistory, nextSessionNumber: 201 },
    therapy: { ...therapy.initialTherapyState(), history: sessions, nextId: therapy.HISTORY_LIMIT + 1 },
    journal: { entries, nextSeq: entries.length + 1, lastDeleted: null },
    flare: flare.initialFlareState(),
    posture: posture.persistedPosture(posture.initialPostureState()),
  }
}
