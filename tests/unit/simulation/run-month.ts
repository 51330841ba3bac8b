import { Companion } from '../../../src/shared/companion'
import type { DocumentStore } from '../../../src/shared/storage'
import { SAFETY_ITEM_IDS } from '../../../src/shared/therapy'
import { ManualClock } from '../../../src/shared/time'
import { idleSecondsAt, isAsleep, isLocked, MONTH_START, zoneAt, type Month } from './month'

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

/**
 * Runs the real companion through the month as the desktop host would: an idle reading every 10 s while the
 * machine is awake, suspend/resume and lock/unlock events, the wall clock moved by hand, the zone changed, a
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
    stores: { settings: new SerializingStore(), data: new SerializingStore() },
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
  const poll = () => {
    companion.observe({ type: 'idle', seconds: idleSecondsAt(month, trueNow()) })
    clock.setTimeout(poll, 10_000)
  }

  // Every instant at which something happens to the machine, in order.
  const moments = [
    ...month.asleep.flatMap((span) => [
      { at: span.from, act: () => companion.observe({ type: 'suspend' }) },
      {
        at: span.to,
        sleep: true,
        act: () => companion.observe({ type: 'resume' }),
      },
    ]),
    ...month.locked.flatMap((span) => [
      { at: span.from, act: () => companion.observe({ type: 'lock' }) },
      { at: span.to, act: () => companion.observe({ type: 'unlock' }) },
    ]),
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
  poll()
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
