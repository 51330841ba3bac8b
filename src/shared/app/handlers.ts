import type { CommandType, PayloadOf } from '../contract/commands'
import type { CoreState } from './core-state'
import { recordFinding } from '../desktop-check'
import * as flare from '../flare'
import * as journal from '../journal'
import * as posture from '../posture'
import * as reminders from '../reminders'
import * as routines from '../routines'
import { applySettingsPatch, defaultSettings, describeIssues, issuesMessage } from '../settings'
import { msg } from '../i18n/catalog'
import { interpolate } from '../kernel/message'
import * as therapy from '../therapy'
import {
  flareCommand,
  journalCommand,
  onDomain,
  remindersCommand,
  routinesCommand,
  therapyCommand,
  type CommandContext,
  type CommandOutcome,
} from './domain-step'

/** The command table: which domain step each command runs. */
type Handler<K extends CommandType> = (core: CoreState, payload: PayloadOf<K>, ctx: CommandContext) => CommandOutcome

/** Taking a stretch break opens the two-minute break routine, unless a routine is already playing. */
function startBreakWithRoutine(core: CoreState, payload: PayloadOf<'startBreak'>, ctx: CommandContext): CommandOutcome {
  const started = remindersCommand(reminders.startBreak)(core, payload, ctx)
  if (!started.ok) return started
  const kind = started.state.reminders.onBreak?.kind
  if (kind !== 'stretch' || started.state.routines.session?.status === 'running') return started
  const routine = routinesCommand(routines.startRoutine)(started.state, { routineId: routines.BREAK_ROUTINE_ID }, ctx)
  return routine.ok ? { ...routine, events: [...started.events, ...routine.events] } : started
}

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

/** A spasm that is strong, or close after another, brings the offer of flare mode (never flare mode itself). */
function logSpasmAndOffer(core: CoreState, payload: PayloadOf<'logSpasm'>, ctx: CommandContext): CommandOutcome {
  const logged = journalCommand(journal.logSpasm)(core, payload, ctx)
  if (!logged.ok) return logged
  const newIds = new Set(logged.events.flatMap(({ event }) => (event.type === 'spasm-logged' ? [event.id] : [])))
  const entry = logged.state.journal.entries.find((each) => newIds.has(each.id))
  if (!entry || entry.kind !== 'spasm') return logged
  const others = flare.spasmMarks(logged.state.journal.entries.filter((each) => each !== entry))
  const offered = flareCommand((state, mark: flare.SpasmMark, at) => flare.offerAfterSpasm(state, mark, others, at))(
    logged.state,
    { wall: entry.wall, intensity: entry.intensity },
    ctx,
  )
  return offered.ok ? { ...offered, events: [...logged.events, ...offered.events] } : logged
}

/** A journal file also carries the break history (from version 2): its breaks join the reminders' history. */
function importJournalAndBreaks(
  core: CoreState,
  payload: PayloadOf<'importJournal'>,
  ctx: CommandContext,
): CommandOutcome {
  const imported = journalCommand(journal.importJournal)(core, payload, ctx)
  if (!imported.ok) return imported
  const read = journal.importJson(payload.text)
  const merged = reminders.mergeBreaks(imported.state.reminders, read.ok ? read.state.breaks : [], ctx.at)
  const events = imported.events.map((tagged) =>
    tagged.domain === 'journal' && tagged.event.type === 'journal-imported'
      ? { ...tagged, event: { ...tagged.event, breaks: merged.added } }
      : tagged,
  )
  return { ok: true, state: { ...imported.state, reminders: merged.state }, events }
}

export const handlers: { [K in CommandType]: Handler<K> } = {
  updateSettings: (core, { patch }) => {
    const updated = applySettingsPatch(core.settings, patch)
    if (!updated.ok) {
      const message = {
        text: msg('Settings not saved. {{problems}}'),
        values: { problems: issuesMessage(updated.issues) },
      }
      return {
        ok: false,
        error: interpolate(message.text, message.values),
        message,
        issues: updated.issues,
        detail: describeIssues(updated.issues),
      }
    }
    return { ok: true, state: { ...core, settings: updated.settings }, events: [] }
  },
  resetSettings: (core) => ({ ok: true, state: { ...core, settings: defaultSettings() }, events: [] }),
  recordDesktopCheck: (core, { finding }, ctx) => ({
    ok: true,
    state: {
      ...core,
      settings: { ...core.settings, desktopCheck: recordFinding(core.settings.desktopCheck, finding, ctx.at.wall) },
    },
    events: [],
  }),
  dismissNotice: (core, { id }) => ({
    ok: true,
    state: { ...core, notices: core.notices.filter((notice) => notice.id !== id) },
    events: [],
  }),

  startBreak: startBreakWithRoutine,
  snoozeBreak: remindersCommand(reminders.snoozeBreak),
  skipBreak: remindersCommand(reminders.skipBreak),
  endBreak: remindersCommand(reminders.endBreak),
  leaveBreakEarly: remindersCommand(reminders.leaveBreakEarly),
  pauseReminders: remindersCommand(reminders.pauseReminders),
  resumeReminders: remindersCommand(reminders.resumeReminders),
  startMeeting: remindersCommand(reminders.startMeeting),
  endMeeting: remindersCommand(reminders.endMeeting),
  previewBreak: remindersCommand(reminders.previewBreak),
  remindToday: remindersCommand(reminders.remindToday),

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

  logSpasm: logSpasmAndOffer,
  logRating: journalCommand(journal.logRating),
  editJournalEntry: journalCommand(journal.editEntry),
  deleteJournalEntry: journalCommand((state, payload: PayloadOf<'deleteJournalEntry'>) =>
    journal.deleteEntry(state, payload),
  ),
  undoJournalDelete: journalCommand((state) => journal.undoDelete(state)),
  importJournal: importJournalAndBreaks,

  acceptFlareMode: flareCommand((state, _payload, at) => flare.acceptFlare(state, at)),
  declineFlareMode: flareCommand((state) => flare.declineFlare(state)),
  endFlareMode: flareCommand((state, _payload, at) => flare.endFlare(state, at)),
  keepFlareMode: flareCommand((state, _payload, at) => flare.keepFlare(state, at)),
  closeFlareRedFlags: flareCommand((state) => flare.closeFlareRedFlags(state)),

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

  calibratePosture: (core, _payload, ctx) =>
    onDomain('posture', core, ctx, (state) => posture.calibrate(state, core.settings.posture)),
}
