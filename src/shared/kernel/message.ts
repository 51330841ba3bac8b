import type { Translate } from '../i18n/catalog'
import { msg } from '../i18n/catalog'

/**
 * A sentence built with values, kept translatable: `text` is the English template (the catalog key) with
 * `{{placeholders}}`, and a value may itself be a message (a refusal that quotes a field's problem).
 */
export interface Message {
  text: string
  values?: MessageValues
}

export type MessageValues = { [name: string]: string | number | Message }

function isMessage(value: string | number | Message): value is Message {
  return typeof value === 'object'
}

/** The English sentence, with every placeholder filled in. */
export function interpolate(text: string, values: MessageValues = {}): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = values[name]
    if (value === undefined) return whole
    return isMessage(value) ? interpolate(value.text, value.values) : String(value)
  })
}

/** The message in the person's language; nested messages are translated first. */
export function translateMessage(t: Translate, message: Message | string): string {
  if (typeof message === 'string') return t(message)
  const values = Object.fromEntries(
    Object.entries(message.values ?? {}).map(([name, value]) => [
      name,
      isMessage(value) ? translateMessage(t, value) : value,
    ]),
  )
  return t(message.text, values)
}

/** A message and its English sentence, for results that carry both. */
export function messageOf(text: string, values?: MessageValues): { error: string; message?: Message } {
  return values ? { error: interpolate(text, values), message: { text, values } } : { error: text }
}

/** How the UI words a refusal: the translated template when there is one, else the translated sentence. */
export function failureText(t: Translate, failure: { error: string; message?: Message | undefined }): string {
  return translateMessage(t, failure.message ?? failure.error)
}

/** Sentences shown one after another, each translated on its own. */
export function sentences(...parts: Array<Message | string>): Message {
  const [first, ...rest] = parts.map((part) => (typeof part === 'string' ? { text: part } : part))
  if (!first) return { text: '' }
  if (rest.length === 0) return first
  return { text: msg('{{first}} {{rest}}'), values: { first, rest: sentences(...rest) } }
}
