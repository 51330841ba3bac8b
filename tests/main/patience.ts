/**
 * How long `vi.waitFor` may wait for something the code does on its own (a module that boots, a promise chain).
 * A limit for hangs, not for speed: a loaded two-core machine can take seconds for what takes milliseconds here.
 */
export const PATIENTLY = { timeout: 30_000 } as const
