import { describe, expect, it } from 'vitest'
import { parseCommandLine } from '../../../src/shared/hosting/command-line'

describe('parseCommandLine', () => {
  it.each([
    [['pause', '30m'], { type: 'pauseReminders', payload: { for: '30m' } }],
    [['pause', '60m'], { type: 'pauseReminders', payload: { for: '1h' } }],
    [['pause', 'indefinitely'], { type: 'pauseReminders', payload: { for: 'indefinite' } }],
    [['resume'], { type: 'resumeReminders', payload: {} }],
    [['snooze'], { type: 'snoozeBreak', payload: { minutes: 10 } }],
    [['snooze', '5m'], { type: 'snoozeBreak', payload: { minutes: 5 } }],
    [['stretch'], { type: 'startBreak', payload: { kind: 'stretch' } }],
    [['meeting', '1h'], { type: 'startMeeting', payload: { minutes: 60 } }],
    [['meeting', '45min'], { type: 'startMeeting', payload: { minutes: 45 } }],
  ])('reads `unknot %j` as the contract command the window sends', (args, command) => {
    expect(parseCommandLine(args)).toEqual({ kind: 'command', command })
  })

  it('reads status, with or without --json, and help in its usual spellings', () => {
    expect(parseCommandLine(['status'])).toEqual({ kind: 'status', json: false })
    expect(parseCommandLine(['status', '--json'])).toEqual({ kind: 'status', json: true })
    for (const help of ['--help', '-h', 'help']) expect(parseCommandLine([help])).toEqual({ kind: 'help' })
  })

  it('refuses what the contract refuses, in the contract’s own words (translatable)', () => {
    expect(parseCommandLine(['meeting', '0m'])).toEqual({
      kind: 'invalid',
      message: { text: 'A meeting lasts 5 to 240 whole minutes.' },
    })
    expect(parseCommandLine(['meeting', '-5m'])).toMatchObject({ kind: 'invalid' })
  })
})
