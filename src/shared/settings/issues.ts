import type { z } from 'zod'
import { msg } from '../i18n/catalog'
import { sentences, type Message } from '../kernel/message'

export interface FieldIssue {
  /** dotted path into the settings, e.g. "reminders.stretch.everyMinutes" */
  path: string
  message: string
}

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
}

export function describeIssues(issues: FieldIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join(' ')
}

/** The same as `describeIssues`, as a message the UI can translate. */
export function issuesMessage(issues: FieldIssue[]): Message {
  return sentences(
    ...issues.map((issue): Message =>
      issue.path
        ? { text: msg('{{path}}: {{problem}}'), values: { path: issue.path, problem: { text: issue.message } } }
        : { text: issue.message },
    ),
  )
}
