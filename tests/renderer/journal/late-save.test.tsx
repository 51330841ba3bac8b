import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { UnknotApi } from '../../../src/shared/contract/contract'
import { browserHost } from '../../../src/renderer/src/host/browser'
import type { Host } from '../../../src/renderer/src/host/types'
import { renderApp } from '../render-app'

describe('a spasm saved while the person goes on typing', () => {
  it('keeps the note typed after Save when the acknowledgement comes late', async () => {
    const inner = browserHost()
    let acknowledge = (): void => {}
    const held = new Promise<void>((resolve) => (acknowledge = resolve))
    // As when another tab takes over the core: the save is answered only once the test lets it through.
    const api: UnknotApi = { ...inner.api, dispatch: async (command) => (await held, inner.api.dispatch(command)) }
    const host: Host = { ...inner, api }
    const user = userEvent.setup()
    renderApp('#/journal', host)
    const note = await screen.findByRole('textbox', { name: 'Note (optional)' })
    await user.type(note, 'first')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await user.clear(note)
    await user.type(note, 'second')
    acknowledge()
    expect(await screen.findByText(/^Saved: lower back/)).toBeTruthy()
    expect(note).toHaveProperty('value', 'second')
  })

  it('clears the note once its own save is acknowledged', async () => {
    const user = userEvent.setup()
    renderApp('#/journal')
    const note = await screen.findByRole('textbox', { name: 'Note (optional)' })
    await user.type(note, 'only one')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText(/^Saved: lower back/)).toBeTruthy()
    expect(note).toHaveProperty('value', '')
  })
})
