import { parseCommand, type Command, type ValidCommand } from '../contract/commands'
import { msg } from '../i18n/catalog'
import { messageOf, type Message } from '../kernel/message'

/** What a launch with arguments asks of the running Unknot, checked before anything is sent. */
export type CommandLineRequest =
  | { kind: 'help' }
  | { kind: 'status'; json: boolean }
  | { kind: 'command'; command: ValidCommand }
  | { kind: 'invalid'; message: Message }

/** How the second launch exits: scripts branch on these. */
export const EXIT = { ok: 0, refused: 1, usage: 2, notRunning: 3 } as const

export const HELP_TEXT = msg(`Usage: unknot [command]
  pause 30m|1h|tomorrow|indefinitely   pause break reminders
  resume                               resume break reminders
  snooze 5m|10m|15m|30m                put off the break that is due
  stretch                              start a stretch break now
  meeting 45m                          hold breaks during a meeting (5m to 4h)
  status [--json]                      say when the next break is due
  --help                               show this help
With no command, Unknot starts (or shows its window).
Exit codes: 0 done, 1 refused by Unknot, 2 not understood, 3 Unknot is not running.`)

const invalid = (text: string, values?: Record<string, string>): CommandLineRequest => {
  const { error, message } = messageOf(text, values)
  return { kind: 'invalid', message: message ?? { text: error } }
}

/** "45m", "90min", "1h" as whole minutes; null when it is not a length of time. */
function minutesOf(word: string | undefined): number | null {
  const match = /^(\d{1,4})(m|min|h)$/.exec(word ?? '')
  if (!match) return null
  return Number(match[1]) * (match[2] === 'h' ? 60 : 1)
}

const PAUSES: Record<string, string> = {
  '30m': '30m',
  '30min': '30m',
  '60m': '1h',
  '1h': '1h',
  tomorrow: 'tomorrow',
  indefinitely: 'indefinite',
  indefinite: 'indefinite',
}

function commandFor(verb: string, rest: string[]): Command | CommandLineRequest {
  switch (verb) {
    case 'pause': {
      if (rest[0] === undefined) return invalid(msg('Say how long to pause: 30m, 1h, tomorrow or indefinitely.'))
      return { type: 'pauseReminders', payload: { for: PAUSES[rest[0]] ?? rest[0] } } as Command
    }
    case 'resume':
      return { type: 'resumeReminders' }
    case 'snooze': {
      const minutes = rest[0] === undefined ? 10 : minutesOf(rest[0])
      if (minutes === null) return invalid(msg('Say how long to snooze, such as 10m.'))
      return { type: 'snoozeBreak', payload: { minutes } } as Command
    }
    case 'stretch':
      return { type: 'startBreak', payload: { kind: 'stretch' } }
    case 'meeting': {
      const minutes = minutesOf(rest[0])
      if (minutes === null) return invalid(msg('Say how long the meeting lasts, such as 45m or 1h.'))
      return { type: 'startMeeting', payload: { minutes } }
    }
    default:
      return invalid(msg('Unknot has no command "{{name}}". Run unknot --help to see them.'), {
        name: verb.slice(0, 40),
      })
  }
}

const ARGUMENTS_TAKEN: Record<string, number> = { pause: 1, snooze: 1, meeting: 1, resume: 0, stretch: 0 }

/**
 * Reads the words after `unknot`. Every command becomes the same contract command the window sends and is
 * validated the same way, so a length Unknot does not offer is refused here with the contract's own words.
 */
export function parseCommandLine(args: readonly string[]): CommandLineRequest {
  const [verb, ...rest] = args
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') return { kind: 'help' }
  if (verb === 'status') {
    const json = rest[0] === '--json'
    if (rest.length > (json ? 1 : 0)) return invalid(msg('"status" takes only --json.'))
    return { kind: 'status', json }
  }
  const taken = ARGUMENTS_TAKEN[verb]
  if (taken !== undefined && rest.length > taken) {
    return invalid(msg('"{{name}}" does not take "{{extra}}".'), { name: verb, extra: rest[taken]!.slice(0, 40) })
  }
  const command = commandFor(verb, rest)
  if ('kind' in command) return command
  const parsed = parseCommand(command)
  if (parsed.ok) return { kind: 'command', command: parsed.command }
  const issue = parsed.issues?.[0]
  return { kind: 'invalid', message: issue ? { text: issue.message } : (parsed.message ?? { text: parsed.error }) }
}
