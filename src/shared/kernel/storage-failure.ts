import { msg } from '../i18n/catalog'
import { sentences, type Message } from './message'

/** Why a store could not keep a change: no space (a full disk, a browser quota), no permission, or anything else. */
export type StorageFailureKind = 'full' | 'denied' | 'unavailable'

/** Tells the kinds apart by the error's code (Node's file system) or name (the browser's storage). */
export function storageFailureKind(error: unknown): StorageFailureKind {
  const { code, name } = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown
    name?: unknown
  }
  if (code === 'ENOSPC' || code === 'EDQUOT' || name === 'QuotaExceededError') return 'full'
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'denied'
  return 'unavailable'
}

const WHAT_HAPPENED: Record<StorageFailureKind, string> = {
  full: msg('There is no space left to store it.'),
  denied: msg('Unknot is not allowed to write its file; the folder may be read-only.'),
  unavailable: msg('Its storage did not accept the change.'),
}

const WHAT_TO_DO: Record<StorageFailureKind, string> = {
  full: msg('Free some space, or export your journal to keep a copy, then save again.'),
  denied: msg('Check that Unknot may write to its folder, or export your journal to keep a copy, then save again.'),
  unavailable: msg('Save again in a moment; if it keeps happening, export your journal to keep a copy.'),
}

const WHAT_TO_DO_LATER: Record<StorageFailureKind, string> = {
  full: msg('Free some space, or export your journal to keep a copy.'),
  denied: msg('Check that Unknot may write to its folder, or export your journal to keep a copy.'),
  unavailable: msg('If it keeps happening, export your journal to keep a copy.'),
}

/** The refusal of a change that could not be stored: what happened, what to do, and that nothing was lost. */
export function notSavedMessage(kind: StorageFailureKind): Message {
  return sentences(
    msg('Unknot could not save this.'),
    WHAT_HAPPENED[kind],
    WHAT_TO_DO[kind],
    msg('What you entered is still here, and everything saved before is safe.'),
  )
}

/** The notice when a change Unknot made by itself (a break, a finished routine) could not be stored yet. */
export function laterSaveMessage(kind: StorageFailureKind): Message {
  return sentences(
    msg('Unknot could not save its latest changes.'),
    WHAT_HAPPENED[kind],
    WHAT_TO_DO_LATER[kind],
    msg('It tries again with every change; everything saved before is safe.'),
  )
}

export const STORAGE_NOTICE_ID = 'storage-failed'

/** Said, and said again at every save, where the browser's storage cannot be opened and Unknot runs in memory. */
export function notKeptMessage(): Message {
  return sentences(
    msg(
      'Unknot cannot keep your data in this browser: its storage could not be opened (a private window, or site data turned off, can do this).',
    ),
    msg('What you do here works until this tab is closed, but none of it is kept.'),
    msg('Export your journal to keep a copy, or open Unknot in a normal window.'),
  )
}

export const NOT_KEPT_NOTICE_ID = 'storage-not-kept'
