import type { z } from 'zod'
import { msg } from '../i18n/catalog'
import { sentences, type Message } from '../kernel/message'

export interface FieldIssue {
  /** dotted path into the settings, e.g. "reminders.stretch.everyMinutes" */
  path: string
  message: string
}

/**
 * What a person reads where a value breaks a rule the schema did not word itself (zod's own "Invalid input:
 * expected string…" is for developers). Our schemas word every rule a person can break.
 */
export const NOT_UNDERSTOOD = msg('Unknot did not understand part of that request, so nothing changed.')

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
}

/** For developers and logs: each problem with the field it is about. */
export function describeIssues(issues: FieldIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join(' ')
}

/** For people: each problem once, in plain words, without field names (the UI marks the field itself). */
export function issuesMessage(issues: FieldIssue[]): Message {
  return sentences(...new Set(issues.map((issue) => issue.message)))
}

export type PlainParse<T> = { success: true; data: T } | { success: false; issues: FieldIssue[]; detail: string }

/**
 * Parses, and on failure gives the problems twice: in plain words for the person (the schema's own messages, and
 * `notUnderstood` for the rest) and as zod words them, with paths, for developers (`detail`).
 */
export function parsePlainly<S extends z.ZodType>(
  schema: S,
  value: unknown,
  notUnderstood: string = NOT_UNDERSTOOD,
): PlainParse<z.output<S>> {
  const parsed = schema.safeParse(value, { error: () => notUnderstood })
  if (parsed.success) return { success: true, data: parsed.data }
  const technical = schema.safeParse(value)
  return {
    success: false,
    issues: fieldIssues(parsed.error),
    detail: technical.success ? '' : describeIssues(fieldIssues(technical.error)),
  }
}
