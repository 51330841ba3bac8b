export * from './schema'
export { initialJournalState, type JournalEvent, type JournalState } from './state'
export { editEntry, logRating, logSpasm, type JournalResult } from './commands'
export { deleteEntry, undoDelete } from './delete'
export {
  breaksPerDay,
  NUDGE_EPISODES,
  NUDGE_MEAN_INTENSITY,
  NUDGE_RECENT_ENTRIES,
  NUDGE_WINDOW_DAYS,
  recurrenceNudge,
  triggerCounts,
  weeklySeries,
  type RecurrenceNudge,
  type WeekPoint,
} from './insights'
export { CSV_COLUMNS, csvField, toCsv } from './csv'
export {
  importJournal,
  importJson,
  JOURNAL_FORMAT,
  JOURNAL_VERSION,
  journalFileSchema,
  toJson,
  type JournalFile,
} from './transfer'
export { CHART_WEEKS, journalView, type JournalView } from './view'
export { restoreJournal } from './persisted'
export {
  journalCursor,
  journalPage,
  journalPageRequest,
  MAX_PAGE,
  type JournalCursor,
  type JournalPage,
  type JournalPageRequest,
} from './paging'
