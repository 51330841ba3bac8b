import { globalShortcut } from 'electron'
import type { Translate } from '../shared/i18n'
import type { Settings } from '../shared/settings'

type Refusal = 'not-registered' | 'mac-needs-command-or-control'

/** Option (Alt) and Shift alone: macOS (since 15) no longer delivers such a global shortcut to the app. */
export function onlyOptionOrShift(accelerator: string): boolean {
  const modifiers = accelerator.split('+').slice(0, -1)
  return modifiers.every((modifier) => ['alt', 'option', 'altgr', 'shift'].includes(modifier.toLowerCase()))
}

/**
 * The global "start a stretch" shortcut. Returns a sentence (in the language `t` speaks) when the shortcut cannot
 * be had, so the person can pick another one. Electron says only that a registration failed, not why: another
 * program may hold the shortcut, or the desktop may refuse it (on Wayland, where it goes through the desktop's
 * GlobalShortcuts portal, a desktop without one refuses them all).
 */
export class StretchShortcut {
  private registered: string | undefined
  /** the accelerator refused at the last apply, and why */
  private refused: { accelerator: string; why: Refusal } | undefined

  constructor(
    private readonly onPress: () => void,
    private readonly t: Translate,
  ) {}

  apply(system: Settings['system']): string | undefined {
    const wanted = system.stretchShortcutEnabled ? system.stretchShortcut : undefined
    if (wanted === this.registered) return undefined
    if (this.registered) globalShortcut.unregister(this.registered)
    this.registered = undefined
    this.refused = undefined
    if (!wanted) return undefined
    if (process.platform === 'darwin' && onlyOptionOrShift(wanted)) {
      this.refused = { accelerator: wanted, why: 'mac-needs-command-or-control' }
    } else if (!globalShortcut.register(wanted, this.onPress)) {
      this.refused = { accelerator: wanted, why: 'not-registered' }
    } else {
      this.registered = wanted
    }
    return this.problem()
  }

  /** The sentence for a refused shortcut, in the current language; undefined when there is none. */
  problem(): string | undefined {
    if (!this.refused) return undefined
    const shortcut = this.refused.accelerator
    return this.refused.why === 'mac-needs-command-or-control'
      ? this.t(
          'macOS does not pass on a global shortcut whose only modifiers are Option and Shift, so {{shortcut}} would never work; choose one with Command or Control in Settings.',
          { shortcut },
        )
      : this.t(
          'Unknot could not register the shortcut {{shortcut}}: another program may be using it, or this desktop does not allow global shortcuts. Choose another one in Settings.',
          { shortcut },
        )
  }

  dispose(): void {
    if (this.registered) globalShortcut.unregister(this.registered)
    this.registered = undefined
  }
}
