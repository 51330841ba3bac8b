import {
  parseCommand,
  parseQuery,
  type CompanionEvent,
  type DispatchResult,
  type HostInput,
  type IdleSourceKind,
  type Notice,
  type QueryResult,
  type Snapshot,
} from '../contract/contract'
import { answerQuery } from './queries'
import { observeHost } from './host-inputs'
import { initialIdleSourceHealth } from '../reminders/idle-source'
import { DOMAINS, type CoreState, type Domain } from './core-state'
import { allRecords, changedRecords, dataFromRecords, recordKeysOf } from './data-records'
import { handlers } from './handlers'
import { advanceDomains, nextWakeMs } from './advance'
import { reminderContext, therapySettings, type CommandContext, type CommandOutcome } from './domain-step'
import * as flare from '../flare'
import * as journal from '../journal'
import * as progress from '../progress'
import * as posture from '../posture'
import * as reminders from '../reminders'
import * as therapy from '../therapy'
import * as routines from '../routines'
import { restoreStored } from './restore'
import type { DocumentStore, FormerDocument, RecordStore } from '../kernel/storage'
import {
  laterSaveMessage,
  notSavedMessage,
  STORAGE_NOTICE_ID,
  storageFailureKind,
  type StorageFailureKind,
} from '../kernel/storage-failure'
import { interpolate, type Message } from '../kernel/message'
import { readInstant, type Clock, type Timers } from '../kernel/time'
import { WakeScheduler } from '../kernel/wake-scheduler'

export interface CompanionOptions {
  clock: Clock
  timers: Timers
  /** IANA zone the person lives in; read on every use, so a zone change is picked up. */
  timeZone: () => string
  /**
   * where the host keeps the settings and the domains' data; `formerData` is the single data document of earlier
   * versions, moved into records on the first start that finds no records
   */
  stores: { settings: DocumentStore; data: RecordStore; formerData?: FormerDocument }
  /** where the host's idle readings come from */
  idleSourceKind?: IdleSourceKind
  /**
   * The host reads idle time when `nextReadingMs` says, including the instant a prompt falls due (asking its call
   * detector first), so prompts come at its readings and the companion does not wake for them itself.
   */
  readsBeforePrompts?: boolean
}

type Listener<T> = (value: T) => void

/** The single owner of Unknot's state: takes commands, emits snapshots and events. */
export class Companion {
  private core: CoreState
  private revision = 0
  private current: Snapshot
  private readonly snapshotListeners = new Set<Listener<Snapshot>>()
  private readonly eventListeners = new Set<Listener<CompanionEvent>>()
  private readonly scheduler: WakeScheduler
  private eventsOnFirstWake: CompanionEvent[]
  private publishedRemindersKey = ''
  /** the state as last stored: a change writes only what differs from it, so what a failed write left is written next */
  private stored: CoreState
  /** domains to write whole with the next change (read back from elsewhere, or set aside), as records */
  private dueDomains: readonly Domain[] = []
  /** the former data document, to keep aside once its records are stored */
  private formerToRetire: FormerDocument | undefined
  /** whether a change the companion made by itself is still unstored (its notice shows until it is stored) */
  private unsaved = false

  constructor(private readonly options: CompanionOptions) {
    const { settings, data } = options.stores
    const ctx = this.context()
    const records = data.read()
    const former = records.size === 0 ? options.stores.formerData : undefined
    const formerDocument = former?.read()
    this.formerToRetire = formerDocument === undefined ? undefined : former
    let formerBackup: { value: unknown } | undefined
    const restored = restoreStored(
      {
        settings: settings.read(),
        data: this.formerToRetire ? formerDocument : dataFromRecords(records),
        recoverSettings: () => settings.recover(),
        recoverData: (domains) => {
          if (!this.formerToRetire) {
            return dataFromRecords(data.recover(domains.flatMap((domain) => recordKeysOf(domain, records.keys()))))
          }
          formerBackup ??= { value: this.formerToRetire.recover() }
          return formerBackup.value
        },
      },
      ctx.at,
    )
    this.core = {
      settings: restored.settings,
      notices: restored.notices,
      ...restored.data,
      idleSource: { ...initialIdleSourceHealth(), kind: options.idleSourceKind ?? 'system' },
      detectors: {},
      calendarFeeds: [],
    }
    this.stored = this.core
    if (restored.rewrite.settings) settings.write(this.core.settings)
    // Moved from the former document, or set aside: written at once, so the next start reads it.
    this.dueDomains = this.formerToRetire ? DOMAINS : restored.rewrite.data
    const failure = this.save(this.core)
    if (failure) this.unsaved = true
    if (failure) this.core = withStorageNotice(this.core, laterSaveMessage(failure.kind), true)
    this.eventsOnFirstWake = restored.events
    this.scheduler = new WakeScheduler(options.timers, () => this.wake())
    this.current = this.makeSnapshot(ctx)
    this.publishedRemindersKey = reminders.reminderViewKey(this.core.reminders, ctx.at, reminderContext(this.core, ctx))
    // Events from the time the app was closed go out on a wake right after start, once the host listens.
    if (this.eventsOnFirstWake.length > 0) this.scheduler.schedule(0)
    else this.reschedule(ctx)
  }

