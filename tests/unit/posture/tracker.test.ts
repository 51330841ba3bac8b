import { describe, expect, it } from 'vitest'
import {
  initialPostureState,
  observeGlance,
  postureSettingsSchema,
  postureView,
  type FaceReading,
  type PostureEvent,
  type PostureState,
} from '../../../src/shared/posture'
import { readInstant } from '../../../src/shared/kernel/time'
import { ManualClock } from '../../support/manual-clock'

const NEUTRAL: FaceReading = { x: 0.5, y: 0.45, size: 0.3, roll: 0 }
const leaningIn = (by: number): FaceReading => ({ ...NEUTRAL, size: NEUTRAL.size * (1 + by) })
const DROPPED: FaceReading = { ...NEUTRAL, y: NEUTRAL.y + NEUTRAL.size * 0.3 }
const TILTED: FaceReading = { ...NEUTRAL, roll: 20 }

/** Glances every 30 s on a hand-driven clock, collecting every event. */
function desk(settings: Record<string, unknown> = {}) {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 9))
  const ctx = { settings: postureSettingsSchema.parse({ enabled: true, ...settings }), timeZone: 'UTC' }
  let state: PostureState = { ...initialPostureState(), calibration: NEUTRAL }
  const events: PostureEvent[] = []
  const presences: Array<string | null> = []
  const glance = (face: FaceReading | null) => {
    const step = observeGlance(state, { face }, readInstant(clock), ctx)
    state = step.state
    events.push(...step.events)
    presences.push(step.presence)
  }
  /** glances for `minutes`, one every 30 s, the first after 30 s */
  const glanceFor = (minutes: number, face: FaceReading | null) => {
    for (let i = 0; i < minutes * 2; i++) {
      clock.advance(30_000)
      glance(face)
    }
  }
  const nudges = () => events.filter((event) => event.type === 'nudge')
  const view = () => postureView(state, ctx.settings, readInstant(clock), 'UTC', false)
  return {
    clock,
    glance,
    glanceFor,
    nudges,
    view,
    events,
    presences,
    get state() {
      return state
    },
    set state(next: PostureState) {
      state = next
    },
  }
}

describe('calibration', () => {
  it('takes the next face as the neutral head, and says so', () => {
    const d = desk()
    d.state = { ...initialPostureState(), calibrating: 'waiting' }
    d.glance({ x: 0.4, y: 0.5, size: 0.25, roll: 3 })
    expect(d.state.calibration).toEqual({ x: 0.4, y: 0.5, size: 0.25, roll: 3 })
    expect(d.state.calibrating).toBeNull()
    expect(d.events).toEqual([{ type: 'calibrated' }])
  })

  it('keeps waiting when nobody is in view, and says the face was missed', () => {
    const d = desk()
    d.state = { ...initialPostureState(), calibrating: 'waiting' }
    d.glance(null)
    expect(d.state.calibration).toBeNull()
    expect(d.state.calibrating).toBe('no-face')
    expect(d.events).toEqual([{ type: 'calibration-missed' }])
    d.glance(NEUTRAL)
    expect(d.state.calibration).toEqual(NEUTRAL)
  })

  it('judges nothing before a calibration, but still sees someone at the desk', () => {
    const d = desk()
    d.state = initialPostureState()
    d.glanceFor(10, leaningIn(0.5))
    expect(d.nudges()).toEqual([])
    expect(d.state.verdict).toBeNull()
    expect(d.presences.at(-1)).toBe('at-desk')
  })
})

describe('the dead zone', () => {
  it('lets the head move inside it, and counts a move beyond it', () => {
    const d = desk({ deadZonePercent: 15 })
    d.glanceFor(1, leaningIn(0.1))
    expect(d.state.verdict).toBe('upright')
    d.glanceFor(1, leaningIn(0.2))
    expect(d.state.verdict).toBe('leaning-in')
    d.glanceFor(1, DROPPED)
    expect(d.state.verdict).toBe('dropped')
    d.glanceFor(1, TILTED)
    expect(d.state.verdict).toBe('tilted')
  })

  it('widened, takes the same moves as upright', () => {
    const d = desk({ deadZonePercent: 35 })
    for (const face of [leaningIn(0.2), DROPPED, TILTED]) {
      d.glanceFor(1, face)
      expect(d.state.verdict).toBe('upright')
    }
  })

  it('does not judge a face far off to the side, nor count sitting back as a drift', () => {
    const d = desk()
    d.glanceFor(1, { ...NEUTRAL, x: 0.95 })
    expect(d.state.verdict).toBe('aside')
    d.glanceFor(1, { ...NEUTRAL, size: NEUTRAL.size * 0.6, y: NEUTRAL.y - 0.1 })
    expect(d.state.verdict).toBe('upright')
  })
})

