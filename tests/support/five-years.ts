import { DATA_VERSION, type PersistedData } from '../../src/shared/app/core-state'
import { initialFlareState } from '../../src/shared/flare'
import {
  initialJournalState,
  type JournalEntry,
  SPASM_AREAS,
  SPASM_SIDES,
  SPASM_TRIGGERS,
} from '../../src/shared/journal'
import { initialPostureState, persistedPosture } from '../../src/shared/posture'
import { BREAK_KINDS, HISTORY_DAYS, initialReminderState, type BreakRecord } from '../../src/shared/reminders'
import {
  HISTORY_LIMIT as ROUTINE_HISTORY_LIMIT,
  initialRoutinesState,
  type HistoryEntry,
} from '../../src/shared/routines'
import {
  HISTORY_LIMIT as THERAPY_HISTORY_LIMIT,
  initialTherapyState,
  type SessionRecord,
} from '../../src/shared/therapy'

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000
export const FIVE_YEARS_DAYS = 5 * 365 + 1

/** A small deterministic generator (mulberry32), so every run builds the same five years. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const NOTES = [
  '',
  '',
  'Bent down to tie a shoe and it caught.',
  'After a long drive; eased with heat in the evening.',
  'Woke up stiff, better after the lower-back routine and a short walk around the block before lunch.',
]
const ROUTINES = [
  { id: 'lower-back-relief', name: 'Lower-back relief' },
  { id: 'upper-back-neck', name: 'Upper back and neck' },
  { id: 'desk', name: 'At the desk' },
]

export interface FiveYears {
  /** the stored data document, as the companion writes it, holding what the core keeps of five years */
  data: PersistedData
  /** how many records the five years made before the core's own limits (break history 60 days, …) */
  made: { breaks: number; journal: number; routineSessions: number; therapySessions: number }
}

/**
 * Five years of use ending the day before `endWall` (UTC working days from 09:00): 10 breaks a day, a journal entry
 * every few days (mostly spasms, some with notes, some ratings), a routine on most days and a heat or cold
 * episode every few weeks. What the core keeps is what it would have kept: the last 60 days of breaks, the newest
 * routine and therapy sessions up to their limits, every journal entry.
 */
export function fiveYears(endWall: number, seed = 17): FiveYears {
  const next = random(seed)
  const firstDay = Math.floor(endWall / DAY_MS) * DAY_MS - FIVE_YEARS_DAYS * DAY_MS
  const breaks: BreakRecord[] = []
  const entries: JournalEntry[] = []
  const sessions: HistoryEntry[] = []
  const packs: SessionRecord[] = []
  let seq = 1
  let breaksMade = 0
  for (let day = 0; day < FIVE_YEARS_DAYS; day++) {
    const dayStart = firstDay + day * DAY_MS
    const keepBreaks = endWall - dayStart <= HISTORY_DAYS * DAY_MS
    for (let b = 0; b < 10; b++) {
      breaksMade++
      const roll = next()
      if (keepBreaks)
        breaks.push({
          kind: BREAK_KINDS[b % 3] ?? 'stretch',
          outcome: roll < 0.6 ? 'taken' : roll < 0.8 ? 'natural' : roll < 0.9 ? 'snoozed' : 'skipped',
          atWall: dayStart + 9 * HOUR_MS + b * 50 * 60_000,
        })
    }
    if (day % 3 === 0) {
      const wall = dayStart + 8 * HOUR_MS + Math.floor(next() * 10 * HOUR_MS)
      const id = `${wall.toString(36)}-${(seq++).toString(36)}`
      entries.push(
        next() < 0.7
          ? {
              kind: 'spasm',
              id,
              wall,
              area: SPASM_AREAS[Math.floor(next() * SPASM_AREAS.length)] ?? 'lower',
              side: SPASM_SIDES[Math.floor(next() * SPASM_SIDES.length)] ?? 'both',
              intensity: Math.floor(next() * 11),
              trigger: SPASM_TRIGGERS[Math.floor(next() * SPASM_TRIGGERS.length)] ?? 'other',
              note: NOTES[Math.floor(next() * NOTES.length)] ?? '',
            }
          : { kind: 'rating', id, wall, source: 'routine', rating: Math.floor(next() * 11), outcome: null, ref: null },
      )
    }
    if (next() < 0.7) {
      const routine = ROUTINES[day % ROUTINES.length] ?? ROUTINES[0]!
      const startedWall = dayStart + 12 * HOUR_MS
      sessions.push({
        sessionId: `session-${sessions.length + 1}`,
        routineId: routine.id,
        routineName: routine.name,
        startedWall,
        endedWall: startedWall + 6 * 60_000,
        completed: next() < 0.85,
        durationMs: 6 * 60_000,
        rating: next() < 0.5 ? Math.floor(next() * 11) : null,
      })
    }
    if (day % 20 === 0) {
      for (let s = 0; s < 3; s++) {
        packs.push({
          id: `therapy-${packs.length + 1}`,
          kind: s === 0 ? 'cold' : 'heat',
          presetId: 'spasm-stiffness',
          episodeId: `episode-${day}`,
          startWall: dayStart + (18 + s) * HOUR_MS,
          plannedMs: 15 * 60_000,
          actualMs: 15 * 60_000,
          endedEarly: false,
          endedWhileClosed: false,
        })
      }
    }
  }
  const routinesState = initialRoutinesState()
  const therapyState = initialTherapyState()
  return {
    data: {
      version: DATA_VERSION,
      reminders: { ...initialReminderState(), history: breaks },
      routines: {
        ...routinesState,
        history: sessions.slice(-ROUTINE_HISTORY_LIMIT),
        nextSessionNumber: sessions.length + 1,
      },
      therapy: { ...therapyState, history: packs.slice(-THERAPY_HISTORY_LIMIT), nextId: packs.length + 1 },
      journal: { ...initialJournalState(), entries, nextSeq: seq },
      flare: initialFlareState(),
      posture: persistedPosture(initialPostureState()),
    },
    made: {
      breaks: breaksMade,
      journal: entries.length,
      routineSessions: sessions.length,
      therapySessions: packs.length,
    },
  }
}
