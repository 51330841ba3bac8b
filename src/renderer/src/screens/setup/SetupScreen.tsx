import { useEffect, useId, useRef, useState, type ComponentType } from 'react'
import type { Snapshot } from '../../../../shared/contract/contract'
import { msg } from '../../../../shared/i18n'
import { useTranslate } from '../../i18n/useTranslate'
import { useScreen } from '../../shell/routes'
import { useHost } from '../../state/host-context'
import { useCommand } from '../../state/useCommand'
import { draftFrom, finishPatch, type SetupDraft } from './draft'
import { Extras, Firmness, Language, StandUp, Welcome, WorkingHours, type StepProps } from './steps'
import { useSetupKeeper } from './kept-setup'
import { TryBreak } from './TryBreak'
import './setup.css'

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** What would stop the working hours from saving, said before the person moves on. */
function hoursProblem(draft: SetupDraft): string | null {
  if (draft.days.length === 0) return msg('Choose at least one working day.')
  if (!TIME.test(draft.start) || !TIME.test(draft.end)) return msg('Use a time such as 09:00 (24-hour clock).')
  return draft.start < draft.end ? null : msg('Working hours must end after they start.')
}

const STEPS: ReadonlyArray<{ title: string; Body: ComponentType<StepProps>; problem?: typeof hoursProblem }> = [
  { title: msg('Welcome to Unknot'), Body: Welcome },
  { title: msg('When do you work?'), Body: WorkingHours, problem: hoursProblem },
  { title: msg('How often should you stand up?'), Body: StandUp },
  { title: msg('How firm should breaks be?'), Body: Firmness },
  { title: msg('Micro-breaks and water'), Body: Extras },
  { title: msg('Language'), Body: Language },
]

/**
 * The first-run setup (and Settings → "Run setup again"): a few questions, one per step, each skippable. The
 * answers stay in the page until "Finish", which saves them in one settings change; "Skip setup" keeps what is set.
 * Left for another screen on the way, the setup is kept as it was and picks up at the same step on return.
 */
export function SetupScreen({ snapshot }: { snapshot: Snapshot }) {
  const { t } = useTranslate()
  const [, go] = useScreen()
  const { send, error, setError } = useCommand()
  const keeper = useSetupKeeper()
  const [resumed] = useState(() => keeper.kept() !== null)
  const [draft, setDraft] = useState(() => keeper.kept()?.draft ?? draftFrom(snapshot.settings))
  const [index, setIndex] = useState(() => keeper.kept()?.step ?? 0)
  const heading = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)
  const titleId = useId()
  // The screen's own heading has the focus on arrival; each later step's heading takes it as the step changes.
  useEffect(() => {
    if (moved.current) heading.current?.focus()
  }, [index])

  const last = index === STEPS.length
  const step = STEPS[index]
  const goTo = (next: number) => {
    moved.current = true
    keeper.keep({ draft, step: next })
    setError(null)
    setIndex(next)
  }
  const change = (part: Partial<SetupDraft>) => {
    const changed = { ...draft, ...part }
    keeper.keep({ draft: changed, step: index })
    setDraft(changed)
  }
  const next = () => {
    const problem = step?.problem?.(draft)
    if (problem) setError(t(problem))
    else goTo(index + 1)
  }
  /** Finish with the answers, or skip (null): either way the setup is done. */
  const end = (answers: SetupDraft | null) => {
    const patch = answers ? finishPatch(answers) : { setupDone: true }
    void send({ type: 'updateSettings', payload: { patch } }).then((ok) => {
      if (!ok) return
      keeper.forget()
      go('today')
    })
  }
  const closePreview = () => void send({ type: 'skipBreak' })
  const browser = useHost().browser
  const tryBreak = async () => {
    // In a browser the notification needs permission, asked from this click (a browser only asks from one).
    if (browser?.notificationPermission() === 'default') await browser.requestNotifications()
    await send({ type: 'previewBreak' })
  }

  return (
    <section className="setup" aria-labelledby={titleId}>
      <p className="setup-progress">{t('Step {{step}} of {{total}}', { step: index + 1, total: STEPS.length + 1 })}</p>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t(step ? step.title : msg('Try a break now'))}
      </h2>
      {resumed && (
        <p className="setup-note" role="status">
          {t('Your answers so far are still here. Nothing is saved until you finish.')}
        </p>
      )}
      {step ? (
        <step.Body draft={draft} change={change} />
      ) : (
        <TryBreak
          prompt={snapshot.reminders.prompt}
          onTry={() => void tryBreak()}
          onClose={closePreview}
          error={error}
        />
      )}
      {error && (
        <p role="alert" className="setup-error">
          {error}
        </p>
      )}
      <div className="setup-actions">
        {index > 0 && (
          <button type="button" onClick={() => goTo(index - 1)}>
            {t('Back')}
          </button>
        )}
        {last ? (
          <button type="button" className="primary" onClick={() => end(draft)}>
            {t('Finish')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={next}>
            {t('Next')}
          </button>
        )}
        <button type="button" onClick={() => end(null)}>
          {t('Skip setup')}
        </button>
      </div>
    </section>
  )
}
