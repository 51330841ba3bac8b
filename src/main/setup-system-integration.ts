import type { Companion } from '../shared/app/companion'
import type { Snapshot } from '../shared/contract/contract'
import type { Settings } from '../shared/settings'
import type { HostLanguage } from './language'
import { applyStartAtLogin } from './login-item'
import { StretchShortcut } from './stretch-shortcut'

/**
 * The system settings applied to the OS as they change: start at login and the global stretch shortcut. A shortcut
 * that cannot be had becomes a notice, re-worded when the language changes while it shows. Returns the disposer.
 */
export function setupSystemIntegration(deps: {
  companion: Companion
  language: HostLanguage
  stretchNow: () => void
}): () => void {
  const { companion, language } = deps
  const shortcut = new StretchShortcut(deps.stretchNow, language.t)
  let appliedSystem: Settings['system'] | undefined
  let noticeLocale: string | undefined
  const showShortcutProblem = (problem: string | undefined): void => {
    if (!problem) return
    noticeLocale = language.locale()
    companion.notify({ id: 'shortcut-problem', level: 'warning', text: problem })
  }
  const apply = (snapshot: Snapshot): void => {
    const system = snapshot.settings.system
    if (system !== appliedSystem) {
      appliedSystem = system
      applyStartAtLogin(system.startAtLogin)
      showShortcutProblem(shortcut.apply(system))
    } else if (noticeLocale !== language.locale() && snapshot.notices.some(({ id }) => id === 'shortcut-problem')) {
      showShortcutProblem(shortcut.problem())
    }
  }
  apply(companion.getSnapshot())
  const unsubscribe = companion.subscribe(apply)
  return () => {
    unsubscribe()
    shortcut.dispose()
  }
}
