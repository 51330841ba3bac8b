import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { NONE_APPLY_NEEDED, RED_FLAG_QUESTIONS, RED_FLAG_REGION_NOTE } from '../../../src/shared/content'
import { renderApp } from '../render-app'
import { journalEntries } from '../../support/journal-pages'

type User = ReturnType<typeof userEvent.setup>

async function answer(user: User, yes: RegExp[]): Promise<void> {
  for (const question of yes) await user.click(screen.getByRole('checkbox', { name: question }))
  await user.click(screen.getByRole('button', { name: 'See what to do' }))
}

describe('red-flag checker', () => {
  it('asks every question as a checkbox, then "None of these apply to me", all unticked at first', async () => {
    renderApp('#/red-flags')
    const group = await screen.findByRole('group', { name: 'Tick each one that is true for you now' })
    const boxes = within(group).getAllByRole('checkbox')
    expect(boxes).toHaveLength(RED_FLAG_QUESTIONS.length + 1)
    expect(boxes.at(-1)).toBe(within(group).getByRole('checkbox', { name: 'None of these apply to me' }))
    expect(boxes.every((box) => !(box as HTMLInputElement).checked)).toBe(true)
  })

  it('an empty form is not a "no": it asks for the choice, focused, and shows no outcome', async () => {
    const user = userEvent.setup()
    renderApp('#/red-flags')
    const group = await screen.findByRole('group')
    await answer(user, [])
    const ask = screen.getByRole('alert')
    expect(ask.textContent).toBe(NONE_APPLY_NEEDED)
    expect(document.activeElement).toBe(ask)
    expect(group.getAttribute('aria-describedby')).toBe(ask.id)
    expect(screen.queryByRole('region', { name: 'Looking after yourself is reasonable' })).toBeNull()
    expect(screen.queryByText('Self-care')).toBeNull()
    // Asked again, the request takes the focus again.
    screen.getByRole('button', { name: 'See what to do' }).focus()
    await user.click(screen.getByRole('button', { name: 'See what to do' }))
    expect(document.activeElement).toBe(screen.getByRole('alert'))
  })

  it('"None of these apply to me": self-care, focused, with sources and the region note', async () => {
    const user = userEvent.setup()
    renderApp('#/red-flags')
    await screen.findByRole('group')
    await answer(user, [/^None of these apply to me$/])
    const result = screen.getByRole('region', { name: 'Looking after yourself is reasonable' })
    expect(document.activeElement).toBe(result)
    expect(screen.queryByRole('alert')).toBeNull()
    expect(within(result).getByText('Self-care')).toBeTruthy()
    expect(within(result).getByRole('link', { name: /^NHS: Back pain/ })).toBeTruthy()
    expect(within(result).getByText(RED_FLAG_REGION_NOTE)).toBeTruthy()
  })

  it('recurring spasms: book an appointment, with the reason in words', async () => {
    const user = userEvent.setup()
    renderApp('#/red-flags')
    await screen.findByRole('group')
    await answer(user, [/spasms keep coming back/])
    const result = screen.getByRole('region', { name: 'Book an appointment' })
    expect(document.activeElement).toBe(result)
    expect(
      within(within(result).getByRole('list', { name: 'Why: you said yes to' })).getByRole('listitem').textContent,
    ).toBe('Do your spasms keep coming back even though you look after your back?')
    expect(within(result).getByRole('link', { name: /^Cleveland Clinic: Back Spasms/ })).toBeTruthy()
  })

  it('fever: urgent advice today; the highest tier wins and lists only its reasons', async () => {
    const user = userEvent.setup()
    renderApp('#/red-flags')
    await screen.findByRole('group')
    await answer(user, [/high temperature/, /spasms keep coming back/])
    const result = screen.getByRole('region', { name: 'Get medical advice today' })
    expect(document.activeElement).toBe(result)
    expect(
      within(within(result).getByRole('list', { name: 'Why: you said yes to' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Do you have a high temperature (fever) as well as back pain?'])
  })

  it('bladder control: emergency as a focused alert placed before the questions', async () => {
    const user = userEvent.setup()
    renderApp('#/red-flags')
    const group = await screen.findByRole('group')
    await answer(user, [/hard to start or control peeing/, /high temperature/])
    const alert = screen.getByRole('alert')
    expect(document.activeElement).toBe(alert)
    expect(within(alert).getByRole('heading', { name: 'Get emergency care now' })).toBeTruthy()
    expect(within(alert).getByText('Emergency')).toBeTruthy()
    expect(alert.textContent).toContain('Call your emergency number')
    expect(within(alert).getByRole('link', { name: /Cauda equina syndrome/ })).toBeTruthy()
    expect(alert.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('tummy pain or a throbbing belly: emergency', async () => {
    const user = userEvent.setup()
    renderApp('#/red-flags')
    await screen.findByRole('group')
    await answer(user, [/tummy \(abdominal\) pain/])
    const alert = screen.getByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'Get emergency care now' })).toBeTruthy()
  })

  it('changing an answer removes the outcome; a sign and "none of these" exclude each other', async () => {
    const user = userEvent.setup()
    renderApp('#/red-flags')
    await screen.findByRole('group')
    await answer(user, [/serious accident/])
    expect(screen.getByRole('alert')).toBeTruthy()
    await user.click(screen.getByRole('checkbox', { name: /serious accident/ }))
    expect(screen.queryByRole('alert')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'See what to do' }))
    expect(screen.getByRole('alert').textContent).toBe(NONE_APPLY_NEEDED)

    const none = screen.getByRole('checkbox', { name: 'None of these apply to me' }) as HTMLInputElement
    await user.click(none)
    expect(screen.queryByRole('alert')).toBeNull()
    await user.click(screen.getByRole('checkbox', { name: /chest pain/ }))
    expect(none.checked).toBe(false)
    await user.click(none)
    expect((screen.getByRole('checkbox', { name: /chest pain/ }) as HTMLInputElement).checked).toBe(false)
    await user.click(screen.getByRole('button', { name: 'See what to do' }))
    expect(screen.getByRole('region', { name: 'Looking after yourself is reasonable' })).toBeTruthy()
  })

  it('stores nothing until "Save to my journal", which logs the outcome once', async () => {
    const user = userEvent.setup()
    const { host } = renderApp('#/red-flags')
    await screen.findByRole('group')
    await answer(user, [/lost weight/])
    expect(await journalEntries(host.api)).toEqual([])
    const result = screen.getByRole('region', { name: 'Get medical advice today' })
    await user.click(within(result).getByRole('button', { name: 'Save to my journal' }))
    expect(within(result).getByRole('status').textContent).toBe('Saved to your journal.')
    expect((within(result).getByRole('button', { name: 'Save to my journal' }) as HTMLButtonElement).disabled).toBe(
      true,
    )
    const entries = await journalEntries(host.api)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ kind: 'rating', source: 'red-flags', outcome: 'urgent', rating: null })
  })
})
