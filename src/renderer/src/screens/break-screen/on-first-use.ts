import { onFirstUse } from '../on-first-use'

/**
 * A firm or strict break's cover over the app. Most starts never show it, so its code (the routine player inside)
 * loads on first use; it is the first code fetched in the background after a start, so a break finds it here.
 */
export const BreakCover = onFirstUse(() => import('./BreakScreen').then((module) => module.BreakScreen))

/** A desktop break-screen window's whole page (main.tsx shows it instead of the app). */
export const BreakPage = onFirstUse(() => import('./BreakScreenPage').then((module) => module.BreakScreenPage))
