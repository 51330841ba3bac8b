import { z } from 'zod'
import { msg } from '../i18n/catalog'
import { CHECK_NAMES, FINDING_NAMES, findingWords, type CheckName, type Finding } from './findings'

const resultSchema = z
  .object({
    finding: z.enum(FINDING_NAMES, { error: msg('That is not a finding of the desktop check.') }),
    /** when it was found, epoch ms */
    atWall: z.number().int().nonnegative(),
  })
  .strict()

/**
 * The last finding of each check, kept so the tray can warn while one is a problem; a later run replaces it. A
 * finding filed under another check than its own is refused.
 */
export const desktopCheckResultsSchema = z
  .partialRecord(z.enum(CHECK_NAMES), resultSchema)
  .superRefine((results, context) => {
    for (const [check, result] of Object.entries(results)) {
      if (result && findingWords(result.finding).check !== check)
        context.addIssue({ code: 'custom', path: [check], message: msg('That is not a finding of the desktop check.') })
    }
  })
  .default({})

export type DesktopCheckResults = z.output<typeof desktopCheckResultsSchema>

/** `recordDesktopCheck`: a finding the person's run of the check came to. */
export const recordDesktopCheckPayload = z
  .object({ finding: z.enum(FINDING_NAMES, { error: msg('That is not a finding of the desktop check.') }) })
  .strict()

export function recordFinding(results: DesktopCheckResults, finding: Finding, atWall: number): DesktopCheckResults {
  return { ...results, [findingWords(finding).check]: { finding, atWall } }
}

/**
 * The checks whose last finding is a problem that still stands: one about the shortcut or starting at login no
 * longer counts once that is turned off.
 */
export function standingProblems(
  results: DesktopCheckResults,
  system: { startAtLogin: boolean; stretchShortcutEnabled: boolean },
): CheckName[] {
  const switchedOff: Partial<Record<CheckName, boolean>> = {
    login: !system.startAtLogin,
    shortcut: !system.stretchShortcutEnabled,
  }
  return CHECK_NAMES.filter((check) => {
    const result = results[check]
    return result !== undefined && findingWords(result.finding).status === 'problem' && !switchedOff[check]
  })
}

/** What the UI asks a host to check. */
export const desktopCheckRequestSchema = z
  .object({ check: z.enum(CHECK_NAMES, { error: msg('That is not a check Unknot can run.') }) })
  .strict()
export type DesktopCheckRequest = z.output<typeof desktopCheckRequestSchema>

/**
 * A host's answer: what it found, or, for notifications, that a test one was sent and which finding the person's
 * yes or no comes to. A request that does not fit is refused in plain words.
 */
export type DesktopCheckAnswer =
  { ok: true; finding: Finding } | { ok: true; ask: { yes: Finding; no: Finding } } | { ok: false; error: string }
