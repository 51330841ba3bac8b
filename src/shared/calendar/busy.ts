import ICAL from 'ical.js'
import { msg } from '../i18n/catalog'
import { fail, ok, type Result } from '../kernel/result'
import { DAY_MS } from '../kernel/time'
import { isMeeting, normalizeAddress } from './meetings'
import { clipIntervals, mergeIntervals, type BusyInterval } from './intervals'
import { isKnownTimeZone, wallTimeToEpoch } from './zones'

export interface BusyWindow {
  fromWall: number
  toWall: number
}

export interface BusyOptions {
  /** the person's IANA zone: floating times ("10:00", no zone) are read in it unless the feed names its own */
  timeZone: string
  /** the person's own e-mail addresses, to recognise the events they declined */
  myAddresses?: readonly string[]
}

/**
 * A hostile or broken feed could ask for millions of occurrences; reading stops well before that takes seconds.
 * Daily and weekly series skip ahead to the window, so a real calendar stays far below it.
 */
const OCCURRENCE_BUDGET = 10_000

class TooManyOccurrences extends Error {}

/**
 * The meetings of an iCalendar feed inside a window, merged into busy intervals. Recurrences, their exceptions,
 * EXDATEs and time zones are all ical.js's work; which events are meetings is `isMeeting`'s rule. A feed that
 * cannot be read gives a clear error and no intervals at all.
 */
export function busyIntervals(icsText: string, span: BusyWindow, options: BusyOptions): Result<BusyInterval[]> {
  let calendar: ICAL.Component
  try {
    calendar = new ICAL.Component(ICAL.parse(icsText) as unknown[])
  } catch {
    return fail(msg('The calendar file is damaged: Unknot could not read it.'))
  }
  if (calendar.name !== 'vcalendar') return fail(msg('This address did not return a calendar file.'))
  try {
    const reader = new FeedReader(calendar, span, options)
    return ok(mergeIntervals(clipIntervals(reader.read(), span)))
  } catch (error) {
    if (error instanceof TooManyOccurrences)
      return fail(msg('The calendar repeats its events too often for Unknot to read.'))
    return fail(msg('The calendar file is damaged: Unknot could not read it.'))
  }
}

class FeedReader {
  private readonly myAddresses: ReadonlySet<string>
  private readonly floatingZone: string
  private budget = OCCURRENCE_BUDGET

  constructor(
    private readonly calendar: ICAL.Component,
    private readonly span: BusyWindow,
    options: BusyOptions,
  ) {
    const calendarName = String(calendar.getFirstPropertyValue('x-wr-calname') ?? '')
    const addresses = [...(options.myAddresses ?? []), ...(calendarName.includes('@') ? [calendarName] : [])]
    this.myAddresses = new Set(addresses.map(normalizeAddress).filter(Boolean))
    const feedZone = String(calendar.getFirstPropertyValue('x-wr-timezone') ?? '')
    this.floatingZone = isKnownTimeZone(feedZone) ? feedZone : options.timeZone
  }

  read(): BusyInterval[] {
    const busy: BusyInterval[] = []
    for (const [, components] of this.eventsByUid()) {
      const masters = components.filter((component) => !component.hasProperty('recurrence-id'))
      const exceptions = components.filter((component) => component.hasProperty('recurrence-id'))
      for (const master of masters) busy.push(...this.masterOccurrences(master, exceptions))
      // An exception is an event of its own: it may move an occurrence into the window, or out of it.
      for (const exception of exceptions) busy.push(...this.single(new ICAL.Event(exception)))
    }
    return busy
  }

  private eventsByUid(): Map<string, ICAL.Component[]> {
    const byUid = new Map<string, ICAL.Component[]>()
    this.calendar.getAllSubcomponents('vevent').forEach((component, index) => {
      const uid = String(component.getFirstPropertyValue('uid') ?? `no-uid-${index}`)
      byUid.set(uid, [...(byUid.get(uid) ?? []), component])
    })
    return byUid
  }

