import type { Translate } from '../../../../shared/i18n'
import { failureText, type Message } from '../../../../shared/kernel/message'
import type { FieldIssue } from '../../../../shared/settings'

export interface Refusal {
  text: string
  /** the step (0-based) the refusal is about, whose field the editor marks */
  step?: number
}

type Failure = { error: string; message?: Message | undefined; issues?: FieldIssue[] | undefined }

const STEP_PATH = /^routine\.items\.(\d+)(\.|$)/

/** The companion's refusal of a routine in the person's language, each problem about a step said as "Step 2: …". */
export function refusalOf(failure: Failure, t: Translate): Refusal {
  const issues = failure.issues ?? []
  if (issues.length === 0) return withStep({ text: failureText(t, failure) }, stepIn(failure.message))
  const text = issues
    .map((issue) => {
      const step = STEP_PATH.exec(issue.path)
      return step
        ? t('Step {{number}}: {{message}}', { number: Number(step[1]) + 1, message: t(issue.message) })
        : t(issue.message)
    })
    .join(' ')
  const first = issues.map((issue) => STEP_PATH.exec(issue.path)).find((step) => step !== null)
  return withStep({ text }, first ? Number(first[1]) : undefined)
}

function withStep(refusal: Refusal, step: number | undefined): Refusal {
  return step === undefined ? refusal : { ...refusal, step }
}

/** The validator names a step as "(step {{number}})", counting from 1. */
function stepIn(message: Message | undefined): number | undefined {
  if (!message) return undefined
  if (message.text.includes('(step {{number}})') && typeof message.values?.['number'] === 'number') {
    return message.values['number'] - 1
  }
  for (const value of Object.values(message.values ?? {})) {
    if (typeof value === 'object') {
      const step = stepIn(value)
      if (step !== undefined) return step
    }
  }
  return undefined
}