  getSnapshot(): Snapshot {
    return this.current
  }

  subscribe(listener: Listener<Snapshot>): () => void {
    this.snapshotListeners.add(listener)
    return () => this.snapshotListeners.delete(listener)
  }

  onEvent(listener: Listener<CompanionEvent>): () => void {
    this.eventListeners.add(listener)
    return () => this.eventListeners.delete(listener)
  }

  /** Validates, applies, persists and publishes. A rejected command changes nothing. */
  dispatch(raw: unknown): DispatchResult {
    const parsed = parseCommand(raw)
    if (!parsed.ok) return parsed
    const ctx = this.context()
    const caughtUp = advanceDomains(this.core, ctx)
    const { type, payload } = parsed.command
    const outcome = (handlers[type] as (core: CoreState, payload: unknown, ctx: CommandContext) => CommandOutcome)(
      caughtUp.state,
      payload,
      ctx,
    )
    // A refusal changes nothing, not even the catching-up: the next wake does that again, events included.
    if (!outcome.ok) {
      const { error, message, issues, detail } = outcome
      return {
        ok: false,
        error,
        ...(message ? { message } : {}),
        ...(issues ? { issues } : {}),
        ...(detail ? { detail } : {}),
      }
    }
    // Nothing is acknowledged that is not stored: a change the store refuses is not applied at all.
    const failure = this.save(outcome.state)
    if (failure) {
      const message = notSavedMessage(failure.kind)
      return { ok: false, error: interpolate(message.text, message.values), message, detail: failure.detail }
    }
    this.commit(outcome.state, [...caughtUp.events, ...outcome.events], ctx, false, true)
    return { ok: true, revision: this.current.revision, events: outcome.events }
  }

  /** Answers a query from the state as it is; a malformed one is refused in plain words. Nothing changes. */
  query(raw: unknown): QueryResult {
    const parsed = parseQuery(raw)
    return parsed.ok ? { ok: true, answer: answerQuery(this.core, parsed.query) } : parsed
  }

  /** A message from the host itself (e.g. a shortcut that could not be registered); replaces one with the same id. */
  notify(notice: Notice): void {
    const notices = [...this.core.notices.filter((existing) => existing.id !== notice.id), notice]
    this.commit({ ...this.core, notices }, [], this.context())
  }

  dispose(): void {
    this.scheduler.cancel()
    this.snapshotListeners.clear()
    this.eventListeners.clear()
  }

  private wake(): void {
    const ctx = this.context()
    const caughtUp = advanceDomains(this.core, ctx)
    const held = this.eventsOnFirstWake
    this.eventsOnFirstWake = []
    this.commit(caughtUp.state, [...held, ...caughtUp.events], ctx, true)
  }

  /** What the host observed: idle time, suspend/resume, lock/unlock, a fullscreen app. */
  observe(input: HostInput): void {
    const ctx = this.context()
    // The reading first (so work since the last one is counted net of idle time), then everything else.
    const observed = observeHost(this.core, input, ctx)
    const caughtUp = advanceDomains(observed.state, ctx)
    this.commit(caughtUp.state, [...observed.events, ...caughtUp.events], ctx)
  }

  /** Milliseconds until the host should read idle time next (see reminders' `nextReadingMs`). */
  nextReadingMs(): number {
    const ctx = this.context()
    return reminders.nextReadingMs(this.core.reminders, ctx.at, reminderContext(this.core, ctx))
  }

  /** Whether the host should ask its call detector before handing over a reading of `idleSeconds`. */
  callCheckNeeded(idleSeconds: number): boolean {
    const ctx = this.context()
    return reminders.callCheckNeeded(this.core.reminders, idleSeconds, ctx.at, reminderContext(this.core, ctx))
  }

  /** Publishes a fresh snapshot without any change, for a host showing a countdown at minute resolution. */
  refresh(): void {
    this.wake()
  }

  private commit(
    next: CoreState,
    events: CompanionEvent[],
    ctx: CommandContext,
    publishAnyway = false,
    saved = false,
  ): void {
    const previous = this.core
    const failure = saved ? undefined : this.save(next)
    if (failure) this.unsaved = true
    this.core = withStorageNotice(next, failure && laterSaveMessage(failure.kind), this.unsaved)
    next = this.core
    const remindersKey = reminders.reminderViewKey(next.reminders, ctx.at, reminderContext(next, ctx))
    // Time alone changes what reminders show (a calendar meeting begins): compared with what was last published.
    const remindersMoved = remindersKey !== this.publishedRemindersKey
    if (remindersMoved || visiblyChanged(previous, next) || events.length > 0 || publishAnyway) {
      this.publishedRemindersKey = remindersKey
      this.current = this.makeSnapshot(ctx)
      for (const listener of this.snapshotListeners) listener(this.current)
    }
    for (const event of events) for (const listener of this.eventListeners) listener(event)
    this.reschedule(ctx)
  }

