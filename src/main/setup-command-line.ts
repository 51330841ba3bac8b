import { app } from 'electron'
import type { Companion } from '../shared/app/companion'
import { hostTime } from '../shared/kernel/time'
import type { Translate } from '../shared/i18n'
import { answerCommandLine } from './command-line/answer'
import { runCommandLine } from './command-line/client'
import { commandLineArgs, isCommandLineLaunch } from './command-line/launch'
import { isReplyAddress, sendReply, type Reply } from './command-line/reply-channel'
import { hostLanguage } from './language'

const realTimers = () =>
  hostTime({
    wallNow: Date.now,
    monotonicNow: () => performance.now(),
    schedule: (callback, delayMs) => setTimeout(callback, delayMs),
    cancel: (token) => clearTimeout(token as NodeJS.Timeout),
  })

/** Prints as a command-line tool does: the answer on stdout, a refusal on stderr. */
function print(reply: Reply): void {
  const stream = reply.code === 0 ? process.stdout : process.stderr
  stream.write(reply.text.endsWith('\n') ? reply.text : `${reply.text}\n`)
}

/**
 * In a launch with a command (`unknot pause 30m`): hands it to the running Unknot, prints the answer and exits
 * with its code. Returns false for an ordinary start, which goes on as before.
 */
export async function handleCommandLineLaunch(argv: readonly string[] = process.argv): Promise<boolean> {
  const args = commandLineArgs(argv, app.isPackaged)
  if (!args) return false
  const reply = await runCommandLine({
    args,
    userData: app.getPath('userData'),
    requestLock: (launch) => app.requestSingleInstanceLock({ ...launch }),
    releaseLock: () => app.releaseSingleInstanceLock(),
    timers: realTimers(),
    t: hostLanguage('system').t,
  })
  print(reply)
  app.exit(reply.code)
  return true
}

export interface CommandLineHost {
  companion: Pick<Companion, 'dispatch' | 'getSnapshot' | 'refresh'>
  t: Translate
  showRoutines: () => void
  now?: () => number
}

/** In the running Unknot: answers each command-line launch at the address it listens on. */
export function setupCommandLine(host: CommandLineHost): () => void {
  const userData = app.getPath('userData')
  const onLaunch = (_event: Electron.Event, _argv: string[], _cwd: string, data: unknown): void => {
    if (!isCommandLineLaunch(data)) return
    const { args, replyTo } = data.unknotCommandLine
    if (!isReplyAddress(replyTo, userData)) return
    const reply = answerCommandLine(args, { ...host, now: host.now ?? Date.now })
    void sendReply(replyTo, reply)
  }
  app.on('second-instance', onLaunch)
  return () => app.off('second-instance', onLaunch)
}
