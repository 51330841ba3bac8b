/** What a domain command returns: the new state and what happened, or a sentence a person can read. */
export type Result<S, E = never> = { ok: true; state: S; events: E[] } | { ok: false; error: string }

export function ok<S, E = never>(state: S, events: E[] = []): Result<S, E> {
  return { ok: true, state, events }
}

export function fail(error: string): { ok: false; error: string } {
  return { ok: false, error }
}
