import { messageOf, type Message, type MessageValues } from './message'

/**
 * What a domain command returns: the new state and what happened, or a sentence a person can read. A sentence
 * built with values also carries its template and values (`message`), so the UI can translate it.
 */
export type Result<S, E = never> = { ok: true; state: S; events: E[] } | { ok: false; error: string; message?: Message }

export function ok<S, E = never>(state: S, events: E[] = []): Result<S, E> {
  return { ok: true, state, events }
}

export function fail(error: string, values?: MessageValues): { ok: false; error: string; message?: Message } {
  return { ok: false, ...messageOf(error, values) }
}

/** A refusal worded as a message (several sentences, or one with values). */
export function failWith(message: Message): { ok: false; error: string; message?: Message } {
  return fail(message.text, message.values)
}
