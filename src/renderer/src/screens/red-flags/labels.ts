import type { RedFlagOutcome } from '../../../../shared/content'

/** A word for each outcome, shown beside the colour so the level never depends on colour alone. */
export const OUTCOME_BADGE: Record<RedFlagOutcome, string> = {
  emergency: 'Emergency',
  urgent: 'Urgent: today',
  appointment: 'Not urgent: book a check',
  'self-care': 'Self-care',
}
