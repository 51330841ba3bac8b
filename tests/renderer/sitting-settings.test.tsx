import { render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { HostView, Snapshot, UnknotApi } from '../../src/shared/contract/contract'
import { browserHost } from '../../src/renderer/src/host/browser'
import type { Host } from '../../src/renderer/src/host/types'
import { SittingSettings } from '../../src/renderer/src/screens/settings/SittingSettings'
import { useSettingsSaver } from '../../src/renderer/src/screens/settings/useSettingsSaver'
import { HostProvider, useSnapshot } from '../../src/renderer/src/state/host-context'
import { inSpanish } from './support'

function Harness() {
  const snapshot = useSnapshot()
  const saver = useSettingsSaver()
  if (!snapshot) return null
  return <SittingSettings settings={snapshot.settings.reminders} saver={saver} />
}

/** The in-page companion dressed as the desktop host, its detectors reporting `detectors`. */
function renderDesktop(detectors: HostView['detectors']) {
  const inner = browserHost()
  const dress = (snapshot: Snapshot): Snapshot => ({ ...snapshot, host: { ...snapshot.host, detectors } })
  const api: UnknotApi = {
    ...inner.api,
    getSnapshot: async () => dress(await inner.api.getSnapshot()),
    on: (event, listener) =>
      inner.api.on(event, (payload) =>
        (listener as (value: unknown) => void)(event === 'snapshot' ? dress(payload as Snapshot) : payload),
      ),
  }
  const host: Host = { kind: 'electron', api }
  return render(
    <HostProvider host={host}>
      <Harness />
    </HostProvider>,
  )
}

const NO_PACTL = { text: '{{program}} is not installed.', values: { program: 'pactl' } }
const MACOS = {
  text: 'macOS tells which program uses the camera or microphone only to native code, which Unknot does not ship.',
}

afterEach(() => window.localStorage.clear())

describe('what Unknot can see, in Settings on the desktop', () => {
  it('says under a detector’s status why it cannot tell', async () => {
    renderDesktop({ calls: { status: 'unknown', reason: NO_PACTL }, presenting: { status: 'ok' } })
    const list = await screen.findByRole('list', { name: 'What Unknot can see' })
    const [calls, presenting] = within(list).getAllByRole('listitem')
    expect(calls!.textContent).toBe(
      'Calls: Unknot cannot tell on this system when a call is on. Use “I’m in a meeting” instead.' +
        'pactl is not installed.',
    )
    expect(within(calls!).getByText('pactl is not installed.').tagName).toBe('DIV')
    expect(presenting!.textContent).toBe(
      'Presenting: Unknot notices a fullscreen window in front and holds your breaks.',
    )
  })
})

describe('what Unknot can see, in Spanish', () => {
  inSpanish()

  it('words the reason in Spanish too', async () => {
    renderDesktop({ calls: { status: 'unknown', reason: MACOS } })
    const list = await screen.findByRole('list', { name: 'Lo que Unknot puede ver' })
    expect(within(list).getByText(/^macOS solo indica qué programa usa la cámara/)).toBeTruthy()
  })
})
