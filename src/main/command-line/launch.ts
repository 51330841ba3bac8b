/** What a command-line launch hands the running Unknot through the single-instance lock. */
export interface CommandLineLaunch {
  unknotCommandLine: { args: string[]; replyTo: string }
}

const MAX_ARGS = 8
const MAX_ARG_LENGTH = 64

/** Checks what arrived with a second launch: another program may have started Unknot with anything. */
export function isCommandLineLaunch(data: unknown): data is CommandLineLaunch {
  if (typeof data !== 'object' || data === null) return false
  const launch = (data as Partial<CommandLineLaunch>).unknotCommandLine
  return (
    typeof launch === 'object' &&
    launch !== null &&
    typeof launch.replyTo === 'string' &&
    Array.isArray(launch.args) &&
    launch.args.length <= MAX_ARGS &&
    launch.args.every((arg) => typeof arg === 'string' && arg.length <= MAX_ARG_LENGTH)
  )
}

/**
 * The words after `unknot` (after `electron .` when not packaged). A launch whose first word is a switch is an
 * ordinary start: the system and Chromium may add switches of their own.
 */
export function commandLineArgs(argv: readonly string[], packaged: boolean): string[] | null {
  const args = argv.slice(packaged ? 1 : 2)
  const first = args[0]
  if (first === undefined) return null
  if (first.startsWith('-') && first !== '--help' && first !== '-h') return null
  return [...args]
}
