import { useEffect, useId, useRef } from 'react'
import { HOLD_ENDED } from '../../../../shared/hosting/alerts'
import type { ReminderView } from '../../../../shared/reminders'
import { reminderDefaultSources, type SnoozeMinutes } from '../../../../shared/reminders/snooze'
import { breakInstruction, breakLength, PROMPT_TITLES } from './labels'
import { usePromptKeys } from './usePromptKeys'
import { SourceLinks } from '../SourceLinks'
import { useTranslate } from '../../i18n/useTranslate'

type Prompt = NonNullable<ReminderView['prompt']>

export interface PromptActions {
  start: () => void
  snooze: (minutes: SnoozeMinutes) => void
  skip: () => void
}

/** The due break, at the top of Today; it takes the focus when it appears so the keyboard lands on it. */
export function BreakPrompt({
  prompt,
  actions,
  error,
}: {
  prompt: Prompt
  actions: PromptActions
  error: string | null
}) {
  const { t, language } = useTranslate()
  const titleId = useId()
  const region = useRef<HTMLElement>(null)
  useEffect(() => region.current?.focus(), [])
  // Z snoozes for the longest length offered (10 minutes with the default 5 and 10).
  const keyLength = prompt.snoozeOptions.at(-1)
  const strict = prompt.mode === 'strict'
  const snoozeByKey = prompt.canSnooze && !strict && keyLength !== undefined ? () => actions.snooze(keyLength) : null
  usePromptKeys(true, { start: actions.start, snooze: snoozeByKey, skip: prompt.canSkip ? actions.skip : null })
  const firmId = useId()
  const afterId = useId()
  return (
    <section
      ref={region}
      className="break-prompt"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={prompt.after ? afterId : undefined}
      tabIndex={-1}
    >
      <h2 id={titleId}>{t(PROMPT_TITLES[prompt.kind])}</h2>
      {prompt.after && (
        <p id={afterId} className="break-prompt-after">
          {t(HOLD_ENDED[prompt.after])}
        </p>
      )}
      <p className="break-prompt-what">{breakInstruction(prompt.kind, prompt.breakSeconds, t)}</p>
      <p className="break-prompt-length">
        {t('Break length: {{length}}', { length: breakLength(prompt.breakSeconds, t, language) })}
      </p>
      {!prompt.canSnooze && !strict && (
        <p id={firmId} className="break-prompt-firm">
          {t('You have put this break off {{count}} times in a row. Your back will thank you for two minutes now.', {
            count: prompt.snoozesInARow,
          })}
        </p>
      )}
      <SourceLinks ids={reminderDefaultSources[prompt.kind]} />
      <div className="break-prompt-actions">
        <button type="button" className="primary" aria-keyshortcuts="S" onClick={actions.start}>
          {t('Start')} <kbd aria-hidden="true">S</kbd>
        </button>
        {!strict &&
          prompt.snoozeOptions.map((minutes) => (
            <button
              key={minutes}
              type="button"
              disabled={!prompt.canSnooze}
              aria-describedby={prompt.canSnooze ? undefined : firmId}
              aria-keyshortcuts={minutes === keyLength ? 'Z' : undefined}
              onClick={() => actions.snooze(minutes)}
            >
              {t('Snooze {{minutes}} min', { minutes })}
              {minutes === keyLength && <kbd aria-hidden="true">Z</kbd>}
            </button>
          ))}
        {prompt.canSkip && (
          <button type="button" aria-keyshortcuts="K" onClick={actions.skip}>
            {t('Skip')} <kbd aria-hidden="true">K</kbd>
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="today-error">
          {error}
        </p>
      )}
    </section>
  )
}
