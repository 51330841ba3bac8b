export {
  FLARE_REASONS,
  flareStateSchema,
  initialFlareState,
  type FlareEvent,
  type FlarePeriod,
  type FlareReason,
  type FlareState,
} from './state'
export {
  acceptFlare,
  closeFlareRedFlags,
  declineFlare,
  easeBackWall,
  endFlare,
  keepFlare,
  nextFlareWakeMs,
  offerAfterSpasm,
  spasmMarks,
  type FlareResult,
  type SpasmMark,
} from './mode'
export * from './rules'
export { effectiveReminderSettings } from './rhythm'
export { flareView, type FlareView } from './view'
export * from './schema'
