import { act, screen, within } from '@testing-library/react'
import { StrictMode, type ComponentType } from 'react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { frameMarkup } from '../../../src/renderer/src/shell/frame-markup'
import { Window, type ContentProps } from '../../../src/renderer/src/shell/Window'

function TodayContent({ screen }: ContentProps) {
  return <p>Content of {screen}</p>
}

/** The built index.html's root as a start finds it: the frame's HTML, no React yet. */
function shippedPage(): HTMLElement {
  const root = document.createElement('div')
  root.id = 'root'
  root.innerHTML = frameMarkup()
  document.body.append(root)
  return root
}

let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.innerHTML = ''
  window.location.hash = ''
  vi.restoreAllMocks()
})

/** Hydrates the shipped frame as src/renderer/src/start.tsx does; returns what React found wrong. */
async function hydrate(element: HTMLElement, load: () => Promise<ComponentType<ContentProps>>): Promise<unknown[]> {
  const recoverable: unknown[] = []
  await act(async () => {
    root = hydrateRoot(
      element,
      <StrictMode>
        <Window load={load} />
      </StrictMode>,
      { onRecoverableError: (error) => recoverable.push(error) },
    )
  })
  return recoverable
}

describe('the frame rendered into index.html at build time', () => {
  it('holds the heading, the navigation, the red-flags link and the note before any script runs', () => {
    shippedPage()
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBeTruthy()
    const nav = screen.getByRole('navigation', { name: 'Main' })
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Today', 'Routines', 'Therapy', 'Learn', 'Journal', 'Settings'])
    expect(within(nav).getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe('#/settings')
    expect(screen.getByRole('link', { name: 'Is this serious?' }).getAttribute('href')).toBe('#/red-flags')
    expect(screen.getByText(/not medical advice/)).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe('Starting…')
  })

  it('is taken over by the start without a mismatch, in the very same elements, then filled', async () => {
    const consoleError = vi.spyOn(console, 'error')
    const element = shippedPage()
    const heading = screen.getByRole('heading', { level: 1 })
    const settingsLink = screen.getByRole('link', { name: 'Settings' })
    let arrive: (content: ComponentType<ContentProps>) => void = () => {}
    const content = new Promise<ComponentType<ContentProps>>((resolve) => (arrive = resolve))
    expect(await hydrate(element, () => content)).toEqual([])
    expect(consoleError).not.toHaveBeenCalled()
    expect(screen.getByRole('heading', { level: 1 })).toBe(heading)
    expect(screen.getByRole('link', { name: 'Settings' })).toBe(settingsLink)
    await act(async () => arrive(TodayContent))
    expect(screen.getByText('Content of today')).toBeTruthy()
    expect(screen.queryByRole('status')).toBeNull()
    expect(screen.getByRole('heading', { level: 1 })).toBe(heading)
  })

  it('moves to the screen in the address (a deep link, or a link followed before the code came) once taken over', async () => {
    const consoleError = vi.spyOn(console, 'error')
    const element = shippedPage()
    const heading = screen.getByRole('heading', { level: 1 })
    window.location.hash = '#/journal'
    // as main.ts marks a start on another screen than the shipped one
    document.documentElement.classList.add('screen-pending')
    expect(await hydrate(element, () => new Promise(() => {}))).toEqual([])
    expect(document.documentElement.classList.contains('screen-pending')).toBe(false)
    expect(consoleError).not.toHaveBeenCalled()
    expect(screen.getByRole('heading', { level: 1, name: 'Journal' })).toBe(heading)
    expect(screen.getByRole('link', { name: 'Journal' }).getAttribute('aria-current')).toBe('page')
    expect(screen.getByRole('link', { name: 'Today' }).getAttribute('aria-current')).toBeNull()
    expect(document.activeElement).toBe(document.body)
  })

  it.each([
    ['#/', '#/settings', 'Settings'],
    // opened on another screen (main.ts hides the shipped heading then), and a link followed from there
    ['#/settings', '#/red-flags', 'Is this serious?'],
  ])(
    'opened at %s, moves focus to the heading of the screen whose link was followed before the start took over',
    async (openedAt, followed, name) => {
      const element = shippedPage()
      const heading = screen.getByRole('heading', { level: 1 })
      // the browser's record of the address the page was loaded with
      vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
        { name: `http://localhost:3000/${openedAt}` } as PerformanceEntry,
      ])
      if (openedAt !== '#/') document.documentElement.classList.add('screen-pending')
      window.location.hash = followed
      await hydrate(element, () => new Promise(() => {}))
      expect(screen.getByRole('heading', { level: 1, name })).toBe(heading)
      expect(document.activeElement).toBe(heading)
    },
  )

  it("moves focus to the new screen's heading when a link is followed before the code came, and keeps it there", async () => {
    const element = shippedPage()
    const heading = screen.getByRole('heading', { level: 1 })
    let arrive: (content: ComponentType<ContentProps>) => void = () => {}
    const content = new Promise<ComponentType<ContentProps>>((resolve) => (arrive = resolve))
    await hydrate(element, () => content)
    screen.getByRole('link', { name: 'Settings' }).focus()
    await act(async () => {
      window.location.hash = '#/settings'
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBe(heading)
    expect(document.activeElement).toBe(heading)
    expect(document.title).toBe('Settings · Unknot')
    await act(async () => arrive(TodayContent))
    expect(screen.getByText('Content of settings')).toBeTruthy()
    expect(document.activeElement).toBe(heading)
  })
})
