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