describe('hold time and nudges', () => {
  it('nudges once a drift has lasted the hold time, not before', () => {
    const d = desk({ holdMinutes: 3 })
    d.glance(leaningIn(0.3))
    d.glanceFor(2.5, leaningIn(0.3))
    expect(d.nudges()).toEqual([])
    d.glanceFor(0.5, leaningIn(0.3))
    expect(d.nudges()).toEqual([{ type: 'nudge', drift: 'leaning-in' }])
  })

  it('takes a look down at the keyboard or a phone for what it is: no drift once the head comes back', () => {
    const d = desk({ holdMinutes: 3 })
    for (let i = 0; i < 10; i++) {
      d.glanceFor(1, DROPPED)
      d.glanceFor(0.5, NEUTRAL)
    }
    expect(d.nudges()).toEqual([])
    expect(d.view().today.uprightPercent).toBe(100)
  })

  it('a glance with no face (head down out of view) neither ends a drift nor empties the desk', () => {
    const d = desk({ holdMinutes: 3 })
    d.glance(DROPPED)
    d.glanceFor(1.5, DROPPED)
    d.glanceFor(0.5, null)
    expect(d.presences.at(-1)).toBeNull()
    d.glanceFor(1, DROPPED)
    expect(d.nudges()).toEqual([{ type: 'nudge', drift: 'dropped' }])
  })

  it('never nudges twice within the spacing, however long the drift goes on', () => {
    const d = desk({ holdMinutes: 3, nudgeEveryMinutes: 30 })
    d.glance(TILTED)
    d.glanceFor(29, TILTED)
    expect(d.nudges()).toHaveLength(1)
    d.glanceFor(3.5, TILTED)
    expect(d.nudges()).toHaveLength(1)
    d.glanceFor(0.5, TILTED)
    expect(d.nudges()).toHaveLength(2)
  })

  it('starts afresh after a gap in glances (the camera was off, or the person away)', () => {
    const d = desk({ holdMinutes: 3 })
    d.glance(TILTED)
    d.glanceFor(2, TILTED)
    d.clock.advance(20 * 60_000)
    d.glance(TILTED)
    d.glanceFor(2, TILTED)
    expect(d.nudges()).toEqual([])
  })
})

describe('presence', () => {
  it('is at the desk with a face, and away only after two empty glances in a row', () => {
    const d = desk()
    d.glanceFor(0.5, NEUTRAL)
    d.glanceFor(0.5, null)
    d.glanceFor(0.5, NEUTRAL)
    d.glanceFor(1, null)
    expect(d.presences).toEqual(['at-desk', null, 'at-desk', null, 'away'])
    expect(d.view().presence).toBe('away')
  })
})

describe("the day's tally", () => {
  it('says how much of the seen time was upright, per hour, counting a drift only once held', () => {
    const d = desk({ holdMinutes: 3 })
    d.glance(NEUTRAL)
    d.glanceFor(30, NEUTRAL)
    d.glanceFor(13, leaningIn(0.3))
    const today = d.view().today
    // 30 min upright, then 3 min of drift inside the hold time (upright), then 10 min slouched
    expect(today.seenMinutes).toBe(43)
    expect(today.uprightPercent).toBe(Math.round((100 * 33) / 43))
    expect(today.hours).toEqual([{ hour: 9, seenMinutes: 43, uprightPercent: today.uprightPercent }])
  })

  it('keeps nothing of a previous day', () => {
    const d = desk()
    d.glanceFor(10, NEUTRAL)
    d.clock.advance(24 * 60 * 60_000)
    expect(d.view().today).toEqual({ seenMinutes: 0, uprightPercent: null, hours: [] })
  })
})
