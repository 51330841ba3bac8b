import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { browserHost } from '../../../src/renderer/src/host/browser'
import { appContent } from '../../../src/renderer/src/app'
import { Window } from '../../../src/renderer/src/shell/Window'

const loadCore = () => import('../../../src/renderer/src/host/browser-leader')

describe('the web companion’s core, loaded on demand', () => {
  it('applies a command sent before its code has loaded once it has, in order', async () => {
    let release: () => void = () => undefined
    const loading = new Promise<void>((resolve) => (release = resolve))
    const { api } = browserHost(async () => {
      await loading
      return loadCore()
    })
    const first = api.dispatch({ type: 'updateSettings', payload: { patch: { sound: { chimes: false } } } })
    const second = api.dispatch({ type: 'updateSettings', payload: { patch: { sound: { chimes: true } } } })
    release()
    expect((await first).ok).toBe(true)
    expect((await second).ok).toBe(true)
    expect((await api.getSnapshot()).settings.sound.chimes).toBe(true)
  })

  it('says so and offers to try again when its code cannot be loaded', async () => {
    const host = browserHost(() => Promise.reject(new Error('Failed to fetch dynamically imported module')))
    const content = Promise.resolve(appContent(host))
    render(<Window load={() => content} />)
    const failure = await screen.findByRole('alert')
    expect(failure.textContent).toContain('Unknot could not finish loading.')
    expect(within(failure).getByRole('button', { name: 'Reload' })).toBeTruthy()
    expect(screen.queryByText('Starting…')).toBeNull()
  })
})
