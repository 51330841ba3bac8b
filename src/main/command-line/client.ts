import { EXIT, HELP_TEXT, parseCommandLine } from '../../shared/hosting/command-line'
import { NO_ANSWER, NOT_RUNNING } from '../../shared/hosting/command-line-status'
import type { Translate } from '../../shared/i18n'
import { translateMessage } from '../../shared/kernel/message'
import type { TimerHandle, Timers } from '../../shared/kernel/time'
import type { CommandLineLaunch } from './launch'
import { listenForReply, replyAddress, type Reply } from './reply-channel'

/** The running Unknot answers at once; past this, it is stuck or busy starting, and the launch says so. */
export const ANSWER_TIMEOUT_MS = 10_000

export interface CommandLineClient {
  args: string[]
  userData: string
  /** app.requestSingleInstanceLock: false when another Unknot runs (it then gets `launch`) */
  requestLock(launch: CommandLineLaunch): boolean
  releaseLock(): void
  timers: Timers
  t: Translate
}

/**
 * A launch with a command: checks it, hands it to the running Unknot and waits for the answer. Never starts
 * Unknot: without one running there is nothing to command (exit 3). Resolves with what to print and the exit code.
 */
export async function runCommandLine(client: CommandLineClient): Promise<Reply> {
  const { t } = client
  const request = parseCommandLine(client.args)
  if (request.kind === 'help') return { code: EXIT.ok, text: t(HELP_TEXT) }
  if (request.kind === 'invalid') return { code: EXIT.usage, text: translateMessage(t, request.message) }
  const replyTo = replyAddress(client.userData)
  const listener = await listenForReply(replyTo)
  let handle: TimerHandle | undefined
  try {
    if (client.requestLock({ unknotCommandLine: { args: client.args, replyTo } })) {
      client.releaseLock()
      return { code: EXIT.notRunning, text: t(NOT_RUNNING) }
    }
    const noAnswer = new Promise<Reply>((resolve) => {
      handle = client.timers.setTimeout(() => resolve({ code: EXIT.refused, text: t(NO_ANSWER) }), ANSWER_TIMEOUT_MS)
    })
    return await Promise.race([listener.reply, noAnswer])
  } finally {
    if (handle) client.timers.clear(handle)
    listener.close()
  }
}
