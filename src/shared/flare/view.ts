import type { Instant } from '../kernel/time'
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
}

export function flareView(
  state: FlareState,
  spasms: readonly SpasmMark[],
  at: Instant,
  ownStretchMinutes: number,
): FlareView {
  const { active } = state
  const ended = state.periods.map((period) => ({ ...period, ongoing: false }))
  if (!active) return { offer: state.offer ? { reason: state.offer.reason } : null, active: null, periods: ended }
  const untilWall = easeBackWall(active, spasms)
  return {
    offer: null,
    active: {
      sinceWall: active.sinceWall,
      untilWall,
      askingToEase: at.wall >= untilWall,
      offerRedFlags: !active.redFlagsOffered,
      stretchEveryMinutes: Math.min(ownStretchMinutes, FLARE_STRETCH_MINUTES),
    },
    periods: [...ended, { startWall: active.sinceWall, endWall: Math.max(at.wall, active.sinceWall), ongoing: true }],
  }
}
