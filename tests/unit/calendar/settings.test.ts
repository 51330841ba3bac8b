import { describe, expect, it } from 'vitest'
import { feedAddressProblem, feedFetchUrl } from '../../../src/shared/calendar/address'
import { applySettingsPatch, defaultSettings, loadSettings } from '../../../src/shared/settings'

const feed = (n: number) => `https://calendar.example.com/private-${n}/basic.ics`

describe('calendar settings', () => {
  it('start with no feeds and no address, and a file from before calendars still loads', () => {
    expect(defaultSettings().calendar).toEqual({ feeds: [], email: '' })
    expect(loadSettings({ version: 1, sound: { chimes: false } })).toMatchObject({ ok: true })
  })

  it('take up to five https feeds and an e-mail address', () => {
    const result = applySettingsPatch(defaultSettings(), {
      calendar: { feeds: [feed(1), ' webcal://p01.example.com/cal.ics '], email: 'ana@example.com' },
    })
    expect(result).toMatchObject({
      ok: true,
      settings: { calendar: { feeds: [feed(1), 'webcal://p01.example.com/cal.ics'], email: 'ana@example.com' } },
    })
  })

  it('refuse a plain http feed, a sixth feed, a repeated feed and a bad address, naming the field', () => {
    const refused = (calendar: unknown) => applySettingsPatch(defaultSettings(), { calendar })
    expect(refused({ feeds: ['http://calendar.example.com/basic.ics'] })).toEqual({
      ok: false,
      issues: [{ path: 'calendar.feeds.0', message: 'A calendar address must start with https:// (or webcal://).' }],
    })
    expect(refused({ feeds: [1, 2, 3, 4, 5, 6].map(feed) })).toEqual({
      ok: false,
      issues: [{ path: 'calendar.feeds', message: 'Unknot reads at most 5 calendars.' }],
    })
    expect(refused({ feeds: [feed(1), feed(1)] })).toEqual({
      ok: false,
      issues: [{ path: 'calendar.feeds', message: 'That calendar is already in the list.' }],
    })
    expect(refused({ email: 'ana at example' })).toEqual({
      ok: false,
      issues: [
        { path: 'calendar.email', message: 'Enter an e-mail address such as ana@example.com, or leave it empty.' },
      ],
    })
  })
})

describe('which feed addresses Unknot fetches', () => {
  it('fetches https, webcal as https, and http only from 127.0.0.1', () => {
    expect(feedFetchUrl('https://calendar.example.com/a.ics')).toBe('https://calendar.example.com/a.ics')
    expect(feedFetchUrl('webcal://calendar.example.com/a.ics')).toBe('https://calendar.example.com/a.ics')
    expect(feedFetchUrl('http://127.0.0.1:8080/a.ics')).toBe('http://127.0.0.1:8080/a.ics')
    for (const refused of [
      'http://calendar.example.com/a.ics',
      'http://localhost:8080/a.ics',
      'http://127.0.0.2/a.ics',
      'file:///home/ana/a.ics',
      'javascript:alert(1)',
      'calendar.example.com/a.ics',
      `https://calendar.example.com/${'x'.repeat(3000)}`,
    ]) {
      expect(feedFetchUrl(refused)).toBeUndefined()
      expect(feedAddressProblem(refused)).toBeTruthy()
    }
  })
})
