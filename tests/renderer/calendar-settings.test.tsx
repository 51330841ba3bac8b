import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { CalendarFeedStatus } from '../../src/shared/calendar/status'
import { browserHost } from '../../src/renderer/src/host/browser'
import { SETTINGS_KEY } from '../../src/renderer/src/host/browser-keys'
import { CalendarSettings } from '../../src/renderer/src/screens/settings/CalendarSettings'
import { useSettingsSaver } from '../../src/renderer/src/screens/settings/useSettingsSaver'
import { HostProvider, useSnapshot } from '../../src/renderer/src/state/host-context'
import { renderApp } from './render-app'
import { RETURNING_USER_SETTINGS } from './support'

const SECRET = 'private-77d2c9a1'
const FEED = `https://calendar.example.com/${SECRET}/basic.ics`

function Harness({ statuses }: { statuses: CalendarFeedStatus[] }) {
  const snapshot = useSnapshot()
  const saver = useSettingsSaver()
  if (!snapshot) return null
  return (
    <CalendarSettings
      calendar={snapshot.settings.calendar}
      statuses={statuses}
      timeZone="Europe/Madrid"
      saver={saver}
    />
  )
}

/** The calendar group as the desktop app shows it (the in-page companion, dressed as the desktop host). */
function renderDesktop(statuses: CalendarFeedStatus[] = []) {
  const host = { ...browserHost(), kind: 'electron' as const, browser: undefined }
  return render(
    <HostProvider host={host}>
      <Harness statuses={statuses} />
    </HostProvider>,
  )
}

function storeFeeds(feeds: string[]) {
  window.localStorage.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, calendar: { feeds, email: '' } }))
}

const storedFeeds = () => JSON.parse(window.localStorage.getItem(SETTINGS_KEY) ?? '{}').calendar?.feeds

afterEach(() => window.localStorage.clear())

describe('calendar settings on the desktop', () => {
  it('add a feed from the keyboard, name it by its site only, and remove it again', async () => {
    const user = userEvent.setup()
    renderDesktop()
    const address = await screen.findByRole('textbox', { name: 'Calendar address' })
    await user.click(address)
    await user.keyboard(`${FEED}{Enter}`)
    const list = await screen.findByRole('list', { name: 'Your calendars' })
    expect(within(list).getByText('Calendar 1 (calendar.example.com)')).toBeTruthy()
    expect(within(list).getByText('Not fetched yet.')).toBeTruthy()
    expect(storedFeeds()).toEqual([FEED])
    expect((address as HTMLInputElement).value).toBe('')
    expect(document.body.textContent).not.toContain(SECRET)

    const remove = screen.getByRole('button', { name: 'Remove calendar 1 (calendar.example.com)' })
    remove.focus()
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('list', { name: 'Your calendars' })).toBeNull()
    expect(storedFeeds()).toEqual([])
  })

  it('refuse a plain http address next to the field, keeping what was typed', async () => {
    const user = userEvent.setup()
    renderDesktop()
    const address = await screen.findByRole('textbox', { name: 'Calendar address' })
    await user.type(address, 'http://calendar.example.com/basic.ics')
    await user.click(screen.getByRole('button', { name: 'Add calendar' }))
    expect(await screen.findByText('A calendar address must start with https:// (or webcal://).')).toBeTruthy()
    expect(address.getAttribute('aria-invalid')).toBe('true')
    expect((address as HTMLInputElement).value).toBe('http://calendar.example.com/basic.ics')
    expect(window.localStorage.getItem(SETTINGS_KEY)).toBe(RETURNING_USER_SETTINGS)
  })

  it('say when each feed was last fetched, and why one failed and which copy is used', async () => {
    const other = 'https://outlook.example.net/owa/calendar/reachcalendar.ics'
    storeFeeds([FEED, other])
    renderDesktop([
      { url: FEED, state: 'ok', fetchedAtWall: Date.parse('2026-11-25T09:42:00Z') },
      {
        url: other,
        state: 'failed',
        error: { text: 'The calendar server answered with an error ({{status}}).', values: { status: 500 } },
        lastGoodAtWall: Date.parse('2026-11-24T17:05:00Z'),
      },
    ])
    const items = within(await screen.findByRole('list', { name: 'Your calendars' })).getAllByRole('listitem')
    expect(items[0]?.textContent).toContain('Last fetched Wed 25 Nov, 10:42.')
    expect(items[1]?.textContent).toContain(
      'The calendar server answered with an error (500). The copy from Tue 24 Nov, 18:05 is used meanwhile.',
    )
  })

  it('take the e-mail address used to leave out declined meetings', async () => {
    const user = userEvent.setup()
    renderDesktop()
    const email = await screen.findByRole('textbox', { name: 'Your e-mail address in these calendars' })
    await user.type(email, 'ana@example.com{Enter}')
    expect(JSON.parse(window.localStorage.getItem(SETTINGS_KEY) ?? '{}').calendar.email).toBe('ana@example.com')
  })

  it('offer no sixth feed', async () => {
    storeFeeds([1, 2, 3, 4, 5].map((n) => `https://calendar.example.com/${n}.ics`))
    renderDesktop()
    expect(await screen.findByText('Unknot reads at most 5 calendars.')).toBeTruthy()
    expect(screen.queryByRole('textbox', { name: 'Calendar address' })).toBeNull()
  })
})

describe('calendar settings in the web companion', () => {
  it('say in one sentence that calendars are a desktop feature, and offer no field', async () => {
    renderApp('#/settings')
    expect(await screen.findByText(/Calendars are a desktop feature/)).toBeTruthy()
    expect(screen.queryByRole('textbox', { name: 'Calendar address' })).toBeNull()
  })
})
