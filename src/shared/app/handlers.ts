import type { CommandType, PayloadOf } from '../contract/commands'
import type { CompanionEvent } from '../contract/contract'
import type { CoreState, DomainData } from './core-state'
import type { Result } from '../kernel/result'
import * as journal from '../journal'
import * as reminders from '../reminders'
import * as routines from '../routines'
import { applySettingsPatch, defaultSettings, describeIssues, issuesMessage, type FieldIssue } from '../settings'
import { msg } from '../i18n/catalog'
import * as therapy from '../therapy'
import type { Message } from '../kernel/message'
import type { Instant } from '../kernel/time'

export interface CommandContext {
  at: Instant
  timeZone: string
  /** the host reads idle time at due instants (see ReminderContext) */
  readsBeforePrompts?: boolean
}

export type CommandOutcome =
  | { ok: true; state: CoreState; events: CompanionEvent[] }
  | { ok: false; error: string; message?: Message; issues?: FieldIssue[] }

type Handler<K extends CommandType> = (core: CoreState, payload: PayloadOf<K>, ctx: CommandContext) => CommandOutcome

type EventOf<D extends keyof DomainData> = Extract<CompanionEvent, { domain: D }>['event']
type DomainStep<D extends keyof DomainData> = (
  state: DomainData[D],
  core: CoreState,
  ctx: CommandContext,
) => Result<DomainData[D], EventOf<D>>

/** Runs a step on one domain's slice of the state and tags its events with the domain. */
function onDomain<D extends keyof DomainData>(domain: D, core: CoreState, ctx: CommandContext, step: DomainStep<D>) {
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
    settings: core.settings.reminders,
    timeZone: ctx.timeZone,
    ...(ctx.readsBeforePrompts ? { readsBeforePrompts: true } : {}),
  }
}

const remindersCommand =
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

/** Taking a stretch break opens the two-minute break routine, unless a routine is already playing. */
function startBreakWithRoutine(core: CoreState, payload: PayloadOf<'startBreak'>, ctx: CommandContext): CommandOutcome {
  const started = remindersCommand(reminders.startBreak)(core, payload, ctx)
  if (!started.ok) return started
  const kind = started.state.reminders.onBreak?.kind
  if (kind !== 'stretch' || started.state.routines.session?.status === 'running') return started
  const routine = routinesCommand(routines.startRoutine)(started.state, { routineId: routines.BREAK_ROUTINE_ID }, ctx)
  return routine.ok ? { ...routine, events: [...started.events, ...routine.events] } : started
}

const journalCommand =
  <P>(
    run: (state: journal.JournalState, payload: P, at: Instant) => Result<journal.JournalState, journal.JournalEvent>,
  ) =>
  (core: CoreState, payload: P, ctx: CommandContext): CommandOutcome =>
    onDomain('journal', core, ctx, (state) => run(state, payload, ctx.at))

/** A rating after a routine also goes to the journal, beside the spasm entries. */
function rateSessionAndLog(core: CoreState, payload: PayloadOf<'rateSession'>, ctx: CommandContext): CommandOutcome {
  const routineId = core.routines.session?.routineId
  const rated = routinesCommand(routines.rateSession)(core, payload, ctx)
  if (!rated.ok) return rated
  const logged = journalCommand(journal.logRating)(
    rated.state,
    { source: 'routine', rating: payload.rating, ...(routineId ? { ref: routineId } : {}) },
    ctx,
  )
  return logged.ok ? { ...logged, events: [...rated.events, ...logged.events] } : rated
}

export function therapySettings(core: CoreState, ctx: CommandContext): therapy.TherapySettings {
  return { ...core.settings.therapy, timeZone: ctx.timeZone }
}

const routinesCommand =
  <P>(
    run: (
      state: routines.RoutinesState,
      payload: P,
      at: Instant,
    ) => Result<routines.RoutinesState, routines.RoutinesEvent>,
  ) =>
  (core: CoreState, payload: P, ctx: CommandContext): CommandOutcome =>
    onDomain('routines', core, ctx, (state) => run(state, payload, ctx.at))

const therapyCommand =
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

