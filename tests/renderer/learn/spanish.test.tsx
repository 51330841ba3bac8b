import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { foldTerm } from '../../../src/shared/content/search'
import { renderApp } from '../render-app'
import { inSpanish } from '../support'

describe('Learn in Spanish', () => {
  inSpanish()

  it('labels the list, the search and the article in Spanish', async () => {
    renderApp('#/learn')
    const list = await screen.findByRole('heading', { level: 2, name: 'Artículos' })
    expect(within(list.parentElement as HTMLElement).getAllByRole('link').length).toBeGreaterThan(0)
    expect(screen.getByRole('searchbox', { name: 'Buscar en los artículos' })).toBeTruthy()

    window.location.hash = '#/learn/spasm-vs-chronic'
    const article = await screen.findByRole('article')
    expect(within(article).getByRole('note', { name: 'No es consejo médico' })).toBeTruthy()
    expect(within(article).getByRole('link', { name: 'Todos los artículos' })).toBeTruthy()
    expect(within(article).getByRole('navigation', { name: 'Qué puede hacer Unknot al respecto' })).toBeTruthy()
    expect(within(article).getAllByText('Fuentes:').length).toBeGreaterThan(0)
    const external = within(article).getAllByRole('link', { name: /\(se abre en tu navegador\)$/ })
    expect(external.length).toBeGreaterThan(0)
  })

  it('searches the Spanish texts and marks the Spanish words it matched, with or without accents', async () => {
    const user = userEvent.setup()
    renderApp('#/learn')
    const box = await screen.findByRole('searchbox', { name: 'Buscar en los artículos' })
    await user.type(box, 'calor')
    const results = screen.getByRole('list', { name: 'Resultados de la búsqueda' })
    const hits = within(results).getAllByRole('listitem')
    expect(screen.getByRole('status').textContent).toMatch(/^\d+ resultados?$/)
    const marked = [...results.querySelectorAll('mark')].map((mark) => foldTerm(mark.textContent ?? ''))
    expect(marked.length).toBeGreaterThan(0)
    // Prefix and small typos count as matches, so "calor" may also mark "calores" or "color".
    expect(marked.some((word) => word.startsWith('calor'))).toBe(true)

    const link = within(hits[0] as HTMLElement).getByRole('link')
    await user.click(link)
    expect(await screen.findByRole('article')).toBeTruthy()

    await user.click(screen.getByRole('link', { name: 'Todos los artículos' }))
    const again = await screen.findByRole('searchbox', { name: 'Buscar en los artículos' })
    await user.clear(again)
    await user.type(again, 'zzzqqq')
    expect(screen.getByRole('status').textContent).toBe('Sin resultados')
  })
})
