import { describe, expect, it } from 'vitest'
import { commandPayloads, parseCommand, type CommandType } from '../../../src/shared/contract/contract'
import { catalog as english } from '../../../src/shared/i18n/en'
import { catalog as spanish } from '../../../src/shared/i18n/es'
import { createI18n, translatorOf } from '../../../src/shared/i18n'
import { failureText } from '../../../src/shared/kernel/message'

const en = translatorOf(createI18n('en', { en: english, es: spanish }))
const es = translatorOf(createI18n('es', { en: english, es: spanish }))
const commandNames = Object.keys(commandPayloads) as CommandType[]

/** What a person must never read: a command's name, a field path before a colon, zod's or a stack's words. */
function technicalWords(text: string): string[] {
  const found: string[] = commandNames.filter((name) => text.includes(name))
  if (/(^|[.!?] )[a-z][\w.]*: /.test(text)) found.push('a field path')
  for (const word of ['Invalid input', 'Unrecognized key', 'expected', ' at ', 'Error', 'undefined', 'command']) {
    if (text.includes(word)) found.push(word)
  }
  return found
}

function refusalIn(raw: unknown): { en: string; es: string; detail?: string | undefined } {
  const parsed = parseCommand(raw)
  if (parsed.ok) throw new Error('expected a refusal')
  return { en: failureText(en, parsed), es: failureText(es, parsed), detail: parsed.detail }
}

describe('a refused command, as a person reads it', () => {
  it('an oversized journal file says so plainly, in English and Spanish; the detail keeps the command and field', () => {
    const refusal = refusalIn({ type: 'importJournal', payload: { text: 'x'.repeat(5_000_001) } })
    expect(refusal.en).toBe('That file is too large to be an Unknot journal.')
    expect(refusal.es).toBe(es('That file is too large to be an Unknot journal.'))
    expect(refusal.es).not.toBe(refusal.en)
    expect(refusal.detail).toBe('"importJournal": text: That file is too large to be an Unknot journal.')
  })

  it('a malformed request is one plain sentence that says nothing changed', () => {
    for (const raw of [
      null,
      [],
      'startBreak',
      { type: 'noSuchCommand' },
      { type: 7 },
      { type: 'snoozeBreak', extra: 1 },
    ]) {
      const refusal = refusalIn(raw)
      expect(refusal.en).toBe('Unknot did not understand part of that request, so nothing changed.')
      expect(refusal.es).toBe('Unknot no entendió parte de esa petición, así que no cambió nada.')
      expect(refusal.detail).toBeTruthy()
    }
  })

  it.each(commandNames)('%s: wrong values never show command names, field paths or validator words', (type) => {
    for (const payload of [{ colour: 'red' }, 'text', 42, { text: 1, id: [], minutes: 'x', rating: 99 }]) {
      const parsed = parseCommand({ type, payload })
      if (parsed.ok) continue
      const refusal = refusalIn({ type, payload })
      expect(technicalWords(refusal.en), refusal.en).toEqual([])
      expect(technicalWords(refusal.es), refusal.es).toEqual([])
      for (const issue of parsed.issues ?? []) expect(technicalWords(en(issue.message)), issue.message).toEqual([])
    }
  })
})
