import { parseCommand, type Command, type DispatchResult, type Notice, type Snapshot } from './contract'
import { applySettingsPatch, defaultSettings, describeIssues, loadSettings, type Settings } from './settings'
import type { Clock, Timers } from './time'
import { WakeScheduler } from './wake-scheduler'

export interface Persistence {
  saveSettings(settings: Settings): void
}

export interface CompanionOptions {
  clock: Clock
  timers: Timers
  /** IANA zone the person lives in; read on every use, so a zone change is picked up. */
  timeZone: () => string
  /** what the host read from its store: `undefined` on a first run */
  storedSettings: unknown
  persistence: Persistence
}

type Listener = (snapshot: Snapshot) => void

/** The single owner of Unknot's state: takes commands, emits snapshots. */
export class Companion {
  private settings: Settings
  private notices: Notice[] = []
  private revision = 0
  private current: Snapshot
  private readonly listeners = new Set<Listener>()
  private readonly scheduler: WakeScheduler

  constructor(private readonly options: CompanionOptions) {
    this.settings = this.readStoredSettings(options.storedSettings)
    this.scheduler = new WakeScheduler(options.timers, () => this.wake())
    this.current = this.makeSnapshot()
  }

  getSnapshot(): Snapshot {
    return this.current
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Validates, applies, persists and publishes. A rejected command changes nothing. */
  dispatch(raw: unknown): DispatchResult {
    const parsed = parseCommand(raw)
    if (!parsed.ok) return { ok: false, error: parsed.error }
    const outcome = this.apply(parsed.command)
    if (!outcome.ok) return outcome
    this.publish()
    return { ok: true, snapshot: this.current }
  }

  dispose(): void {
    this.scheduler.cancel()
    this.listeners.clear()
  }

  private apply(command: Command): { ok: true } | Extract<DispatchResult, { ok: false }> {
    switch (command.type) {
      case 'updateSettings': {
        const updated = applySettingsPatch(this.settings, command.patch)
        if (!updated.ok) {
          return { ok: false, error: `Settings not saved. ${describeIssues(updated.issues)}`, issues: updated.issues }
        }
        this.settings = updated.settings
        this.options.persistence.saveSettings(this.settings)
        return { ok: true }
      }
      case 'resetSettings':
        this.settings = defaultSettings()
        this.options.persistence.saveSettings(this.settings)
        return { ok: true }
      case 'dismissNotice':
        this.notices = this.notices.filter((notice) => notice.id !== command.id)
        return { ok: true }
    }
  }

  private readStoredSettings(stored: unknown): Settings {
    if (stored === undefined) return defaultSettings()
    const loaded = loadSettings(stored)
    if (loaded.ok) return loaded.settings
    this.notices.push({
      id: 'settings-unreadable',
      level: 'error',
      text: `${loaded.error} Unknot is using its default settings; your old file was left untouched.`,
    })
    return defaultSettings()
  }

  private wake(): void {
    this.publish()
  }

  private publish(): void {
    this.current = this.makeSnapshot()
    this.scheduler.schedule(null)
    for (const listener of this.listeners) listener(this.current)
  }

  private makeSnapshot(): Snapshot {
    return {
      revision: this.revision++,
      at: this.options.clock.now(),
      timeZone: this.options.timeZone(),
      settings: this.settings,
      notices: [...this.notices],
    }
  }
}
