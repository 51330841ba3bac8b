import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '../render-app'
import { advance, useFakeTime, useRealTime } from '../support'

const MINUTE = 60_000

function setup() {
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
  const { host } = renderApp('#/therapy')
  return Object.assign(user, { host })
}

/** Preset → safety list → the session setup form, as a person gets there. */
async function openEpisode(user: ReturnType<typeof userEvent.setup>, preset: RegExp): Promise<void> {
  await user.click(await screen.findByRole('radio', { name: preset }))
  await user.click(screen.getByRole('button', { name: 'Start episode' }))
  const list = await screen.findByRole('group', { name: 'Read and tick each point' })
  for (const box of within(list).getAllByRole('checkbox')) await user.click(box)
  await user.click(screen.getByRole('button', { name: 'I have read these' }))
  await screen.findByRole('heading', { name: 'Next session' })
}

describe('therapy screen', () => {
  beforeEach(() => useFakeTime())
  afterEach(() => useRealTime())

  it('shows each preset with its reason and sources', async () => {
    setup()
    const heat = await screen.findByRole('radio', { name: 'Spasm or stiffness' })
    expect((heat as HTMLInputElement).checked).toBe(true)
    expect(heat.getAttribute('aria-describedby')).toBeTruthy()
    expect(screen.getByRole('radio', { name: 'Fresh strain or knock (first 48–72 hours)' })).toBeTruthy()
    expect(screen.getByRole('radio', { name: 'My own session' })).toBeTruthy()
    expect(screen.getAllByRole('link', { name: /^Cochrane: Superficial heat or cold for low back pain/ }).length).toBe(
      1,
    )
    expect(
      screen.getAllByRole('link', { name: /^Training Matters \(pharmacy training\): Ice and heat therapy/ }).length,
    ).toBe(3)
    expect(screen.getByRole('link', { name: 'Heat and cold: what helps' }).getAttribute('href')).toBe('#/learn')
    expect(
      screen.getByRole('link', { name: 'Warning signs: when back pain needs a doctor' }).getAttribute('href'),
    ).toBe('#/red-flags')
  })

  it('refuses the safety list until every item is ticked', async () => {
    const user = setup()
    await user.click(await screen.findByRole('button', { name: 'Start episode' }))
    const list = await screen.findByRole('group', { name: 'Read and tick each point' })
    const boxes = within(list).getAllByRole('checkbox')
    expect(boxes).toHaveLength(11)
    for (const point of [
      /towel or cloth between the pack/,
      /After about 5 minutes I will lift the pack/,
      /broken skin, an open wound or skin that looks infected/,
      /diabetes, numbness or less feeling in my skin \(for example from neuropathy\), poor circulation, wounds that are slow to heal/,
      /heat on an area that has recently swollen up/,
      /pregnant, I will not put heat on my tummy/,
      /heat over an area with a tumour or cancer/,
      /lowest setting that helps, and take it off if it feels too hot/,
      /stay awake while using heat/,
      /not use cold if I have Raynaud’s/,
      /not put heat over a heat rub or other pain cream or gel/,
    ])
      expect(within(list).getByRole('checkbox', { name: point })).toBeTruthy()
    const first = boxes[0]
    if (!first) throw new Error('no checkbox')
    await user.click(first)
    await user.click(screen.getByRole('button', { name: 'I have read these' }))
    expect(screen.getByRole('alert').textContent).toBe(
      'Please tick every item before the first session: each one keeps your skin safe.',
    )
    expect(screen.queryByRole('heading', { name: 'Next session' })).toBeNull()
  })

  it('runs a cold session: countdown, pause holds, +1 minute refused at the limit, end alert', async () => {
    const user = setup()
    await openEpisode(user, /Fresh strain/)
    expect((screen.getByRole('radio', { name: /Cold/ }) as HTMLInputElement).checked).toBe(true)
    expect((screen.getByRole('spinbutton', { name: 'Minutes' }) as HTMLInputElement).value).toBe('20')
    expect(screen.getByText(/Up to 20 minutes/)).toBeTruthy()
    // Start on a whole second, as the countdown ticks on whole seconds; then each minute reads exactly.
    await advance(1000 - (Date.now() % 1000))
    await user.click(screen.getByRole('button', { name: 'Start cold session' }))

    const timer = await screen.findByRole('timer')
    expect(timer.textContent).toBe('20:00')
    expect(screen.getByRole('heading', { name: /Cold pack/ })).toBeTruthy()
    await advance(MINUTE)
    expect(screen.getByRole('timer').textContent).toBe('19:00')
    expect(screen.getByRole('progressbar', { name: 'Cold pack session progress' }).getAttribute('aria-valuenow')).toBe(
      '5',
    )

    await user.click(screen.getByRole('button', { name: '+1 minute' }))
    expect(await screen.findByText(/A cold session can last at most 20 minutes/)).toBeTruthy()
    expect(screen.getByRole('timer').textContent).toBe('19:00')

    expect(screen.queryByText(/Take the pack off while the session is paused/)).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Pause' }))
    await advance(3 * MINUTE)
    expect(screen.getByRole('timer').textContent).toBe('19:00')
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('Cold pack paused: take the pack off.')
    expect(screen.getByText(/^Take the pack off while the session is paused/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Resume' }))
    expect(screen.queryByText(/Take the pack off while the session is paused/)).toBeNull()

    await advance(4 * MINUTE)
    expect(screen.getByRole('timer').textContent).toBe('15:00')
    expect(screen.getByRole('heading', { name: 'Skin check' })).toBeTruthy()
    expect(screen.getByText('The pack has been on for about 5 minutes.')).toBeTruthy()
    expect(screen.getByText('blisters')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Skin looks fine' }))
    expect(screen.queryByRole('heading', { name: 'Skin check' })).toBeNull()

    await advance(15 * MINUTE)
    expect(screen.getByRole('heading', { name: 'Time is up — take the pack off' })).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pack is off' }))
    // The pack comes off about two minutes after the time was up (on a whole second): the rest gap counts from here.
    await advance(2 * MINUTE + ((1000 - (Date.now() % 1000)) % 1000))
    await user.click(screen.getByRole('button', { name: 'Pack is off' }))

    const restGap = await screen.findByText(/Rest before the next pack, whichever kind/)
    expect(restGap.textContent).toBe('Rest before the next pack, whichever kind: 20:00 left')
    expect(screen.getByText(/^Skin that has just been cold needs time to return to normal/)).toBeTruthy()
    await advance(90_000)
    expect(restGap.textContent).toBe('Rest before the next pack, whichever kind: 18:30 left')

    // Heat now is refused by the companion too, with the time left and why.
    await user.click(screen.getByRole('radio', { name: /Heat/ }))
    expect(restGap.textContent).toBe('Rest before the next pack, whichever kind: 18:30 left')
    await user.click(screen.getByRole('button', { name: 'Start heat session' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your skin needs a rest before the next pack: you can put one on in 18:30. Skin that has just been cold ' +
        'needs time to return to normal, and until then it feels heat less, so a warm pack could burn it without ' +
        'you noticing.',
    )
    expect(screen.queryByRole('timer')).toBeNull()

    const rows = within(screen.getByRole('table')).getAllByRole('row')
    expect(rows).toHaveLength(2)
    expect(rows[1]?.textContent).toContain('Cold')
    expect(rows[1]?.textContent).toContain('Full time')
  })

  it('refuses a too-long custom session with the core message and starts nothing', async () => {
    const user = setup()
    await openEpisode(user, /My own session/)
    await user.click(screen.getByRole('radio', { name: /Heat/ }))
    const minutes = screen.getByRole('spinbutton', { name: 'Minutes' })
    await user.clear(minutes)
    await user.type(minutes, '45')
    await user.click(screen.getByRole('button', { name: 'Start heat session' }))
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toBe(
      'A heat session can last at most 20 minutes: longer on the skin raises the risk of burns. Take a break and start another session later.',
    )
    expect(minutes.getAttribute('aria-invalid')).toBe('true')
    expect(minutes.getAttribute('aria-describedby')).toContain(alert.id)
    expect(screen.queryByRole('timer')).toBeNull()
  })

  it('suggests warmth once the cold days of a fresh strain are over, and preselects heat', async () => {
    const user = setup()
    await openEpisode(user, /Fresh strain/)
    expect(screen.queryByRole('heading', { name: 'Time to switch to warmth' })).toBeNull()
    await advance(72 * 60 * MINUTE)
    expect(screen.getByRole('heading', { name: 'Time to switch to warmth' })).toBeTruthy()
    expect((screen.getByRole('radio', { name: /Heat/ }) as HTMLInputElement).checked).toBe(true)
    expect(screen.getByRole('radio', { name: /Heat/ }).closest('label')?.textContent).toBe('Heat (suggested now)')
  }, 180_000) // a limit for hangs: 72 hours of fake time: 25,920 idle readings, each a timer that vitest's async advance awaits

  it('records a session ended early and shows the companion refusal for a daily limit the person set', async () => {
    const user = setup()
    await screen.findByRole('button', { name: 'Start episode' })
    const saved = await user.host.api.dispatch({
      type: 'updateSettings',
      payload: { patch: { therapy: { dailySessionCap: 1 } } },
    })
    expect(saved.ok).toBe(true)
    await openEpisode(user, /Spasm or stiffness/)
    expect(screen.getByText('Your own limit: 1 session a day (set in Settings).')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Start heat session' }))
    await advance(2 * MINUTE)
    await user.click(screen.getByRole('button', { name: 'End session' }))
    const row = within(screen.getByRole('table')).getAllByRole('row')[1]
    expect(row?.textContent).toContain('Ended early')
    expect(row?.textContent).toContain('2:00')

    await advance(20 * MINUTE)
    const start = screen.getByRole('button', { name: 'Start heat session' }) as HTMLButtonElement
    expect(start.disabled).toBe(false)
    await user.click(start)
    expect((await screen.findByRole('alert')).textContent).toBe(
      'You set a limit of 1 sessions a day, and you have reached it today.',
    )
    expect(screen.getByRole('spinbutton', { name: 'Minutes' }).getAttribute('aria-invalid')).toBeNull()
    expect(screen.queryByRole('timer')).toBeNull()
  })

  it('says so when the session ran out while Unknot was closed', async () => {
    const user = setup()
    await openEpisode(user, /Spasm or stiffness/)
    await user.click(screen.getByRole('button', { name: 'Start heat session' }))
    expect((await screen.findByRole('timer')).textContent).toBe('20:00')
    // Close the app: its screen and its companion's timers are gone, the stored data stays.
    cleanup()
    vi.clearAllTimers()
    await advance(45 * MINUTE)
    renderApp('#/therapy')
    expect(await screen.findByRole('heading', { name: 'Time is up — take the pack off' })).toBeTruthy()
    expect(screen.getByText(/The session ended while Unknot was closed/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Pack is off' }))
    const row = within(screen.getByRole('table')).getAllByRole('row')[1]
    expect(row?.textContent).toContain('Ran out while Unknot was closed')
  })
})
