import type {
  Command,
  CompanionEvent,
  DispatchResult,
  EventChannels,
  EventName,
  Query,
  QueryResult,
  Snapshot,
  UnknotApi,
} from '../../../shared/contract/contract'

/** What the tabs of one browser profile say to each other. */
export type TabMessage =
  | { kind: 'command'; id: string; command: Command }
  | { kind: 'result'; id: string; result: DispatchResult }
  /** a query (a page of the journal) for the leader, and its answer for the tab that asked */
  | { kind: 'query'; id: string; query: Query }
  | { kind: 'answer'; id: string; result: QueryResult }
  | { kind: 'snapshot'; snapshot: Snapshot }
  | { kind: 'event'; event: CompanionEvent }
  /** a tab that just opened asks the leader for the current snapshot */
  | { kind: 'hello' }
  /** a tab has taken the lead: commands still unanswered are sent to it again */
  | { kind: 'leader' }

/** A BroadcastChannel, as far as the tabs use one (a tab never hears its own messages). */
export interface TabChannel {
  post(message: TabMessage): void
  listen(handler: (message: TabMessage) => void): void
}

/** The Web Lock that makes one tab the leader: `lead` runs once this tab holds it, and holds it while it runs. */
export interface Leadership {
  request(lead: () => Promise<void>): void
}

/** The companion as the leading tab runs it: a command with the same id is applied at most once. */
export interface LeaderCore {
  handle(id: string, command: Command): Promise<DispatchResult>
  snapshot(): Snapshot
  query(query: Query): QueryResult
  onSnapshot(listener: (snapshot: Snapshot) => void): void
  onEvent(listener: (event: CompanionEvent) => void): void
}

export function broadcastChannel(name: string): TabChannel {
  const channel = new BroadcastChannel(name)
  return {
    post: (message) => channel.postMessage(message),
    listen: (handler) => channel.addEventListener('message', (event: MessageEvent<TabMessage>) => handler(event.data)),
  }
}

export function webLock(name: string): Leadership {
  return {
    request: (lead) => {
      void navigator.locks.request(name, lead)
    },
  }
}

/**
 * One core per browser profile. Every tab asks for the lock; the first to hold it starts the core and serves the
 * others, which send their commands and get snapshots over the channel. When the leader closes or crashes, the
 * browser hands the lock to the next tab at once; it starts the core from what is stored and every unanswered
 * command is sent to it again: a command the old leader had stored is answered from the record of it, never
 * applied twice, and one it had not stored is applied now.
 */
export class TabHost {
  private core: LeaderCore | undefined
  private latest: Snapshot | undefined
  private readonly pending = new Map<string, { command: Command; resolve: (result: DispatchResult) => void }>()
  /** queries waiting for an answer; they change nothing, so one asked again of a new leader is harmless */
  private readonly asked = new Map<string, { query: Query; resolve: (result: QueryResult) => void }>()
  private readonly waitingForSnapshot: Array<{
    resolve: (snapshot: Snapshot) => void
    reject: (error: unknown) => void
  }> = []
  /** why this tab could not start the core, until a snapshot comes from one that could */
  private startFailure: { error: unknown } | undefined
  private readonly listeners: { [K in EventName]: Set<(payload: EventChannels[K]) => void> } = {
    snapshot: new Set(),
    navigate: new Set(),
    event: new Set(),
  }

  /** the contract but the desktop checks, which each page runs for itself (browser-desktop-check.ts) */
  readonly api: Omit<UnknotApi, 'checkDesktop'> = {
    dispatch: (command) => this.dispatch(command),
    getSnapshot: () => {
      if (this.latest) return Promise.resolve(this.latest)
      if (this.startFailure) return Promise.reject(this.startFailure.error)
      return new Promise((resolve, reject) => this.waitingForSnapshot.push({ resolve, reject }))
    },
    query: (query) => this.query(query),
    on: (event, listener) => {
      const set = this.listeners[event] as Set<typeof listener>
      set.add(listener)
      return () => set.delete(listener)
    },
  }

