import { msg } from '../i18n/catalog'
import type { ReminderView } from '../reminders'

/**
 * Whether a break takes the screen now, and how: a firm or strict break, due or under way, covers every display
 * (the page, in the web companion). A gentle one never does, and nothing shows while a call, meeting or
 * presentation holds the prompt back.
 */
export function breakScreenMode(view: ReminderView): 'firm' | 'strict' | null {
  const mode = view.onBreak?.mode ?? view.prompt?.mode
  return mode === 'firm' || mode === 'strict' ? mode : null
}

/** Which part a break screen plays: the break itself (on the cursor's display) or a calm countdown (the others). */
export type BreakScreenRole = 'main' | 'calm'

export const BREAK_SCREEN_ROUTE = 'break-screen'

/**
 * The words a strict break may ask to be typed to leave it early: short, common, nothing to misspell, a different
 * one at random for each break so the fingers cannot learn it. Each language has its own.
 */
export const EXIT_WORDS = [
  msg('meadow'),
  msg('river'),
  msg('cloud'),
  msg('pebble'),
  msg('forest'),
  msg('window'),
  msg('garden'),
  msg('lantern'),
] as const

/** One of `EXIT_WORDS`, picked by `random` (a number in [0, 1), as Math.random gives): injected, so tests can pick. */
export function exitWordOf(random: () => number): string {
  const index = Math.min(EXIT_WORDS.length - 1, Math.max(0, Math.floor(random() * EXIT_WORDS.length)))
  return EXIT_WORDS[index]!
}
