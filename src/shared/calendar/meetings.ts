import type ICAL from 'ical.js'

/**
 * Which events are meetings. A desk worker expects the calendar to hold prompts only while a meeting is actually on:
 * - free time (TRANSP:TRANSPARENT, or Outlook's busy status FREE), cancelled events, and events the person
 *   declined are not meetings;
 * - out-of-office and working-elsewhere blocks (Outlook's busy status OOF / WORKINGELSEWHERE) are not meetings:
 *   the person is away, which idle time already shows;
 * - all-day events and anything lasting a day or more (a vacation, a trip, a conference) are not meetings, even
 *   when marked busy: they would otherwise hold every prompt for the whole day;
 * - tentative answers count as meetings (calendars show them as busy).
 * "Declined" means an ATTENDEE whose address is one of the person's own has PARTSTAT=DECLINED. Other guests'
 * answers never matter. The person's addresses are the one set in Settings and, when the feed's calendar name is
 * an e-mail address (Google names a person's main calendar after their address), that one.
 */
export function isMeeting(event: ICAL.Event, myAddresses: ReadonlySet<string>): boolean {
  const component = event.component
  if (upper(component.getFirstPropertyValue('status')) === 'CANCELLED') return false
  if (upper(component.getFirstPropertyValue('transp')) === 'TRANSPARENT') return false
  const busyStatus = upper(component.getFirstPropertyValue('x-microsoft-cdo-busystatus'))
  if (busyStatus === 'FREE' || busyStatus === 'OOF' || busyStatus === 'WORKINGELSEWHERE') return false
  return !declinedBy(event, myAddresses)
}

function declinedBy(event: ICAL.Event, myAddresses: ReadonlySet<string>): boolean {
  if (myAddresses.size === 0) return false
  return event.attendees.some(
    (attendee) =>
      upper(attendee.getParameter('partstat')) === 'DECLINED' &&
      myAddresses.has(normalizeAddress(String(attendee.getFirstValue() ?? ''))),
  )
}

/** "MAILTO:Ana@Example.com" and "ana@example.com" are the same person. */
export function normalizeAddress(address: string): string {
  return address
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase()
}

function upper(value: unknown): string {
  return typeof value === 'string' ? value.trim().toUpperCase() : ''
}
