import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RECORDS_KEY, SETTINGS_KEY } from '../../../src/renderer/src/host/browser-keys'
import { renderApp } from '../render-app'

const stored = () => JSON.parse(window.localStorage.getItem(SETTINGS_KEY) ?? 'null') as Record<string, never> | null

async function openFresh() {
  window.localStorage.removeItem(SETTINGS_KEY)
  const user = userEvent.setup()
  renderApp('#/today')
  await screen.findByRole('heading', { level: 2, name: 'Welcome to Unknot' })
  return user
}

async function next(user: ReturnType<typeof userEvent.setup>, heading: string) {
  await user.click(screen.getByRole('button', { name: 'Next' }))
  const step = await screen.findByRole('heading', { level: 2, name: heading })
  expect(document.activeElement).toBe(step)
}

async function toTheLastStep(user: ReturnType<typeof userEvent.setup>) {
  for (const heading of [
    'When do you work?',
    'How often should you stand up?',
    'How firm should breaks be?',
    'Micro-breaks and water',
    'Language',
    'Try a break now',
  ])
    await next(user, heading)
}

describe('the first-run setup', () => {
  beforeEach(() => window.localStorage.removeItem(SETTINGS_KEY))

  it('opens on a fresh profile, says what Unknot is not, and keeps the checker one click away', async () => {
    await openFresh()
    expect(window.location.hash).toBe('#/setup')
    expect(screen.getByRole('heading', { level: 1, name: 'Set up Unknot' })).toBeTruthy()
    expect(screen.getByText('Step 1 of 7')).toBeTruthy()
    expect(screen.getByRole('heading', { level: 3, name: 'What Unknot is not' })).toBeTruthy()
    expect(screen.getByText('It is not medical advice, and it cannot tell what is causing your pain.')).toBeTruthy()
    const setup = screen.getByRole('region', { name: 'Welcome to Unknot' })
    expect(within(setup).getByRole('link', { name: 'Is this serious?' }).getAttribute('href')).toBe('#/red-flags')
  })

  it('walks every step, each heading taking the focus, saves nothing on the way, and saves the answers in one change at the end', async () => {
    const user = await openFresh()
    await next(user, 'When do you work?')
    const days = screen.getByRole('group', { name: 'Working days' })
    const checked = within(days)
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked)
      .map((box) => box.parentElement?.textContent)
    expect(checked).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])
    expect((screen.getByLabelText('Start time') as HTMLInputElement).value).toBe('09:00')
    await user.click(within(days).getByRole('checkbox', { name: 'Saturday' }))
    await user.click(within(days).getByRole('checkbox', { name: 'Sunday' }))
    const start = screen.getByLabelText('Start time')
    await user.clear(start)
    await user.type(start, '07:00')
    const end = screen.getByLabelText('End time')
    await user.clear(end)
    await user.type(end, '23:00')

    await next(user, 'How often should you stand up?')
    const choices = screen.getByRole('group', { name: 'Stand up after this much sitting' })
    expect(
      within(choices)
        .getAllByRole('radio')
        .map((radio) => radio.parentElement?.textContent),
    ).toEqual(['20 minutes', '30 minutes', '45 minutes', '60 minutes'])
    expect((within(choices).getByRole('radio', { name: '30 minutes' }) as HTMLInputElement).checked).toBe(true)
    await user.click(within(choices).getByRole('radio', { name: '45 minutes' }))
    expect((within(choices).getByRole('radio', { name: '45 minutes' }) as HTMLInputElement).checked).toBe(true)

    await next(user, 'How firm should breaks be?')
    const modes = screen.getByRole('group', { name: 'Stretch breaks and micro-breaks' })
    expect((within(modes).getByRole('radio', { name: 'Gentle' }) as HTMLInputElement).checked).toBe(true)
    expect(within(modes).getByRole('radio', { name: 'Firm' })).toHaveProperty('checked', false)
    expect(
      within(modes)
        .getAllByRole('radio')
        .map((radio) => document.getElementById(radio.getAttribute('aria-describedby') ?? '')?.textContent),
    ).toEqual([
      'A notification and a prompt on Today; you can snooze or skip it and carry on.',
      'A break screen covers every display, with Snooze and Skip still on it.',
      'A break screen without Snooze or Skip; you can leave early only a few times a day, as set in Settings.',
    ])
    await user.click(within(modes).getByRole('radio', { name: 'Firm' }))

    await next(user, 'Micro-breaks and water')
    await user.click(screen.getByRole('checkbox', { name: /^Micro-breaks/ }))
    await next(user, 'Language')
    await user.click(screen.getByRole('radio', { name: 'Español' }))
    await next(user, 'Try a break now')
    expect(stored()).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Finish' }))
    await screen.findByRole('heading', { level: 1, name: 'Hoy' })
    expect(window.location.hash).toBe('#/today')
    expect(stored()).toMatchObject({
      setupDone: true,
      reminders: {
        workingHours: { days: [0, 1, 2, 3, 4, 5, 6], start: '07:00', end: '23:00' },
        stretch: { enabled: true, everyMinutes: 45, mode: 'firm' },
        micro: { enabled: true, mode: 'firm' },
        water: { enabled: false },
      },
      appearance: { language: 'es' },
    })
  })

  it('goes back a step with the answers kept, and will not move on with hours it cannot save', async () => {
    const user = await openFresh()
    await next(user, 'When do you work?')
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])
      await user.click(screen.getByRole('checkbox', { name: day }))
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(screen.getByRole('alert').textContent).toBe('Choose at least one working day.')
    await user.click(screen.getByRole('checkbox', { name: 'Monday' }))
    const end = screen.getByLabelText('End time')
    await user.clear(end)
    await user.type(end, '08:00')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(screen.getByRole('alert').textContent).toBe('Working hours must end after they start.')
    await user.clear(end)
    await user.type(end, '17:00')
    await next(user, 'How often should you stand up?')
    await user.click(screen.getByRole('button', { name: 'Back' }))
    await screen.findByRole('heading', { level: 2, name: 'When do you work?' })
    expect((screen.getByLabelText('End time') as HTMLInputElement).value).toBe('17:00')
    expect((screen.getByRole('checkbox', { name: 'Monday' }) as HTMLInputElement).checked).toBe(true)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('left for another screen on the way, it picks up at the same step with the answers, until finished', async () => {
    const user = await openFresh()
    await next(user, 'When do you work?')
    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }))
    await next(user, 'How often should you stand up?')
    await user.click(screen.getByRole('radio', { name: '60 minutes' }))
    await next(user, 'How firm should breaks be?')
    await user.click(screen.getByRole('radio', { name: 'Strict' }))

    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Settings' }))
    await screen.findByRole('heading', { level: 1, name: 'Settings' })
    expect(stored()).toBeNull()
    await user.click(await screen.findByRole('button', { name: 'Run setup again' }))
    await screen.findByRole('heading', { level: 2, name: 'How firm should breaks be?' })
    expect(screen.getByRole('status').textContent).toBe(
      'Your answers so far are still here. Nothing is saved until you finish.',
    )
    expect((screen.getByRole('radio', { name: 'Strict' }) as HTMLInputElement).checked).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Back' }))
    await screen.findByRole('heading', { level: 2, name: 'How often should you stand up?' })
    expect((screen.getByRole('radio', { name: '60 minutes' }) as HTMLInputElement).checked).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Back' }))
    await screen.findByRole('heading', { level: 2, name: 'When do you work?' })
    expect((screen.getByRole('checkbox', { name: 'Saturday' }) as HTMLInputElement).checked).toBe(true)

    for (const heading of ['How often should you stand up?', 'How firm should breaks be?', 'Micro-breaks and water'])
      await next(user, heading)
    for (const heading of ['Language', 'Try a break now']) await next(user, heading)
    await user.click(screen.getByRole('button', { name: 'Finish' }))
    await screen.findByRole('heading', { level: 1, name: 'Today' })
    expect(stored()).toMatchObject({
      reminders: {
        workingHours: { days: [1, 2, 3, 4, 5, 6] },
        stretch: { everyMinutes: 60, mode: 'strict' },
        micro: { mode: 'strict' },
      },
    })

    // Finished, nothing is kept: setup again starts from the first step, with what is now set.
    window.location.hash = '#/setup'
    await screen.findByRole('heading', { level: 2, name: 'Welcome to Unknot' })
    expect(screen.queryByText('Your answers so far are still here. Nothing is saved until you finish.')).toBeNull()
  })

  it('skipping at any step keeps the defaults and does not come back', async () => {
    const user = await openFresh()
    await next(user, 'When do you work?')
    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }))
    await user.click(screen.getByRole('button', { name: 'Skip setup' }))
    await screen.findByRole('heading', { level: 1, name: 'Today' })
    expect(stored()).toMatchObject({ setupDone: true, reminders: { workingHours: { days: [1, 2, 3, 4, 5] } } })
    expect(stored()?.reminders).toMatchObject({ stretch: { everyMinutes: 30 } })
  })

  it('"Try a break now" shows the real prompt; its buttons close it and leave no trace in the history', async () => {
    const user = await openFresh()
    await toTheLastStep(user)
    await user.click(screen.getByRole('button', { name: 'Try a break now' }))
    const prompt = await screen.findByRole('alertdialog', { name: 'Time for a stretch break' })
    expect(document.activeElement).toBe(prompt)
    expect(screen.getByText('This is a preview: its buttons only close it, and it is not counted.')).toBeTruthy()
    await user.click(within(prompt).getByRole('button', { name: /^Skip/ }))
    await screen.findByRole('button', { name: 'Try a break now' })
    expect(screen.queryByRole('alertdialog')).toBeNull()
    const reminders = JSON.parse(window.localStorage.getItem(`${RECORDS_KEY}/reminders`) ?? '{}') as {
      history?: unknown[]
    }
    expect(reminders.history ?? []).toEqual([])
  })
})

