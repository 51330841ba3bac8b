import { DAY_MS, type Instant } from '../kernel/time'
import { civilDay, civilDayKey } from '../journal/weeks'
import { easeBackWall, type SpasmMark } from './mode'
import { FLARE_STRETCH_MINUTES } from './rules'
import type { FlareReason, FlareState } from './state'

export interface FlareView {
  offer: { reason: FlareReason } | null
  active: {
    sinceWall: number
    /** when it will ask "Feeling better?": the "until" Today and the tray show */
    untilWall: number
    /** the quiet days are over: Today asks whether to go back to the usual rhythm */
    askingToEase: boolean
    offerRedFlags: boolean
    stretchEveryMinutes: number
  } | null
  /** every period, oldest first; the one under way ends `at` */
  periods: Array<{ startWall: number; endWall: number; ongoing: boolean }>
  /** the local days flare mode was on, over the last DAYS_SHOWN days, oldest first (for the journal's chart) */
  days: string[]
}

/** As far back as the journal's chart reaches (8 weeks), with a little to spare. */
export const DAYS_SHOWN = 63

function daysOn(periods: FlareView['periods'], at: Instant, timeZone: string): string[] {
  const earliest = civilDay(at.wall, timeZone) - (DAYS_SHOWN - 1) * DAY_MS
  const days = new Set<number>()
  for (const period of periods) {
    const last = civilDay(period.endWall, timeZone)
    for (let day = Math.max(earliest, civilDay(period.startWall, timeZone)); day <= last; day += DAY_MS) days.add(day)
  }
  return [...days].sort((a, b) => a - b).map(civilDayKey)
}

export function flareView(
  state: FlareState,
  spasms: readonly SpasmMark[],
  at: Instant,
  ownStretchMinutes: number,
  timeZone: string,
): FlareView {
  const { active } = state
  const ended = state.periods.map((period) => ({ ...period, ongoing: false }))
  if (!active) {
    const offer = state.offer ? { reason: state.offer.reason } : null
    return { offer, active: null, periods: ended, days: daysOn(ended, at, timeZone) }
  }
  const untilWall = easeBackWall(active, spasms)
  const periods = [
    ...ended,
    { startWall: active.sinceWall, endWall: Math.max(at.wall, active.sinceWall), ongoing: true },
  ]
  return {
    offer: null,
    active: {
      sinceWall: active.sinceWall,
      untilWall,
      askingToEase: at.wall >= untilWall,
      offerRedFlags: !active.redFlagsOffered,
      stretchEveryMinutes: Math.min(ownStretchMinutes, FLARE_STRETCH_MINUTES),
    },
    periods,
    days: daysOn(periods, at, timeZone),
  }
}
