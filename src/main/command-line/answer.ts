import type { Companion } from '../../shared/app/companion'
import { EXIT, HELP_TEXT, parseCommandLine } from '../../shared/hosting/command-line'
import { commandLineStatus, commandLineStatusLine, DONE } from '../../shared/hosting/command-line-status'
import type { Translate } from '../../shared/i18n'
import { failureText, translateMessage } from '../../shared/kernel/message'
import type { Reply } from './reply-channel'

export interface Answering {
  companion: Pick<Companion, 'dispatch' | 'getSnapshot' | 'refresh'>
  t: Translate
  now: () => number
  /** a stretch started from the command line opens the routine player, as the tray's does */
  showRoutines: () => void
}

/** The running Unknot's answer to a command line: checked again here, since any program can launch Unknot. */
export function answerCommandLine(args: string[], answering: Answering): Reply {
  const { companion, t } = answering
  const request = parseCommandLine(args)
  switch (request.kind) {
    case 'help':
      return { code: EXIT.ok, text: t(HELP_TEXT) }
    case 'invalid':
      return { code: EXIT.usage, text: translateMessage(t, request.message) }
    case 'status': {
      companion.refresh()
      const status = commandLineStatus(companion.getSnapshot(), answering.now())
      return { code: EXIT.ok, text: request.json ? JSON.stringify(status) : commandLineStatusLine(status, t) }
    }
    case 'command': {
      const result = companion.dispatch(request.command)
      if (!result.ok) return { code: EXIT.refused, text: failureText(t, result) }
      if (request.command.type === 'startBreak') answering.showRoutines()
      return { code: EXIT.ok, text: t(DONE) }
    }
  }
}
