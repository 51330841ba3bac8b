import type { JournalEntry } from './schema'
import type { JournalState } from './state'

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
  ]
}

/** The journal as CSV with a header row and CRLF line ends, oldest entry first. */
export function toCsv(journal: JournalState): string {
  const lines = [[...CSV_COLUMNS], ...journal.entries.map(row)]
  return lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n'
}
