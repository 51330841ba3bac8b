/** The snooze lengths a person can choose to be offered, in minutes. */
export const SNOOZE_LENGTHS = [5, 10, 15, 30] as const
export type SnoozeMinutes = (typeof SNOOZE_LENGTHS)[number]

/** The lengths to offer, shortest first, whatever order they were stored in. */
export function snoozeLengthsInOrder(lengths: readonly SnoozeMinutes[]): SnoozeMinutes[] {
  return [...lengths].sort((a, b) => a - b)
}

/** Source ids behind each default, for the UI to cite. */
export const reminderDefaultSources = {
  stretch: ['mayo-workday', 'hse-breaks', 'buckley-2015'],
  micro: ['aao-202020'],
  water: [],
} as const