describe('"Try a break now" in the web companion', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('asks for permission to notify from the click, before the prompt shows', async () => {
    const requestPermission = vi.fn(async () => 'granted')
    vi.stubGlobal('Notification', Object.assign(vi.fn(), { permission: 'default', requestPermission }))
    const user = await openFresh()
    await toTheLastStep(user)
    await user.click(screen.getByRole('button', { name: 'Try a break now' }))
    await screen.findByRole('alertdialog', { name: 'Time for a stretch break' })
    expect(requestPermission).toHaveBeenCalledTimes(1)
  })
})

describe('Settings → "Run setup again"', () => {
  it('opens the setup with what is set now, even an interval the setup does not offer', async () => {
    window.localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ version: 1, reminders: { stretch: { everyMinutes: 25 } } }),
    )
    const user = userEvent.setup()
    renderApp('#/settings')
    await user.click(await screen.findByRole('button', { name: 'Run setup again' }))
    await screen.findByRole('heading', { level: 2, name: 'Welcome to Unknot' })
    await next(user, 'When do you work?')
    await next(user, 'How often should you stand up?')
    expect((screen.getByRole('radio', { name: '25 minutes' }) as HTMLInputElement).checked).toBe(true)
    await user.click(screen.getByRole('radio', { name: '60 minutes' }))
    await user.click(screen.getByRole('button', { name: 'Skip setup' }))
    await screen.findByRole('heading', { level: 1, name: 'Today' })
    expect(stored()?.reminders).toMatchObject({ stretch: { everyMinutes: 25 } })
  })
})
