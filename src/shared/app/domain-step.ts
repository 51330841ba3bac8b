// How a command or a wake-up reaches one domain: its context, and the adapters that tag its events.
import type { CommandRefusal, CompanionEvent } from '../contract/contract'
import type { CoreState, DomainData } from './core-state'
import type { Result } from '../kernel/result'
import * as flare from '../flare'
import type * as journal from '../journal'
import * as reminders from '../reminders'
import type * as routines from '../routines'
import type * as therapy from '../therapy'
import type { Instant } from '../kernel/time'

export interface CommandContext {
  at: Instant
  timeZone: string
  /** the host reads idle time at due instants (see ReminderContext) */
  readsBeforePrompts?: boolean
}

export type CommandOutcome = { ok: true; state: CoreState; events: CompanionEvent[] } | CommandRefusal

type EventOf<D extends keyof DomainData> = Extract<CompanionEvent, { domain: D }>['event']
type DomainStep<D extends keyof DomainData> = (
  state: DomainData[D],
  core: CoreState,
  ctx: CommandContext,
) => Result<DomainData[D], EventOf<D>>

/** Runs a step on one domain's slice of the state and tags its events with the domain. */
export function onDomain<D extends keyof DomainData>(
  domain: D,
  core: CoreState,
  ctx: CommandContext,
  step: DomainStep<D>,
) {
  const result = step(core[domain], core, ctx)
  if (!result.ok) return result
  return {
    ok: true as const,
    state: result.state === core[domain] ? core : { ...core, [domain]: result.state },
    events: result.events.map((event) => ({ domain, event }) as CompanionEvent),
  }
}

export function reminderContext(core: CoreState, ctx: CommandContext): reminders.ReminderContext {
  return {
    settings: flare.effectiveReminderSettings(core.settings.reminders, core.flare),
    timeZone: ctx.timeZone,
    ...(ctx.readsBeforePrompts ? { readsBeforePrompts: true } : {}),
  }
}

export const remindersCommand =
  <P>(
    run: (
      state: reminders.ReminderState,
      payload: P,
      at: Instant,
      context: reminders.ReminderContext,
    ) => Result<reminders.ReminderState, reminders.ReminderEvent>,
  ) =>
  (core: CoreState, payload: P, ctx: CommandContext): CommandOutcome =>
    onDomain('reminders', core, ctx, (state) => {
      // A command is the person at the desk: sitting counts up to now first.
      const context = reminderContext(core, ctx)
      const here = reminders.present(state, ctx.at, context)
      const result = run(here.state, payload, ctx.at, context)
      return result.ok ? { ...result, events: [...here.events, ...result.events] } : result
    })

export const journalCommand =
  <P>(
    run: (state: journal.JournalState, payload: P, at: Instant) => Result<journal.JournalState, journal.JournalEvent>,
  ) =>
  (core: CoreState, payload: P, ctx: CommandContext): CommandOutcome =>
    onDomain('journal', core, ctx, (state) => run(state, payload, ctx.at))

export const flareCommand =
  <P>(run: (state: flare.FlareState, payload: P, at: Instant) => Result<flare.FlareState, flare.FlareEvent>) =>
  (core: CoreState, payload: P, ctx: CommandContext): CommandOutcome =>
    onDomain('flare', core, ctx, (state) => run(state, payload, ctx.at))

export function therapySettings(core: CoreState, ctx: CommandContext): therapy.TherapySettings {
  return { ...core.settings.therapy, timeZone: ctx.timeZone }
}

export const routinesCommand =
  <P>(
    run: (
      state: routines.RoutinesState,
      payload: P,
      at: Instant,
    ) => Result<routines.RoutinesState, routines.RoutinesEvent>,
  ) =>
  (core: CoreState, payload: P, ctx: CommandContext): CommandOutcome =>
    onDomain('routines', core, ctx, (state) => run(state, payload, ctx.at))

export const therapyCommand =
  <P>(
    run: (
      state: therapy.TherapyState,
      payload: P,
      at: Instant,
      settings: therapy.TherapySettings,
    ) => Result<therapy.TherapyState, therapy.TherapyEvent>,
  ) =>
  (core: CoreState, payload: P, ctx: CommandContext): CommandOutcome =>
    onDomain('therapy', core, ctx, (state) => run(state, payload, ctx.at, therapySettings(core, ctx)))