  private masterOccurrences(master: ICAL.Component, exceptions: ICAL.Component[]): BusyInterval[] {
    const event = new ICAL.Event(master, { exceptions, strictExceptions: true })
    if (!event.isRecurring()) return this.single(event)
    if (event.startDate.isDate) return []
    const lengthMs = this.epoch(event.endDate, event) - this.epoch(event.startDate, event)
    const iterator = event.iterator(this.skipAhead(event, lengthMs))
    const busy: BusyInterval[] = []
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (--this.budget < 0) throw new TooManyOccurrences()
      const startWall = this.epoch(next, event)
      if (startWall >= this.span.toWall) break
      if (startWall + lengthMs + DAY_MS <= this.span.fromWall) continue
      // Occurrences an exception replaces are read from the exception itself.
      if (isReplaced(event, next)) continue
      const details = event.getOccurrenceDetails(next)
      const interval = this.interval(details.item, details.startDate, details.endDate)
      if (interval) busy.push(interval)
    }
    return busy
  }

  /**
   * Where to start expanding a series. A daily or weekly rule without COUNT repeats whole periods, so starting a
   * whole number of periods after DTSTART (in the event's own zone, by ical.js) gives the same occurrences from
   * there on; the rule is read through ical.js, never parsed here. Anything else starts at DTSTART.
   */
  private skipAhead(event: ICAL.Event, lengthMs: number): ICAL.Time | undefined {
    const rules = event.component.getAllProperties('rrule')
    if (rules.length !== 1 || event.component.hasProperty('rdate')) return undefined
    const rule = rules[0]!.getFirstValue() as ICAL.Recur
    const periodDays = rule.freq === 'DAILY' ? 1 : rule.freq === 'WEEKLY' ? 7 : 0
    if (periodDays === 0 || rule.count) return undefined
    const stepDays = periodDays * (rule.interval || 1)
    const startWall = this.epoch(event.startDate, event)
    // A day of margin covers DST shifts; the occurrence length covers one that started before the window.
    const skippable = this.span.fromWall - lengthMs - DAY_MS - startWall
    const steps = Math.floor(skippable / (stepDays * DAY_MS))
    if (steps <= 0) return undefined
    const start = event.startDate.clone()
    start.adjust(steps * stepDays, 0, 0, 0)
    return start
  }

  private single(event: ICAL.Event): BusyInterval[] {
    const interval = this.interval(event, event.startDate, event.endDate)
    return interval ? [interval] : []
  }

  private interval(event: ICAL.Event, start: ICAL.Time, end: ICAL.Time): BusyInterval | undefined {
    if (start.isDate || !isMeeting(event, this.myAddresses)) return undefined
    const startWall = this.epoch(start, event)
    const endWall = this.epoch(end, event)
    if (endWall <= startWall || endWall - startWall >= DAY_MS) return undefined
    if (endWall <= this.span.fromWall || startWall >= this.span.toWall) return undefined
    return { startWall, endWall }
  }

  /**
   * Epoch ms of an ical.js time. Times in UTC or in a zone the feed defines are converted by ical.js. A floating
   * time, or one naming a zone the feed does not define, is read in that zone when it is a known IANA name, else
   * in the feed's X-WR-TIMEZONE or the person's zone.
   */
  private epoch(time: ICAL.Time, event: ICAL.Event): number {
    if (time.zone !== ICAL.Timezone.localTimezone) return time.toUnixTime() * 1000
    const named = event.component.getFirstProperty('dtstart')?.getParameter('tzid')
    const zone = typeof named === 'string' && isKnownTimeZone(named) ? named : this.floatingZone
    return wallTimeToEpoch(time, zone)
  }
}

function isReplaced(event: ICAL.Event, occurrence: ICAL.Time): boolean {
  const utc = occurrence.convertToZone(ICAL.Timezone.utcTimezone).toString()
  return occurrence.toString() in event.exceptions || utc in event.exceptions
}
