import { z } from 'zod'
import type { FieldIssue, Settings } from './settings'

/**
 * THE boundary between the UI and the host. Both sides are typed from this file: the preload derives its API from
 * `RequestChannels` and `EventChannels`, the main process serves them, and every command is checked by
 * `parseCommand` before it reaches the companion.
 */

export const SCREENS = ['today', 'routines', 'therapy', 'learn', 'journal', 'settings', 'red-flags'] as const
export type Screen = (typeof SCREENS)[number]

const settingsPatch = z.record(z.string(), z.unknown(), { error: 'A settings change must be an object.' })

export const commandSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('updateSettings'), patch: settingsPatch }).strict(),
    z.object({ type: z.literal('resetSettings') }).strict(),
    z.object({ type: z.literal('dismissNotice'), id: z.string().min(1).max(64) }).strict(),
  ],
  { error: 'Unknown command.' },
)

export type Command = z.infer<typeof commandSchema>
export type CommandType = Command['type']

export interface Notice {
  id: string
  level: 'info' | 'warning' | 'error'
  text: string
}

export interface Snapshot {
  /** increases with every change, so a UI can drop a stale snapshot */
  revision: number
  /** wall time the snapshot was made at, epoch ms */
  at: number
  timeZone: string
  settings: Settings
  notices: Notice[]
}

export type DispatchResult = { ok: true; snapshot: Snapshot } | { ok: false; error: string; issues?: FieldIssue[] }

export interface NavigationRequest {
  screen: Screen
}

/** Requests from the UI, answered by the host (ipcMain.handle / in-page). */
export interface RequestChannels {
  dispatch: (command: Command) => DispatchResult
  getSnapshot: () => Snapshot
}

/** One-way pushes from the host to the UI. */
export interface EventChannels {
  snapshot: Snapshot
  navigate: NavigationRequest
}

export type { EventName, RequestName } from './channels'
import type { EventName, RequestName } from './channels'

type Unsubscribe = () => void

/** What `window.unknot` (Electron) and the browser host both offer the UI. */
export type UnknotApi = {
  [K in RequestName]: (...args: Parameters<RequestChannels[K]>) => Promise<ReturnType<RequestChannels[K]>>
} & {
  on<K extends EventName>(event: K, listener: (payload: EventChannels[K]) => void): Unsubscribe
}

export type ParsedCommand = { ok: true; command: Command } | { ok: false; error: string }

function describeCommandError(raw: unknown, error: z.ZodError): string {
  const type =
    typeof raw === 'object' && raw !== null && 'type' in raw && typeof raw.type === 'string' ? raw.type : undefined
  const details = error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join(' ')
  return type ? `The "${type.slice(0, 40)}" command was rejected. ${details}` : `The command was rejected. ${details}`
}

export function parseCommand(raw: unknown): ParsedCommand {
  const parsed = commandSchema.safeParse(raw)
  return parsed.success
    ? { ok: true, command: parsed.data }
    : { ok: false, error: describeCommandError(raw, parsed.error) }
}