  /**
   * Writes what changed since the last stored state: the settings, and only the data records that differ, all of a
   * change in one write. A store that cannot keep it throws (a full disk, a read-only file); what was due stays due,
   * so the next change writes it again.
   */
  private save(next: CoreState): { kind: StorageFailureKind; detail: string } | undefined {
    const { settings, data } = this.options.stores
    const changes = changedRecords(this.stored, next)
    for (const [key, value] of allRecords(next, this.dueDomains)) changes.set(key, value)
    try {
      if (next.settings !== this.stored.settings) {
        settings.write(next.settings)
        this.stored = { ...this.stored, settings: next.settings }
      }
      if (changes.size > 0) data.write(changes)
      this.stored = next
      this.dueDomains = []
      this.unsaved = false
      this.retireFormer()
      return undefined
    } catch (error) {
      return { kind: storageFailureKind(error), detail: String(error) }
    }
  }

  /** Keeps the former document aside once its records are stored; if that fails it stays, and is not read again. */
  private retireFormer(): void {
    const former = this.formerToRetire
    this.formerToRetire = undefined
    try {
      former?.retire()
    } catch {
      // the records are stored and are what the next start reads; the former document is only left in place
    }
  }

  private reschedule(ctx: CommandContext): void {
    this.scheduler.schedule(nextWakeMs(this.core, ctx))
  }

  private context(): CommandContext {
    const ctx = { at: readInstant(this.options.clock), timeZone: this.options.timeZone() }
    return this.options.readsBeforePrompts ? { ...ctx, readsBeforePrompts: true } : ctx
  }

  private makeSnapshot(ctx: CommandContext): Snapshot {
    const spasms = flare.spasmMarks(this.core.journal.entries)
    return {
      revision: this.revision++,
      at: ctx.at.wall,
      timeZone: ctx.timeZone,
      settings: this.core.settings,
      notices: [...this.core.notices],
      reminders: reminders.reminderView(this.core.reminders, ctx.at, reminderContext(this.core, ctx)),
      routines: routines.routinesView(this.core.routines, ctx.at),
      therapy: therapy.therapyView(this.core.therapy, ctx.at, therapySettings(this.core, ctx)),
      journal: {
        ...journal.journalView(this.core.journal, ctx.at, ctx.timeZone),
        breaksPerDay: breaksTakenPerDay(this.core.reminders, ctx),
      },
      flare: flare.flareView(
        this.core.flare,
        spasms,
        ctx.at,
        this.core.settings.reminders.stretch.everyMinutes,
        ctx.timeZone,
      ),
      progress: progress.progressView(
        this.core.reminders,
        this.core.routines,
        spasms.map((spasm) => spasm.wall),
        this.core.settings,
        ctx.at,
        ctx.timeZone,
      ),
      posture: posture.postureView(
        this.core.posture,
        this.core.settings.posture,
        ctx.at,
        ctx.timeZone,
        this.core.reminders.away !== null || this.core.reminders.call !== null,
      ),
      host: {
        idleSource: { kind: this.core.idleSource.kind, stuck: this.core.idleSource.stuck },
        detectors: this.core.detectors,
        calendarFeeds: this.core.calendarFeeds,
      },
    }
  }
}

/** Shows the notice while a change is left unstored, and takes it away once everything is stored again. */
function withStorageNotice(core: CoreState, problem: Message | undefined, unsaved: boolean): CoreState {
  const shown = core.notices.some((notice) => notice.id === STORAGE_NOTICE_ID)
  if (problem) {
    const notice: Notice = {
      id: STORAGE_NOTICE_ID,
      level: 'error',
      text: interpolate(problem.text, problem.values),
      message: problem,
    }
    return { ...core, notices: [...core.notices.filter((existing) => existing.id !== STORAGE_NOTICE_ID), notice] }
  }
  if (!shown || unsaved) return core
  return { ...core, notices: core.notices.filter((notice) => notice.id !== STORAGE_NOTICE_ID) }
}

/**
 * Idle readings move internal bookkeeping (the idle-source run, the reminder counters) without changing what a
 * person sees; only a change of what the snapshot shows is published.
 */
function visiblyChanged(previous: CoreState, next: CoreState): boolean {
  if (previous === next) return false
  const keys = Object.keys(next) as Array<keyof CoreState>
  return keys.some((key) => {
    if (key === 'idleSource') {
      return previous.idleSource.stuck !== next.idleSource.stuck || previous.idleSource.kind !== next.idleSource.kind
    }
    // what reminders show is compared with what was last published (Companion.commit)
    if (key === 'reminders' && previous.settings === next.settings) return false
    return previous[key] !== next[key]
  })
}

/**
 * Breaks taken (prompted or natural) per local day over the last four weeks, for the journal's chart; the local
 * day of each record is worked out once per history, not at every snapshot.
 */
function breaksTakenPerDay(state: reminders.ReminderState, ctx: CommandContext): Array<{ day: string; taken: number }> {
  const taken = progress.countByDay(state.history, (record) => record.atWall, ctx.timeZone, progress.isTakenBreak)
  return progress.lastDays(ctx.at, ctx.timeZone, 28).map(({ key }) => ({ day: key, taken: taken.get(key) ?? 0 }))
}
