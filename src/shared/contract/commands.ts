import { z } from 'zod'
import * as flare from '../flare'
import * as journal from '../journal'
import * as posture from '../posture'
import * as reminders from '../reminders'
import * as routines from '../routines'
import * as therapy from '../therapy'
import { msg } from '../i18n/catalog'
import { interpolate, type Message } from '../kernel/message'
import { issuesMessage, NOT_UNDERSTOOD, parsePlainly, type FieldIssue } from '../settings/issues'

/**
 * Every command the UI can send, by name, with the zod schema of its payload. The companion has one handler per
 * entry (checked by the compiler), and `parseCommand` checks every payload against its schema first.
 */
const empty = z.object({}).strict()

export const commandPayloads = {
  updateSettings: z
    .object({ patch: z.record(z.string(), z.unknown(), { error: msg('A settings change must be an object.') }) })
    .strict(),
  resetSettings: empty,
  dismissNotice: z.object({ id: z.string().min(1).max(64) }).strict(),

  startBreak: reminders.startBreakPayload,
  snoozeBreak: reminders.snoozeBreakPayload,
  skipBreak: reminders.skipBreakPayload,
  endBreak: reminders.endBreakPayload,
  leaveBreakEarly: reminders.leaveBreakEarlyPayload,
  pauseReminders: reminders.pauseRemindersPayload,
  resumeReminders: reminders.resumeRemindersPayload,
  startMeeting: reminders.startMeetingPayload,
  endMeeting: reminders.endMeetingPayload,
  previewBreak: reminders.previewBreakPayload,
  remindToday: reminders.remindTodayPayload,

  startRoutine: routines.startRoutinePayload,
  pauseRoutine: routines.pauseRoutinePayload,
  resumeRoutine: routines.resumeRoutinePayload,
  nextStep: routines.nextStepPayload,
  previousStep: routines.previousStepPayload,
  endRoutine: routines.endRoutinePayload,
  rateSession: routines.rateSessionPayload,
  closeSummary: routines.closeSummaryPayload,
  saveCustomRoutine: routines.saveCustomRoutinePayload,
  deleteCustomRoutine: routines.deleteCustomRoutinePayload,
  duplicateRoutine: routines.duplicateRoutinePayload,

  logSpasm: journal.logSpasmPayload,
  logRating: journal.logRatingPayload,
  editJournalEntry: journal.editEntryPayload,
  deleteJournalEntry: journal.deleteEntryPayload,
  undoJournalDelete: journal.undoDeletePayload,
  importJournal: journal.importJournalPayload,

  acceptFlareMode: flare.acceptFlarePayload,
  declineFlareMode: flare.declineFlarePayload,
  endFlareMode: flare.endFlarePayload,
  keepFlareMode: flare.keepFlarePayload,
  closeFlareRedFlags: flare.closeFlareRedFlagsPayload,

  startTherapyEpisode: therapy.startEpisodePayload,
  confirmTherapySafety: therapy.confirmSafetyPayload,
  endTherapyEpisode: therapy.endEpisodePayload,
  startTherapySession: therapy.startSessionPayload,
  pauseTherapySession: therapy.pauseSessionPayload,
  resumeTherapySession: therapy.resumeSessionPayload,
  addTherapyMinute: therapy.addMinutePayload,
  endTherapySession: therapy.endSessionPayload,
  acknowledgeTherapyEnd: therapy.acknowledgeEndPayload,
  dismissSkinCheck: therapy.dismissSkinCheckPayload,

  calibratePosture: posture.calibratePosturePayload,
} as const

export type CommandType = keyof typeof commandPayloads
export type PayloadOf<K extends CommandType> = z.output<(typeof commandPayloads)[K]>
type InputOf<K extends CommandType> = z.input<(typeof commandPayloads)[K]>

/** A command as the UI writes it (`payload` may be left out when it has no fields). */
export type Command = { [K in CommandType]: { type: K; payload?: InputOf<K> } }[CommandType]
/** A command after validation: defaults filled in. */
export type ParsedCommandOf<K extends CommandType> = { type: K; payload: PayloadOf<K> }
export type ValidCommand = { [K in CommandType]: ParsedCommandOf<K> }[CommandType]

/** A refusal: `error`/`message` in plain words for the person; `detail` names the command and fields, for developers. */
export type CommandRefusal = { ok: false; error: string; message?: Message; issues?: FieldIssue[]; detail?: string }

export type ParsedCommand = { ok: true; command: ValidCommand } | CommandRefusal

/** A refusal of a command or a query: plain words from the issues, and the detail for developers. */
function refused(detail: string, issues?: FieldIssue[]): CommandRefusal {
  const plain = issues && issues.length > 0 ? issuesMessage(issues) : { text: NOT_UNDERSTOOD }
  return {
    ok: false,
    error: interpolate(plain.text, plain.values),
    message: plain,
    ...(issues ? { issues } : {}),
    detail,
  }
}

/**
 * Checks a named request (a command or a query) against its table of payload schemas: an object with a known
 * `type`, no other field than `payload`, and a payload its schema accepts (defaults filled in).
 */
export function parseNamed<P extends Record<string, z.ZodType>>(
  noun: 'command' | 'query',
  payloads: P,
  raw: unknown,
): { ok: true; type: keyof P & string; payload: unknown } | CommandRefusal {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return refused(`A ${noun} is an object with a "type".`)
  }
  const { type, payload = {}, ...rest } = raw as Record<string, unknown>
  if (typeof type !== 'string' || !Object.hasOwn(payloads, type)) {
    return refused(typeof type === 'string' ? `No ${noun} "${type.slice(0, 40)}".` : `A ${noun} without a type.`)
  }
  const extra = Object.keys(rest)
  if (extra.length > 0) {
    return refused(`"${type}": unexpected field ${extra.map((k) => `"${k.slice(0, 40)}"`).join(', ')}.`)
  }
  const parsed = parsePlainly(payloads[type] as z.ZodType, payload)
  if (!parsed.success) return refused(`"${type}": ${parsed.detail}`, parsed.issues)
  return { ok: true, type, payload: parsed.data }
}

export function parseCommand(raw: unknown): ParsedCommand {
  const parsed = parseNamed('command', commandPayloads, raw)
  if (!parsed.ok) return parsed
  return { ok: true, command: { type: parsed.type, payload: parsed.payload } as ValidCommand }
}
