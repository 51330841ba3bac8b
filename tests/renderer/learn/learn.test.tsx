import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { notMedicalAdvice } from '../../../src/shared/content'
import { renderApp } from '../render-app'

describe('Learn screen', () => {
  it('lists every article with its summary', async () => {
    renderApp('#/learn')
    const list = await screen.findByRole('heading', { level: 2, name: 'Articles' })
    const links = within(list.parentElement as HTMLElement).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual([
      'What is a back spasm?',
      'Why spasms happen',
      'Lower back or upper back?',
      'A spasm or a long-term back problem?',
      'Quick relief at home',
      'When to see a doctor',
      'Preventing the next one',
      'Questions people ask',
    ])
    expect(links[4]?.getAttribute('href')).toBe('#/learn/quick-relief')
    expect(screen.getByText('Short answers to the things people most often wonder about back spasms.')).toBeTruthy()
  })

  it('renders an article: table with headers, sources as external links, actions and the note', async () => {
    renderApp('#/learn/spasm-vs-chronic')
    const article = await screen.findByRole('article', { name: 'A spasm or a long-term back problem?' })
    expect(within(article).getByRole('note', { name: 'Not medical advice' }).textContent).toBe(notMedicalAdvice)

    const table = within(article).getByRole('table')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Back spasm', 'Chronic back pain'])
    expect(within(table).getByRole('rowheader', { name: 'How long' })).toBeTruthy()

    const section = within(article).getByRole('region', { name: 'Side by side' })
    const source = within(section).getByRole('link', {
      name: /^World Health Organization: Low back pain \(fact sheet, 2023\)/,
    })
    expect(source.getAttribute('href')).toBe('https://www.who.int/news-room/fact-sheets/detail/low-back-pain')
    expect(source.getAttribute('target')).toBe('_blank')
    expect(source.getAttribute('rel')).toBe('noreferrer')

    const actions = within(article).getByRole('navigation', { name: 'What Unknot can do about it' })
    expect(within(actions).getByRole('link', { name: 'Gentle floor strength routine' }).getAttribute('href')).toBe(
      '#/routines/core-prevention',
    )
    expect(within(actions).getByRole('link', { name: 'When to see a doctor' }).getAttribute('href')).toBe(
      '#/learn/see-a-doctor',
    )
  })

  it('shows the note on every article and links to the checker from "When to see a doctor"', async () => {
    renderApp('#/learn/see-a-doctor')
    const article = await screen.findByRole('article', { name: 'When to see a doctor' })
    expect(within(article).getByRole('note', { name: 'Not medical advice' })).toBeTruthy()
    const actions = within(article).getByRole('navigation', { name: 'What Unknot can do about it' })
    const links = within(actions).getAllByRole('link')
    expect(links.some((link) => link.getAttribute('href') === '#/red-flags')).toBe(true)
  })

  it('search for "heat" shows hits with the word marked, each opening its section with focus', async () => {
    const user = userEvent.setup()
    renderApp('#/learn')
    await user.type(await screen.findByRole('searchbox', { name: 'Search articles' }), 'heat')
    const results = screen.getByRole('list', { name: 'Search results' })
    const hits = within(results).getAllByRole('listitem')
    expect(hits.length).toBeGreaterThanOrEqual(3)
    const marks = results.querySelectorAll('mark')
    expect([...marks].some((mark) => mark.textContent?.toLowerCase() === 'heat')).toBe(true)
    expect(screen.getByRole('status').textContent).toBe(`${hits.length} results`)
    expect(screen.queryByRole('heading', { name: 'Articles' })).toBeNull()

    const first = within(results).getByRole('link', { name: 'Quick relief at home: Heat and cold' })
    expect(first.getAttribute('href')).toBe('#/learn/quick-relief/heat-and-cold')
    await user.click(first)
    const heading = await screen.findByRole('heading', { level: 3, name: 'Heat and cold' })
    expect(document.activeElement).toBe(heading)

    await user.click(screen.getByRole('link', { name: 'All articles' }))
    const box = await screen.findByRole('searchbox', { name: 'Search articles' })
    expect(document.activeElement).toBe(box)
    expect((box as HTMLInputElement).value).toBe('heat')
    expect(within(screen.getByRole('list', { name: 'Search results' })).getAllByRole('listitem')).toHaveLength(
      hits.length,
    )
  })

  it('says so when nothing matches, and when the article does not exist', async () => {
    const user = userEvent.setup()
    renderApp('#/learn')
    await user.type(await screen.findByRole('searchbox', { name: 'Search articles' }), 'zzqqxx')
    expect(screen.getByRole('status').textContent).toBe('No results')
    window.location.hash = '#/learn/no-such-article'
    expect((await screen.findByRole('alert')).textContent).toBe('Unknot has no article at this address.')
  })
})
