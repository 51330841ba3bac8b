import type { RedFlagOutcome } from '../../../../shared/content'
import { msg } from '../../../../shared/i18n'

/** A word for each outcome (English; translated where shown), shown beside the colour so the level never depends on colour alone. */
export const OUTCOME_BADGE: Record<RedFlagOutcome, string> = {
  emergency: msg('Emergency'),
  urgent: msg('Urgent: today'),
  appointment: msg('Not urgent: book a check'),
  'self-care': msg('Self-care'),
}