  constructor(
    private readonly channel: TabChannel,
    leadership: Leadership,
    private readonly startCore: () => Promise<LeaderCore>,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {
    channel.listen((message) => this.receive(message))
    channel.post({ kind: 'hello' })
    leadership.request(() => this.lead())
  }

  /** Whether this tab runs the core. */
  get leading(): boolean {
    return this.core !== undefined
  }

  private async lead(): Promise<void> {
    let core: LeaderCore
    try {
      core = await this.startCore()
    } catch (error) {
      // This tab cannot run the core (its code did not load, say): returning lets the lock go to another tab, and
      // whoever waits for a first snapshot hears why. Commands stay pending for a tab that takes the lead.
      this.startFailure = { error }
      for (const { reject } of this.waitingForSnapshot.splice(0)) reject(error)
      return
    }
    core.onSnapshot((snapshot) => {
      this.accept(structuredClone(snapshot))
      this.channel.post({ kind: 'snapshot', snapshot })
    })
    core.onEvent((event) => {
      for (const listener of this.listeners.event) listener(structuredClone(event))
      this.channel.post({ kind: 'event', event })
    })
    this.core = core
    this.accept(structuredClone(core.snapshot()))
    this.channel.post({ kind: 'snapshot', snapshot: core.snapshot() })
    for (const [id, { command }] of this.pending) void this.handleHere(core, id, command)
    for (const [id, { query }] of this.asked) this.answer(id, structuredClone(core.query(query)))
    this.channel.post({ kind: 'leader' })
    // The lock is held for as long as this tab lives; the browser releases it when the tab goes.
    await new Promise<never>(() => undefined)
  }

  private dispatch(command: Command): Promise<DispatchResult> {
    const id = this.newId()
    return new Promise((resolve) => {
      this.pending.set(id, { command, resolve })
      if (this.core) void this.handleHere(this.core, id, command)
      else this.channel.post({ kind: 'command', id, command })
    })
  }

  private query(query: Query): Promise<QueryResult> {
    if (this.core) return Promise.resolve(structuredClone(this.core.query(query)))
    const id = this.newId()
    return new Promise((resolve) => {
      this.asked.set(id, { query, resolve })
      this.channel.post({ kind: 'query', id, query })
    })
  }

  private answer(id: string, result: QueryResult): void {
    const waiting = this.asked.get(id)
    if (!waiting) return
    this.asked.delete(id)
    waiting.resolve(result)
  }

  private async handleHere(core: LeaderCore, id: string, command: Command): Promise<void> {
    const result = structuredClone(await core.handle(id, command))
    this.settle(id, result)
  }

  private settle(id: string, result: DispatchResult): void {
    const waiting = this.pending.get(id)
    if (!waiting) return
    this.pending.delete(id)
    waiting.resolve(result)
  }

  private receive(message: TabMessage): void {
    switch (message.kind) {
      case 'command':
        if (this.core) {
          const { id } = message
          void this.core.handle(id, message.command).then((result) => this.channel.post({ kind: 'result', id, result }))
        }
        return
      case 'query':
        if (this.core) this.channel.post({ kind: 'answer', id: message.id, result: this.core.query(message.query) })
        return
      case 'answer':
        this.answer(message.id, message.result)
        return
      case 'hello':
        if (this.core) this.channel.post({ kind: 'snapshot', snapshot: this.core.snapshot() })
        return
      case 'result':
        this.settle(message.id, message.result)
        return
      case 'snapshot':
        this.accept(message.snapshot)
        return
      case 'event':
        for (const listener of this.listeners.event) listener(message.event)
        return
      case 'leader':
        for (const [id, { command }] of this.pending) this.channel.post({ kind: 'command', id, command })
        for (const [id, { query }] of this.asked) this.channel.post({ kind: 'query', id, query })
        return
    }
  }

  private accept(snapshot: Snapshot): void {
    if (this.latest && snapshot.revision <= this.latest.revision) return
    this.latest = snapshot
    for (const { resolve } of this.waitingForSnapshot.splice(0)) resolve(snapshot)
    for (const listener of this.listeners.snapshot) listener(snapshot)
  }
}
