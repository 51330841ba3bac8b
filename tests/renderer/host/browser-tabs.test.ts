import { describe, expect, it } from 'vitest'
import { parseQuery, type Command, type DispatchResult, type Snapshot } from '../../../src/shared/contract/contract'
import { journalPage, type JournalEntry } from '../../../src/shared/journal'
import { journalEntries } from '../../support/journal-pages'
import {
  TabHost,
  type LeaderCore,
  type Leadership,
  type TabChannel,
  type TabMessage,
} from '../../../src/renderer/src/host/browser-tabs'

/** A BroadcastChannel between tabs: delivered on the next turn, never to the sender, never to a closed tab. */
class Bus {
  private readonly tabs = new Map<number, (message: TabMessage) => void>()
  private next = 0
  /** what a leader drops on the floor when it dies before answering */
  silenced = new Set<number>()

  channel(): TabChannel & { close(): void } {
    const me = this.next++
    return {
      post: (message) => {
        if (this.silenced.has(me)) return
        for (const [tab, handler] of this.tabs)
          if (tab !== me) queueMicrotask(() => this.tabs.get(tab) === handler && handler(message))
      },
      listen: (handler) => void this.tabs.set(me, handler),
      close: () => void this.tabs.delete(me),
    }
  }
}

/** The Web Lock: granted to one tab at a time, in the order asked, passed on when the holder goes. */
class Lock {
  private readonly queue: Array<() => Promise<void>> = []
  private held = false

  leadership(): Leadership {
    return { request: (lead) => this.ask(lead) }
  }

  release(): void {
    this.held = false
    this.grant()
  }

  private ask(lead: () => Promise<void>): void {
    this.queue.push(lead)
    this.grant()
  }

  private grant(): void {
    const next = this.held ? undefined : this.queue.shift()
    if (!next) return
    this.held = true
    void next()
  }
}

/** What the database keeps: entries and the answers to applied commands, shared by every leader. */
class Db {
  entries: string[] = []
  answers = new Map<string, DispatchResult>()
}

function core(db: Db, term: number, hooks: { beforeAnswer?: () => void } = {}): LeaderCore {
  const snapshot = (): Snapshot =>
    ({ revision: term * 1000 + db.entries.length, entries: [...db.entries] }) as unknown as Snapshot
  const listeners = new Set<(s: Snapshot) => void>()
  return {
    async handle(id, command) {
      const known = db.answers.get(id)
      if (known) return known
      db.entries.push((command.payload as { note: string }).note)
      const result: DispatchResult = { ok: true, revision: snapshot().revision, events: [] }
      db.answers.set(id, result)
      for (const listener of listeners) listener(snapshot())
      hooks.beforeAnswer?.()
      return result
    },
    snapshot,
    // the journal's pages over what the database holds, as the real core answers them
    query(raw) {
      const parsed = parseQuery(raw)
      if (!parsed.ok) return parsed
      if (parsed.query.type !== 'journalPage') throw new Error('only journal pages here')
      const entries = db.entries.map((note, index): JournalEntry => ({
        kind: 'spasm',
        id: `e${index}`,
        wall: index * 1000,
        area: 'lower',
        side: 'both',
        intensity: 5,
        trigger: 'other',
        note,
      }))
      const page = journalPage({ entries, nextSeq: 0, lastDeleted: null }, parsed.query.payload)
      return { ok: true, answer: { type: 'journalPage', ...page } }
    },
    onSnapshot: (listener) => void listeners.add(listener),
    onEvent: () => undefined,
  }
}

const log = (note: string): Command => ({
  type: 'logSpasm',
  payload: { area: 'lower', side: 'both', intensity: 5, trigger: 'other', note },
})
/** Lets every message and promise already on its way arrive (only microtasks: no timer, no real time). */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 50; turn++) await Promise.resolve()
}

/** A leading tab and a following one over one database; `leaderHooks` reach into the leader's core. */
async function leaderAndFollower(leaderHooks: { beforeAnswer?: () => void } = {}) {
  const bus = new Bus()
  const lock = new Lock()
  const db = new Db()
  let ids = 0
  const leaderChannel = bus.channel()
  const leader = new TabHost(
    leaderChannel,
    lock.leadership(),
    async () => core(db, 1, leaderHooks),
    () => `a${ids++}`,
  )
  const follower = new TabHost(
    bus.channel(),
    lock.leadership(),
    async () => core(db, 2),
    () => `b${ids++}`,
  )
  /** the leading tab is gone (killed or closed): it neither hears nor is heard; its lock is released separately */
  const leaderGone = () => {
    bus.silenced.add(0)
    leaderChannel.close()
  }
  await settle()
  return { lock, db, leader, follower, leaderGone }
}

