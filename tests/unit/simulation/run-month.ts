import { Companion } from '../../../src/shared/app/companion'
import type { DocumentStore, RecordChanges, RecordStore } from '../../../src/shared/kernel/storage'
import { SAFETY_ITEM_IDS } from '../../../src/shared/therapy'
import type { HostInput } from '../../../src/shared/contract/contract'
import { ManualClock } from '../../support/manual-clock'
import { type TimerHandle } from '../../../src/shared/kernel/time'
import { idleSecondsAt, inCall, isAsleep, isLocked, MONTH_START, zoneAt, type Month } from './month'

const MINUTE = 60_000

/**
 * Keeps only the latest document, serialized as the desktop host's file store does; a month of writes kept in
 * memory (as MemoryStore does for tests) would measure the garbage collector rather than the companion.
 */
class SerializingStore implements DocumentStore {
  private text: string | undefined

  read(): unknown {
    return this.text === undefined ? undefined : JSON.parse(this.text)
  }

  write(value: unknown): void {
    this.text = JSON.stringify(value)
  }

  recover(): unknown {
    return undefined
  }
}

/** The domains' records, each kept serialized as the desktop host keeps them. */
class SerializingRecords implements RecordStore {
  private readonly texts = new Map<string, string>()

  read(): ReadonlyMap<string, unknown> {
    return new Map([...this.texts].map(([key, text]) => [key, JSON.parse(text) as unknown]))
  }

  write(changes: RecordChanges): void {
    for (const [key, value] of changes) {
      if (value === undefined) this.texts.delete(key)
      else this.texts.set(key, JSON.stringify(value))
    }
  }

  recover(): Map<string, unknown> {
    return new Map()
  }
}

/**
 * Runs the real companion through the month as the desktop host would: idle read when the companion's reading
 * schedule asks (the call detector asked when it says so), suspend/resume and lock/unlock events (idle read just
 * before), meetings from the tray, the calendar's busy intervals, the wall clock moved by hand, the zone changed, a
 * break taken the moment it is prompted, a heat pack every afternoon. Sleep stops the monotonic clock.
 */
export function runMonth(month: Month) {
  // true time = wall - offset; the wall clock starts at true time
  const clock = new ManualClock(MONTH_START)
  let wallOffset = 0
  const trueNow = () => clock.now() - wallOffset
  let zone = zoneAt(month, MONTH_START)
  const companion = new Companion({
    clock,
    timers: clock,
    timeZone: () => zone,
    stores: { settings: new SerializingStore(), data: new SerializingRecords() },
    readsBeforePrompts: true,
  })
  const dues: number[] = []
  const therapyEnds: string[] = []
  companion.onEvent(({ domain, event }) => {
    if (domain === 'reminders' && event.type === 'break-due') {
      dues.push(trueNow())
      clock.setTimeout(() => companion.dispatch({ type: 'startBreak' }), 0)
    }
    if (domain === 'therapy' && event.type === 'session-ended') therapyEnds.push(new Date(trueNow()).toISOString())
  })
  // The idle watch of src/main/idle.ts, in miniature: one pending reading, planned again after each change.
  let reading: TimerHandle | undefined
  const read = () => {
    reading = undefined
    const seconds = idleSecondsAt(month, trueNow())
    if (companion.callCheckNeeded(seconds)) companion.observe({ type: 'call', active: inCall(month, trueNow()) })
    companion.observe({ type: 'idle', seconds })
    plan()
  }
  const plan = () => {
    if (reading) clock.clear(reading)
    reading = clock.setTimeout(read, companion.nextReadingMs())
  }
  companion.subscribe(plan)
  const readThen = (input: HostInput) => () => {
    companion.observe({ type: 'idle', seconds: idleSecondsAt(month, trueNow()) })
    companion.observe(input)
  }
  companion.observe({
    type: 'calendar',
    busy: month.calendar.map((span) => ({ startWall: span.from, endWall: span.to })),
  })

  // Every instant at which something happens to the machine, in order.
  const moments = [
    ...month.asleep.flatMap((span) => [
      { at: span.from, act: readThen({ type: 'suspend' }) },
      {
        at: span.to,
        sleep: true,
        act: () => companion.observe({ type: 'resume' }),
      },
    ]),
    ...month.locked.flatMap((span) => [
      { at: span.from, act: readThen({ type: 'lock' }) },
      { at: span.to, act: () => companion.observe({ type: 'unlock' }) },
    ]),
    ...month.meetings.map((span) => ({
      at: span.from,
      act: () => companion.dispatch({ type: 'startMeeting', payload: { minutes: 60 } }),
    })),
    ...month.clockChanges.map((change) => ({
      at: change.at,
      act: () => {
        clock.jumpWall(change.by)
        wallOffset += change.by
      },
    })),
    ...month.zones.slice(1).map((entry) => ({ at: entry.from, act: () => (zone = entry.zone) })),
    ...month.therapyAt.flatMap((at, index) => [
      {
        at,
        act: () => {
          if (index === 0) {
            companion.dispatch({ type: 'startTherapyEpisode', payload: { presetId: 'spasm-stiffness' } })
            companion.dispatch({ type: 'confirmTherapySafety', payload: { itemIds: [...SAFETY_ITEM_IDS] } })
          }
          const started = companion.dispatch({
            type: 'startTherapySession',
            payload: { kind: 'heat', minutes: 20, presetId: 'spasm-stiffness' },
          })
          if (!started.ok) throw new Error(started.error)
        },
      },
      { at: at + 22 * MINUTE, act: () => companion.dispatch({ type: 'acknowledgeTherapyEnd' }) },
    ]),
  ].sort((a, b) => a.at - b.at)

  let asleep = isAsleep(month, MONTH_START)
  read()
  for (const moment of moments) {
    const wait = moment.at - trueNow()
    if (asleep) {
      // Asleep: no timers run and the monotonic clock stands still; only the wall clock moves on.
      clock.jumpWall(wait)
    } else if (wait > 0) clock.advance(wait)
    if ('sleep' in moment) asleep = false
    else if (
      !asleep &&
      isAsleep(month, moment.at) &&
      !isLocked(month, moment.at) &&
      moment.at === nextSleepStart(month, moment.at)
    )
      asleep = true
    moment.act()
  }
  return { dues, therapyEnds, companion }
}

function nextSleepStart(month: Month, at: number): number | undefined {
  return month.asleep.find((span) => span.from === at)?.from
}
