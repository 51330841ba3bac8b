import { describe, expect, it } from 'vitest'
import { BUILT_IN_ROUTINES, restoreRoutines, type HistoryEntry, type Routine } from '../../../src/shared/routines'

const builtIn = BUILT_IN_ROUTINES[0]!
const mine = (id: string, fields: Partial<Routine> = {}): Routine => ({ ...builtIn, id, name: `Mine ${id}`, ...fields })
const session = (number: number, fields: Record<string, unknown> = {}): HistoryEntry =>
  ({
    sessionId: `session-${number}`,
    routineId: builtIn.id,
    routineName: builtIn.name,
    startedWall: number * 1000,
    endedWall: number * 1000 + 120_000,
    completed: true,
    durationMs: 120_000,
    rating: 6,
    ...fields,
  }) as HistoryEntry

describe('restoring the stored routines', () => {
  it('gives back what was stored, without the session that was playing', () => {
    const stored = {
      session: { sessionId: 'session-3', status: 'running' },
      history: [session(1), session(2, { rating: null })],
      customRoutines: [mine('custom-1')],
      nextCustomNumber: 2,
      nextSessionNumber: 4,
    }
    expect(restoreRoutines(stored)).toEqual({ state: { ...stored, session: null }, setAside: [] })
  })

  it('keeps every valid record, sets aside the rest, and says how many of each list', () => {
    const restored = restoreRoutines({
      session: null,
      history: [
        session(1),
        session(2, { rating: 99 }),
        session(3, { completed: 'yes' }),
        { sessionId: 'session-4' },
        session(5),
      ],
      customRoutines: [
        mine('custom-1'),
        mine('custom-2', { items: [] }),
        mine('not-custom'),
        mine('custom-1', { name: 'A second routine with the same id' }),
        null,
      ],
      nextCustomNumber: 3,
      nextSessionNumber: 6,
    })
    expect(restored?.state.history.map((entry) => entry.sessionId)).toEqual(['session-1', 'session-5'])
    expect(restored?.state.customRoutines).toEqual([mine('custom-1')])
    expect(restored?.setAside).toEqual([
      {
        text: 'Routines of yours that could not be read were set aside: {{count}} of {{total}}.',
        values: { count: 4, total: 5 },
      },
      {
        text: 'Sessions in your routine history that could not be read were set aside: {{count}} of {{total}}.',
        values: { count: 3, total: 5 },
      },
    ])
  })

  it('moves damaged counters past the ids already used', () => {
    const restored = restoreRoutines({
      history: [session(7)],
      customRoutines: [mine('custom-4')],
      nextCustomNumber: 'two',
      nextSessionNumber: -1,
    })
    expect(restored?.state).toMatchObject({ nextCustomNumber: 5, nextSessionNumber: 8 })
  })

  it('reads a store from before custom routines as having none, and cannot read lists that are not lists', () => {
    expect(restoreRoutines({ history: [], nextCustomNumber: 1, nextSessionNumber: 1 })?.state.customRoutines).toEqual(
      [],
    )
    expect(restoreRoutines({ history: [], customRoutines: 'mine' })).toBeNull()
    expect(restoreRoutines({ history: { 0: session(1) } })).toBeNull()
    expect(restoreRoutines(42)).toBeNull()
  })
})
