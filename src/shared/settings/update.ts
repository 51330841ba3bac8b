import { settingsSchema, type Settings } from './schema'
import { parsePlainly, type FieldIssue } from './issues'
import { msg } from '../i18n/catalog'

export type SettingsPatch = { [key: string]: unknown }

export type UpdatedSettings = { ok: true; settings: Settings } | { ok: false; issues: FieldIssue[] }

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function merge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch
  const result: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(patch)) result[key] = merge(base[key], value)
  return result
}

/** Applies a partial change and validates the whole result, so a bad field never reaches the stored settings. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): UpdatedSettings {
  if ('version' in patch && patch.version !== current.version) {
    return { ok: false, issues: [{ path: 'version', message: msg('The settings version cannot be changed.') }] }
  }
  const parsed = parsePlainly(settingsSchema, merge(current, patch))
  return parsed.success ? { ok: true, settings: parsed.data } : { ok: false, issues: parsed.issues }
}
