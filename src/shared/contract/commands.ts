import { z } from 'zod'
import * as journal from '../journal'
import * as posture from '../posture'
import * as reminders from '../reminders'
import * as routines from '../routines'
import * as therapy from '../therapy'
import { msg } from '../i18n/catalog'
import { messageOf, type Message } from '../kernel/message'
import { fieldIssues, issuesMessage, type FieldIssue } from '../settings/issues'

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
  pauseReminders: reminders.pauseRemindersPayload,
  resumeReminders: reminders.resumeRemindersPayload,
  startMeeting: reminders.startMeetingPayload,
  endMeeting: reminders.endMeetingPayload,

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

export type ParsedCommand =
  { ok: true; command: ValidCommand } | { ok: false; error: string; message?: Message; issues?: FieldIssue[] }

function isCommandType(type: unknown): type is CommandType {
  return typeof type === 'string' && Object.hasOwn(commandPayloads, type)
}

export function parseCommand(raw: unknown): ParsedCommand {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: msg('The command was rejected: a command is an object with a "type".') }
  }
  const { type, payload = {}, ...rest } = raw as Record<string, unknown>
  if (!isCommandType(type)) {
    return typeof type === 'string'
      ? {
          ok: false,
          ...messageOf(msg('The command was rejected: Unknot has no command "{{name}}".'), { name: type.slice(0, 40) }),
        }
      : { ok: false, error: msg('The command was rejected: Unknot has no command without a name.') }
  }
  const extra = Object.keys(rest)
  if (extra.length > 0) {
    return {
      ok: false,
      ...messageOf(msg('The "{{command}}" command was rejected: unexpected field {{fields}}.'), {
        command: type,
        fields: extra.map((k) => `"${k.slice(0, 40)}"`).join(', '),
      }),
    }
  }
  const parsed = commandPayloads[type].safeParse(payload)
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error)
    return {
      ok: false,
      ...messageOf(msg('The "{{command}}" command was rejected. {{problems}}'), {
        command: type,
        problems: issuesMessage(issues),
      }),
      issues,
    }
  }
  return { ok: true, command: { type, payload: parsed.data } as ValidCommand }
}