describe('tabs sharing one core', () => {
  it('a follower’s commands reach the leader; a third tab sees everything', async () => {
    const bus = new Bus()
    const lock = new Lock()
    const db = new Db()
    let ids = 0
    const tab = (term: number) =>
      new TabHost(
        bus.channel(),
        lock.leadership(),
        async () => core(db, term),
        () => `c${ids++}`,
      )
    const first = tab(1)
    const second = tab(2)
    await settle()
    expect(first.leading).toBe(true)
    expect(second.leading).toBe(false)
    expect((await second.api.dispatch(log('from the second'))).ok).toBe(true)
    expect((await first.api.dispatch(log('from the first'))).ok).toBe(true)
    const third = tab(3)
    const seen = (await third.api.getSnapshot()) as unknown as { entries: string[] }
    expect(seen.entries).toEqual(['from the second', 'from the first'])
  })

  it('a command the leader stored but could not answer before it went is answered by the next, not applied twice', async () => {
    const tabs = await leaderAndFollower({
      // the leading tab is killed after its transaction, before its answer goes out
      beforeAnswer: () => {
        tabs.leaderGone()
        tabs.lock.release()
      },
    })
    const { db, leader, follower } = tabs
    expect(leader.leading).toBe(true)
    const answer = await follower.api.dispatch(log('during the hand-over'))
    expect(answer.ok).toBe(true)
    expect(follower.leading).toBe(true)
    expect(db.entries).toEqual(['during the hand-over'])
  })

  it('a command sent while no tab leads is applied once a tab takes the lead', async () => {
    const { lock, db, follower, leaderGone } = await leaderAndFollower()
    leaderGone()
    const answer = follower.api.dispatch(log('sent into the gap'))
    await settle()
    expect(db.entries).toEqual([])
    lock.release()
    expect((await answer).ok).toBe(true)
    expect(db.entries).toEqual(['sent into the gap'])
  })

  it('a follower pages through the leader’s journal, and a page asked while no tab leads comes from the next', async () => {
    const { lock, leader, follower, leaderGone } = await leaderAndFollower()
    for (let n = 0; n < 7; n++) await leader.api.dispatch(log(`entry ${n}`))
    const newestFirst = ['entry 6', 'entry 5', 'entry 4', 'entry 3', 'entry 2', 'entry 1', 'entry 0']
    expect((await journalEntries(follower.api, 3)).map((entry) => (entry.kind === 'spasm' ? entry.note : ''))).toEqual(
      newestFirst,
    )
    const refused = await follower.api.query({ type: 'journalPage', payload: { limit: 0 } })
    expect(refused).toMatchObject({ ok: false, error: 'A page holds from 1 to 100 entries.' })

    leaderGone()
    const asked = follower.api.query({ type: 'journalPage', payload: { limit: 2 } })
    await settle()
    lock.release()
    expect(await asked).toMatchObject({ ok: true, answer: { entries: [{ note: 'entry 6' }, { note: 'entry 5' }] } })
    expect(follower.leading).toBe(true)
  })

  it('a tab that cannot start the core says why to whoever waits for a snapshot; its commands wait for one that can', async () => {
    const bus = new Bus()
    const lock = new Lock()
    const db = new Db()
    const failing = new TabHost(
      bus.channel(),
      lock.leadership(),
      () => Promise.reject(new Error('the core did not load')),
      () => 'f0',
    )
    const first = failing.api.getSnapshot()
    const sent = failing.api.dispatch(log('before the failure'))
    await expect(first).rejects.toThrow('the core did not load')
    await expect(failing.api.getSnapshot()).rejects.toThrow('the core did not load')
    expect(failing.leading).toBe(false)

    const other = new TabHost(
      bus.channel(),
      lock.leadership(),
      async () => core(db, 2),
      () => 'g0',
    )
    // the browser lets the lock go once the failed attempt has returned
    lock.release()
    expect((await sent).ok).toBe(true)
    expect(other.leading).toBe(true)
    expect(db.entries).toEqual(['before the failure'])
    expect(await failing.api.getSnapshot()).toMatchObject({ entries: ['before the failure'] })
  })
})
