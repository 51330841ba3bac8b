import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import '../../../src/renderer/src/i18n'
import { onFirstUse } from '../../../src/renderer/src/screens/on-first-use'

function Greeting({ name }: { name: string }) {
  return <h2>Hello, {name}</h2>
}

/** A screen's code as a test hands it over: each import waits until the test settles it. */
function controlledImport() {
  const imports: Array<{ resolve: (screen: typeof Greeting) => void; reject: (error: Error) => void }> = []
  const importScreen = () =>
    new Promise<typeof Greeting>((resolve, reject) => {
      imports.push({ resolve, reject })
    })
  return { imports, importScreen }
}

describe('a screen loaded on first use', () => {
  it('says it is loading, then shows the screen with its props once the code is here', async () => {
    const { imports, importScreen } = controlledImport()
    const { View } = onFirstUse(importScreen)
    render(<View name="Ana" />)
    expect(screen.getByRole('status').textContent).toBe('Loading…')
    expect(imports).toHaveLength(1)
    imports[0]!.resolve(Greeting)
    expect(await screen.findByRole('heading', { name: 'Hello, Ana' })).toBeTruthy()
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('shows at once, with no loading step and no second import, once its code was fetched ahead', async () => {
    const { imports, importScreen } = controlledImport()
    const { View, load } = onFirstUse(importScreen)
    const fetched = load()
    void load()
    imports[0]!.resolve(Greeting)
    await fetched
    render(<View name="Ana" />)
    expect(screen.getByRole('heading', { name: 'Hello, Ana' })).toBeTruthy()
    expect(screen.queryByRole('status')).toBeNull()
    expect(imports).toHaveLength(1)
  })

  it('says so in words when the code cannot load, and tries afresh on request', async () => {
    const { imports, importScreen } = controlledImport()
    const { View } = onFirstUse(importScreen)
    render(<View name="Ana" />)
    imports[0]!.reject(new Error('Failed to fetch dynamically imported module'))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('This screen could not be loaded. Check your connection, then try again.')

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByRole('status').textContent).toBe('Loading…')
    expect(imports).toHaveLength(2)
    imports[1]!.resolve(Greeting)
    expect(await screen.findByRole('heading', { name: 'Hello, Ana' })).toBeTruthy()
  })
})
