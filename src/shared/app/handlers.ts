import type { CommandType, PayloadOf } from '../contract/commands'
import type { CoreState } from './core-state'
import * as journal from '../journal'
import * as posture from '../posture'
import * as reminders from '../reminders'
import * as routines from '../routines'
import { applySettingsPatch, defaultSettings, describeIssues, issuesMessage } from '../settings'
import { msg } from '../i18n/catalog'
import * as therapy from '../therapy'
import {
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

  calibratePosture: (core, _payload, ctx) =>
    onDomain('posture', core, ctx, (state) => posture.calibrate(state, core.settings.posture)),
}
