import type { z } from 'zod'

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