export const handlers: { [K in CommandType]: Handler<K> } = {
  updateSettings: (core, { patch }) => {
    const updated = applySettingsPatch(core.settings, patch)
    if (!updated.ok) {
      const problems = issuesMessage(updated.issues)
      return {
        ok: false,
        error: `Settings not saved. ${describeIssues(updated.issues)}`,
        message: { text: msg('Settings not saved. {{problems}}'), values: { problems } },
        issues: updated.issues,
      }
    }
    return { ok: true, state: { ...core, settings: updated.settings }, events: [] }
  },
  resetSettings: (core) => ({ ok: true, state: { ...core, settings: defaultSettings() }, events: [] }),
  dismissNotice: (core, { id }) => ({
    ok: true,
    state: { ...core, notices: core.notices.filter((notice) => notice.id !== id) },
    events: [],
  }),

  startBreak: startBreakWithRoutine,
  snoozeBreak: remindersCommand(reminders.snoozeBreak),
  skipBreak: remindersCommand(reminders.skipBreak),
  endBreak: remindersCommand(reminders.endBreak),
  pauseReminders: remindersCommand(reminders.pauseReminders),
  resumeReminders: remindersCommand(reminders.resumeReminders),
  startMeeting: remindersCommand(reminders.startMeeting),
  endMeeting: remindersCommand(reminders.endMeeting),

  startRoutine: routinesCommand(routines.startRoutine),
  pauseRoutine: routinesCommand(routines.pauseRoutine),
  resumeRoutine: routinesCommand(routines.resumeRoutine),
  nextStep: routinesCommand(routines.nextStep),
  previousStep: routinesCommand(routines.previousStep),
  endRoutine: routinesCommand(routines.endRoutine),
  rateSession: rateSessionAndLog,
  closeSummary: routinesCommand(routines.closeSummary),
  saveCustomRoutine: routinesCommand(routines.saveCustomRoutine),
  deleteCustomRoutine: routinesCommand(routines.deleteCustomRoutine),
  duplicateRoutine: routinesCommand(routines.duplicateRoutine),

  logSpasm: journalCommand(journal.logSpasm),
  logRating: journalCommand(journal.logRating),
  editJournalEntry: journalCommand(journal.editEntry),
  deleteJournalEntry: journalCommand((state, payload: PayloadOf<'deleteJournalEntry'>) =>
    journal.deleteEntry(state, payload),
  ),
  undoJournalDelete: journalCommand((state) => journal.undoDelete(state)),
  importJournal: journalCommand((state, payload: PayloadOf<'importJournal'>) => journal.importJournal(state, payload)),

  startTherapyEpisode: therapyCommand(therapy.startEpisode),
  confirmTherapySafety: therapyCommand(therapy.confirmSafety),
  endTherapyEpisode: therapyCommand(therapy.endEpisode),
  startTherapySession: therapyCommand(therapy.startSession),
  pauseTherapySession: therapyCommand(therapy.pauseSession),
  resumeTherapySession: therapyCommand(therapy.resumeSession),
  addTherapyMinute: therapyCommand(therapy.addMinute),
  endTherapySession: therapyCommand(therapy.endSession),
  acknowledgeTherapyEnd: therapyCommand(therapy.acknowledgeEnd),
  dismissSkinCheck: therapyCommand(therapy.dismissSkinCheck),
}

/** Brings every timed domain up to `at`: cues, ends, alerts that fell due since the last wake. */
export function advanceDomains(core: CoreState, ctx: CommandContext): { state: CoreState; events: CompanionEvent[] } {
  let state = core
  const events: CompanionEvent[] = []
  const steps = [
    (current: CoreState) =>
      onDomain('reminders', current, ctx, (slice) => {
        const step = reminders.advance(slice, ctx.at, reminderContext(current, ctx))
        return { ok: true, state: step.state, events: step.events }
      }),
    (current: CoreState) => onDomain('routines', current, ctx, (slice) => routines.advance(slice, ctx.at)),
    (current: CoreState) =>
      onDomain('therapy', current, ctx, (slice) => therapy.advance(slice, ctx.at, therapySettings(current, ctx))),
  ]
  for (const step of steps) {
    const result = step(state)
    if (!result.ok) continue
    state = result.state
    events.push(...result.events)
  }
  return { state, events }
}

/** Milliseconds until any domain next needs `advanceDomains`, or null when nothing is pending. */
export function nextWakeMs(core: CoreState, ctx: CommandContext): number | null {
  const waits = [
    reminders.nextWakeMs(core.reminders, ctx.at, reminderContext(core, ctx)),
    routines.nextWakeMs(core.routines, ctx.at),
    therapy.nextWakeMs(core.therapy, ctx.at, therapySettings(core, ctx)),
  ].filter((wait): wait is number => wait !== null)
  return waits.length ? Math.max(0, Math.min(...waits)) : null
}
