import type { JournalEntry } from './schema'
import type { JournalState } from './state'
import type { BreakRecord } from '../reminders'

export const CSV_COLUMNS = [
  'id',
  'kind',
  'time_utc',
  'area',
  'side',
  'intensity',
  'trigger',
  'source',
  'rating',
  'outcome',
  'ref',
  'note',
  'break_kind',
  'break_outcome',
] as const

/** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
export function csvField(value: string): string {
  // A leading = + - @ would run as a formula in spreadsheets; a leading apostrophe keeps it plain text.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

function row(entry: JournalEntry): string[] {
  const time = new Date(entry.wall).toISOString()
  if (entry.kind === 'spasm') {
    return [
      entry.id,
      'spasm',
      time,
      entry.area,
      entry.side,
      String(entry.intensity),
      entry.trigger,
      '',
      '',
      '',
      '',
      entry.note,
      '',
      '',
    ]
  }
  return [
    entry.id,
    'rating',
    time,
    '',
    '',
    '',
    '',
    entry.source,
    entry.rating === null ? '' : String(entry.rating),
    entry.outcome ?? '',
    entry.ref ?? '',
    '',
    '',
    '',
  ]
}

function breakRow(record: BreakRecord): string[] {
  const time = new Date(record.atWall).toISOString()
  return ['', 'break', time, '', '', '', '', '', '', '', '', '', record.kind, record.outcome]
}

/** The journal and the break history as CSV with a header row and CRLF line ends, oldest first. */
export function toCsv(journal: JournalState, breaks: readonly BreakRecord[] = []): string {
  const rows = [
    ...journal.entries.map((entry) => ({ wall: entry.wall, fields: row(entry) })),
    ...breaks.map((record) => ({ wall: record.atWall, fields: breakRow(record) })),
  ].sort((a, b) => a.wall - b.wall)
  const lines = [[...CSV_COLUMNS], ...rows.map(({ fields }) => fields)]
  return lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n'
}
