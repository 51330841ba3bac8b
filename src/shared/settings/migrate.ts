import type { z } from 'zod'
import { SETTINGS_VERSION, settingsSchema, type Settings } from './schema'
import { issuesMessage, parsePlainly } from './issues'
import { messageOf, type Message } from '../kernel/message'
import { msg } from '../i18n/catalog'
import { isRecord } from '../kernel/salvage'
import { BREAK_KINDS } from '../reminders/state'

/** Each step turns a file of version N into version N + 1. Add one whenever the schema changes shape. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>
export type MigrationTable = Readonly<Record<number, Migration>>

/** Version 2 added the break mode: every break someone had set up keeps today's behaviour, gentle. */
function gentleBreaks(old: Record<string, unknown>): Record<string, unknown> {
  const reminders = old['reminders']
  if (!isRecord(reminders)) return old
  const kinds = Object.fromEntries(
    BREAK_KINDS.filter((kind) => isRecord(reminders[kind])).map((kind) => [
      kind,
      { mode: 'gentle', ...(reminders[kind] as Record<string, unknown>) },
    ]),
  )
  return { ...old, reminders: { ...reminders, ...kinds } }
}

export const migrations: MigrationTable = { 1: gentleBreaks }

export type Loaded<T> =
  { ok: true; settings: T; migratedFrom?: number } | { ok: false; error: string; message?: Message }
export type LoadedSettings = Loaded<Settings>

export interface SettingsFormat<T> {
  schema: z.ZodType<T>
  version: number
  migrations: MigrationTable
}

const CURRENT_FORMAT: SettingsFormat<Settings> = { schema: settingsSchema, version: SETTINGS_VERSION, migrations }

/** What a host hands over when the stored file exists but could not even be parsed. */
export interface UnreadableFile {
  unreadable: true
  reason: string
}

export function unreadableFile(reason: string): UnreadableFile {
  return { unreadable: true, reason }
}

function isUnreadable(value: unknown): value is UnreadableFile {
  return isRecord(value) && value['unreadable'] === true && typeof value['reason'] === 'string'
}

/** Reads stored settings of any known version; never throws. A file that cannot be read says why. */
export function loadSettings(raw: unknown): LoadedSettings {
  return loadVersioned(raw, CURRENT_FORMAT)
}

export function loadVersioned<T>(raw: unknown, format: SettingsFormat<T>): Loaded<T> {
  const { version: currentVersion, migrations: table, schema } = format
  if (isUnreadable(raw))
    return {
      ok: false,
      ...messageOf(msg('The settings file could not be read: {{reason}}.'), { reason: { text: raw.reason } }),
    }
  if (!isRecord(raw)) return { ok: false, error: msg('The settings file does not hold an object.') }
  const version = raw.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: msg('The settings file has no valid version number.') }
  }
  if (version > currentVersion) {
    return {
      ok: false,
      ...messageOf(
        msg('The settings file is from a newer Unknot (version {{version}}; this one reads up to {{current}}).'),
        {
          version,
          current: currentVersion,
        },
      ),
    }
  }
  let data: Record<string, unknown> = raw
  for (let from = version; from < currentVersion; from++) {
    const step = table[from]
    if (!step)
      return { ok: false, ...messageOf(msg('No way to upgrade settings from version {{version}}.'), { version: from }) }
    data = { ...step(data), version: from + 1 }
  }
  const parsed = parsePlainly(schema, data, msg('Some of its values are not ones Unknot can use.'))
  if (!parsed.success) {
    return {
      ok: false,
      ...messageOf(msg('The settings file is not valid. {{problems}}'), { problems: issuesMessage(parsed.issues) }),
    }
  }
  return version === currentVersion
    ? { ok: true, settings: parsed.data }
    : { ok: true, settings: parsed.data, migratedFrom: version }
}
