import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import { unreadableFile } from '../shared/settings'
import type { RecordChanges, RecordStore } from '../shared/kernel/storage'

/** Options for when the log is folded into the records file (tests make it small). */
export interface RecordFileOptions {
  now?: () => number
  /** the log is folded once it is larger than this and than the records file */
  foldAfterBytes?: number
}

/** One line of a record file: a change set begins, a record is set or removed, the change set is complete. */
type Line = { b: number } | { k: string; v: unknown } | { k: string; d: 1 } | { c: number }

const FOLD_AFTER_BYTES = 256 * 1024

/**
 * The domains' records in the user-data folder, as lines of JSON: `<name>.jsonl` holds every record, and
 * `<name>.log.jsonl` the changes since, each change set appended whole (begun, its records, then a commit line)
 * and synced to disk before it is acknowledged, so a change writes only its records. A change set cut off
 * half-way has no commit line and is not read: all or nothing. When the log grows past the records file, it is
 * folded in: a new records file is written aside and swapped in by rename, the previous one kept as
 * `<name>.backup.jsonl`. Replaying the log again over a folded file changes nothing, so a fold cut off at any
 * step loses nothing. A line that cannot be read is set aside with its record, and only that record's domain
 * is affected.
 */
export function openRecordStore(name: string, cwd: string, options: RecordFileOptions = {}): RecordStore {
  const now = options.now ?? Date.now
  const foldAfter = options.foldAfterBytes ?? FOLD_AFTER_BYTES
  const file = join(cwd, `${name}.jsonl`)
  const backupFile = join(cwd, `${name}.backup.jsonl`)
  const logFile = join(cwd, `${name}.log.jsonl`)

  const records = new Map<string, unknown>()
  const backups = new Map<string, unknown>()
  /** lines that could not be read, by the key they name, kept to be set aside as they were */
  const unreadable = new Map<string, string>()
  const apply = (changes: Array<[string, Change]>): void => {
    for (const [key, change] of changes) {
      if (records.has(key)) backups.set(key, records.get(key))
      unreadable.delete(key)
      if (change.kind === 'removed') records.delete(key)
      else if (change.kind === 'set') records.set(key, change.value)
      else {
        unreadable.set(key, change.text)
        records.set(key, unreadableFile('a line of it is not valid JSON'))
      }
    }
  }
  if (existsSync(file)) {
    // the previous records file gives each record its last good value
    for (const [key, change] of changesIn(backupFile)) if (change.kind === 'set') backups.set(key, change.value)
    apply(changesIn(file))
  } else {
    // a fold cut off between its two renames left the previous records file only
    apply(changesIn(backupFile))
  }
  apply(changesIn(logFile))
  let logBytes = existsSync(logFile) ? statSync(logFile).size : 0
  let fileBytes = existsSync(file) ? statSync(file).size : 0
  let sequence = 0

  const fold = (): void => {
    const temporary = join(cwd, `${name}.folding.jsonl`)
    const text = changeSet(++sequence, records)
    writeDurably(temporary, text, 'w')
    if (existsSync(file)) renameSync(file, backupFile)
    renameSync(temporary, file)
    unlinkSync(logFile)
    fileBytes = Buffer.byteLength(text)
    logBytes = 0
  }

  return {
    read: () => records,
    write(changes: RecordChanges) {
      if (changes.size === 0) return
      writeDurably(logFile, changeSet(++sequence, changes), 'a')
      for (const [key, value] of changes) {
        if (records.has(key)) backups.set(key, records.get(key))
        unreadable.delete(key)
        if (value === undefined) records.delete(key)
        else records.set(key, value)
      }
      logBytes = existsSync(logFile) ? statSync(logFile).size : 0
      if (logBytes > foldAfter && logBytes > fileBytes) {
        try {
          fold()
        } catch {
          // the change is in the log, synced: folding is tried again with the next change
        }
      }
    },
    recover(keys) {
      const aside = keys.filter((key) => records.has(key))
      if (aside.length > 0) {
        const kept = aside.map((key) => unreadable.get(key) ?? JSON.stringify({ k: key, v: records.get(key) }))
        writeDurably(join(cwd, `${name}.unreadable-${now()}.jsonl`), kept.join('\n') + '\n', 'w')
        writeDurably(logFile, changeSet(++sequence, new Map(aside.map((key) => [key, undefined]))), 'a')
        for (const key of aside) records.delete(key)
      }
      const found = new Map<string, unknown>()
      for (const key of keys) {
        unreadable.delete(key)
        const backup = backups.get(key)
        if (backup !== undefined) found.set(key, backup)
      }
      return found
    },
  }
}

/** The lines of one change set; a record set to undefined is removed. */
function changeSet(sequence: number, changes: ReadonlyMap<string, unknown>): string {
  const lines: Line[] = [{ b: sequence }]
  for (const [key, value] of changes) lines.push(value === undefined ? { k: key, d: 1 } : { k: key, v: value })
  lines.push({ c: changes.size })
  // a new line first: whatever a write cut off before left on the last line stays on a line of its own
  return '\n' + lines.map((line) => JSON.stringify(line)).join('\n') + '\n'
}

type Change = { kind: 'set'; value: unknown } | { kind: 'removed' } | { kind: 'unreadable'; text: string }

function changesIn(path: string): Array<[string, Change]> {
  return existsSync(path) ? committedChanges(readFileSync(path, 'utf8')) : []
}

/** The changes of every complete change set, in order; a set with no commit line (cut off) is left out. */
function committedChanges(text: string): Array<[string, Change]> {
  const done: Array<[string, Change]> = []
  let open: Array<[string, Change]> | undefined
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') continue
    let line: Line
    try {
      line = JSON.parse(raw) as Line
    } catch {
      const key = /^\{"k":"((?:[^"\\]|\\.)*)"/.exec(raw)?.[1]
      if (key !== undefined && open) open.push([JSON.parse(`"${key}"`) as string, { kind: 'unreadable', text: raw }])
      continue
    }
    if ('b' in line) open = []
    else if ('c' in line) {
      if (open) done.push(...open)
      open = undefined
    } else if (open && 'd' in line) open.push([line.k, { kind: 'removed' }])
    else if (open && 'v' in line) open.push([line.k, { kind: 'set', value: line.v }])
  }
  return done
}

/** Writes (or appends) and syncs to disk before returning; a write that fails throws with the system's code. */
function writeDurably(path: string, text: string, flags: 'w' | 'a'): void {
  const fd = openSync(path, flags)
  try {
    writeSync(fd, text)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
