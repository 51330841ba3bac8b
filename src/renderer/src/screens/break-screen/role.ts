import type { BreakScreenRole } from '../../../../shared/hosting/break-screen'

/** The role a desktop break-screen window was opened for (`#/break-screen?role=calm`), or null for the app. */
export function breakScreenRoleOf(hash: string): BreakScreenRole | null {
  const match = /^#\/break-screen\?role=(main|calm)$/.exec(hash)
  return match ? (match[1] as BreakScreenRole) : null
}
