import { globalShortcut } from 'electron'
import type { Translate } from '../shared/i18n'
import type { Settings } from '../shared/settings'

/**
 * The global "start a stretch" shortcut. Returns a sentence (in the language `t` speaks) when the shortcut cannot
 * be had (another app holds it), so the person can pick another one.
 */
export class StretchShortcut {
  private registered: string | undefined
  /** the accelerator another program held at the last apply */
  private taken: string | undefined

  constructor(
    private readonly onPress: () => void,
    private readonly t: Translate,
  ) {}

  apply(system: Settings['system']): string | undefined {
    const wanted = system.stretchShortcutEnabled ? system.stretchShortcut : undefined
    if (wanted === this.registered) return undefined
    if (this.registered) globalShortcut.unregister(this.registered)
    this.registered = undefined
    this.taken = undefined
    if (!wanted) return undefined
    if (!globalShortcut.register(wanted, this.onPress)) {
      this.taken = wanted
      return this.problem()
    }
    this.registered = wanted
    return undefined
  }

  /** The sentence for a shortcut another program holds, in the current language; undefined when there is none. */
  problem(): string | undefined {
    if (!this.taken) return undefined
    return this.t('The shortcut {{shortcut}} is already used by another program; choose another one in Settings.', {
      shortcut: this.taken,
    })
  }

  dispose(): void {
    if (this.registered) globalShortcut.unregister(this.registered)
    this.registered = undefined
  }
}
