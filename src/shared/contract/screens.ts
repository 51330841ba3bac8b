/**
 * The screens a window can show. Apart from the rest of the contract, which builds the command schemas when it
 * loads, so that the window's frame can read its route without loading the validation library.
 */
export const SCREENS = ['today', 'routines', 'therapy', 'learn', 'journal', 'settings', 'red-flags', 'setup'] as const
export type Screen = (typeof SCREENS)[number]
