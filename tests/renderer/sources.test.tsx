import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ARTICLES, SOURCE_IDS, sourceById, type SourceId } from '../../src/shared/content'
import { reminderDefaultSources } from '../../src/shared/reminders'
import { renderApp } from './render-app'
import { openRoutines, startBreak } from './routines/helpers'
import { useFakeTime, useRealTime } from './support'
import { MINUTE, work } from './today/helpers'

/** Any source id as a whole word: none may reach the screen, where a person would have to decode it. */
const RAW_ID = new RegExp(`(^|[^a-z0-9-])(${SOURCE_IDS.join('|')})(?![a-z0-9-])`)

function expectNoRawIds(): void {
  expect(document.body.textContent ?? '').not.toMatch(RAW_ID)
}

/** The accessible name a source's link carries: publisher and title, then the hidden "opens in your browser". */
function sourceLink(container: HTMLElement, id: SourceId): HTMLElement {
  const { publisher, title } = sourceById(id)
  return within(container).getByRole('link', { name: `${publisher}: ${title} (opens in your browser)` })
}

afterEach(useRealTime)

describe('sources are shown the same way on every screen, never as raw ids', () => {
  it.each(ARTICLES.map((article) => [article.id, article] as const))(
    'article %s: every section names its sources by publisher and title, linked to their address',
    async (_id, article) => {
      renderApp(`#/learn/${article.id}`)
      const shown = await screen.findByRole('article', { name: article.title })
      for (const section of article.sections) {
        const region = within(shown).getByRole('region', { name: section.heading })
        for (const id of section.sources) {
          const { url } = sourceById(id)
          if (url?.startsWith('https:')) expect(sourceLink(region, id).getAttribute('href')).toBe(url)
          else expect(within(region).getByText(`${sourceById(id).publisher}: ${sourceById(id).title}`)).toBeTruthy()
        }
      }
      expectNoRawIds()
    },
  )

  it('red-flag outcome', async () => {
    const user = userEvent.setup()
    renderApp('#/red-flags')
    const group = await screen.findByRole('group', { name: 'Tick each one that is true for you now' })
    await user.click(within(group).getAllByRole('checkbox')[0]!)
    await user.click(screen.getByRole('button', { name: 'See what to do' }))
    expect(screen.getAllByRole('link', { name: /\(opens in your browser\)$/ }).length).toBeGreaterThan(0)
    expectNoRawIds()
  })

  it('therapy: presets', async () => {
    useFakeTime()
    renderApp('#/therapy')
    await screen.findByRole('radio', { name: 'Spasm or stiffness' })
    sourceLink(document.body, 'nebraska-ice-heat')
    expectNoRawIds()
  })

  it('settings: the reminder defaults', async () => {
    renderApp('#/settings')
    await screen.findByRole('link', { name: /^Health and Safety Executive: Should VDU users be given breaks\?/ })
    for (const id of [...reminderDefaultSources.stretch, ...reminderDefaultSources.micro]) sourceLink(document.body, id)
    expectNoRawIds()
  })

  it('routine player: the exercise on screen cites its own sources', async () => {
    useFakeTime()
    const user = openRoutines()
    await startBreak(user)
    const guide = screen.getByRole('heading', { level: 3, name: /^Coming up: Stand up and move/ }).parentElement!
    sourceLink(guide, 'hse-breaks')
    sourceLink(guide, 'mayo-workday')
    expectNoRawIds()
  })

  it('break prompt', async () => {
    useFakeTime()
    renderApp('#/today')
    await screen.findByRole('heading', { level: 2, name: 'Next break in' })
    await work(30 * MINUTE + 10_000)
    const prompt = screen.getByRole('alertdialog', { name: 'Time for a stretch break' })
    for (const id of reminderDefaultSources.stretch) sourceLink(prompt, id)
    expectNoRawIds()
  })
})
