import { describe, expect, it } from 'vitest'
import { commandPayloads, parseCommand, type Command, type CommandType } from '../../../src/shared/contract/contract'

const NOT_UNDERSTOOD = 'Unknot did not understand part of that request, so nothing changed.'
const UNKNOWN_FIELD = { path: '', message: NOT_UNDERSTOOD }

/** One command per domain with a payload that is valid as it stands. */
const validCommands: Record<string, Command> = {
  settings: { type: 'dismissNotice', payload: { id: 'welcome' } },
  reminders: { type: 'snoozeBreak', payload: { minutes: 5 } },
  routines: { type: 'rateSession', payload: { rating: 4 } },
  journal: { type: 'logSpasm', payload: { area: 'lower', side: 'both', intensity: 6, trigger: 'long-sitting' } },
  therapy: { type: 'startTherapyEpisode', payload: { presetId: 'spasm-stiffness' } },
}

describe('every command payload is strict', () => {
  it.each(Object.entries(validCommands))(
    '%s: an unknown field next to valid ones is refused, and nothing else is wrong',
    (_, command) => {
      expect(parseCommand(command).ok).toBe(true)
      const withUnknown = parseCommand({ ...command, payload: { ...command.payload, colour: 'red' } })
      expect(withUnknown).toEqual({
        ok: false,
        error: NOT_UNDERSTOOD,
        message: { text: NOT_UNDERSTOOD },
        issues: [UNKNOWN_FIELD],
        detail: `"${command.type}": Unrecognized key: "colour"`,
      })
    },
  )

  it('no command of any domain drops an unknown field silently', () => {
    const accepting = (Object.keys(commandPayloads) as CommandType[]).filter((type) => {
      const result = parseCommand({ type, payload: { colour: 'red' } })
      return result.ok || !result.detail?.includes('Unrecognized key: "colour"')
    })
    expect(accepting).toEqual([])
  })

  it('a routine a person made refuses an unknown field inside it too', () => {
    const routine = { name: 'Mine', items: [{ exerciseId: 'cat-cow', seconds: 30 }], colour: 'red' }
    const result = parseCommand({ type: 'saveCustomRoutine', payload: { routine } })
    expect(result.ok || result.issues).toEqual([{ path: 'routine', message: NOT_UNDERSTOOD }])
    expect(result.ok || result.detail).toBe('"saveCustomRoutine": routine: Unrecognized key: "colour"')
  })
})
