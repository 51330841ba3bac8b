import type { ReminderContext } from './context'
import { modeOf } from './modes'
import type { BreakKind } from './state'

/**
 * How long before a firm or strict break takes the screen the person is told: enough to finish a sentence. A gentle
 * break gets no warning, because its notification is the break itself and takes nothing away.
 */
export const WARNING_MS = 30_000

export const warnsFirst = (kind: BreakKind, ctx: ReminderContext): boolean => modeOf(kind, ctx) !== 'gentle'
