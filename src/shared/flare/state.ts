import { z } from 'zod'

/** What prompted the offer: one strong spasm, or spasms coming close together. */
export const FLARE_REASONS = ['intense', 'repeated'] as const
export type FlareReason = (typeof FLARE_REASONS)[number]

export interface FlarePeriod {
  startWall: number
  endWall: number
}

export interface FlareState {
  /** an offer waiting for the person's answer; Unknot never switches flare mode on by itself */
  offer: { sinceWall: number; reason: FlareReason } | null
  /**
   * flare mode on since `sinceWall`. `quietFromWall` is where the count of quiet days starts (the start, or the last
   * time the person chose to keep it); `redFlagsOffered` turns true once the checker offer was used or put away.
   */
  active: { sinceWall: number; quietFromWall: number; redFlagsOffered: boolean } | null
  /** ended periods, oldest first, for the journal's chart */
  periods: FlarePeriod[]
}

export type FlareEvent =
  { type: 'flare-offered'; reason: FlareReason } | { type: 'flare-started' } | { type: 'flare-ended' }

/** Periods older than the journal's history are of no use to the chart; the list stays small. */
export const PERIOD_LIMIT = 50

export function initialFlareState(): FlareState {
  return { offer: null, active: null, periods: [] }
}

const wall = z.int().min(0)

/** What is read back from storage: anything else is refused and flare mode starts afresh. */
export const flareStateSchema = z
  .object({
    offer: z
      .object({ sinceWall: wall, reason: z.enum(FLARE_REASONS) })
      .strict()
      .nullable(),
    active: z
      .object({ sinceWall: wall, quietFromWall: wall, redFlagsOffered: z.boolean() })
      .strict()
      .refine((active) => active.quietFromWall >= active.sinceWall)
      .nullable(),
    periods: z
      .array(
        z
          .object({ startWall: wall, endWall: wall })
          .strict()
          .refine((period) => period.endWall >= period.startWall),
      )
      .max(PERIOD_LIMIT),
  })
  .strict()
