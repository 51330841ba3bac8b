import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CHECK_NAMES,
  findingWords,
  type CheckName,
  type CheckStatus,
  type DesktopCheckResults,
} from '../../../../shared/desktop-check'
import { msg } from '../../../../shared/i18n'
import { SettingsGroup } from './fields'
import { useDesktopCheck, type CheckProgress } from './useDesktopCheck'
import './desktop-check.css'

const CHECK_TITLES: Record<CheckName, string> = {
  notifications: msg('Notifications'),
  idle: msg('Idle time'),
  tray: msg('Tray icon'),
  login: msg('Start at login'),
  shortcut: msg('Global shortcut'),
}

const STATUS_LABELS: Record<CheckStatus, string> = {
  ok: msg('Works fine'),
  problem: msg('Problem'),
  unsure: msg('Not sure'),
  'not-applicable': msg('Does not apply'),
}

/**
 * Settings → "Check my desktop": what Unknot needs from the desktop, checked, each result in plain words with its
 * fix. Before a run (and after one, for checks it did not reach) the last kept findings show.
 */
export function DesktopCheck({ kept }: { kept: DesktopCheckResults }) {
  const { t } = useTranslation()
  const { run, start, answer } = useDesktopCheck()
  const progress = (check: CheckName): CheckProgress | undefined => {
    const live = run?.[check]
    if (live) return live
    const last = kept[check]
    return last && { state: 'found', finding: last.finding }
  }
  const running = CHECK_NAMES.some((check) => run?.[check]?.state === 'checking' || run?.[check]?.state === 'asking')
  const problems = CHECK_NAMES.filter((check) => {
    const shown = progress(check)
    return shown?.state === 'found' && findingWords(shown.finding).status === 'problem'
  }).length
  const shown = CHECK_NAMES.filter((check) => progress(check) !== undefined)
  return (
    <SettingsGroup title={t('Your desktop')}>
      <p className="setting-note">
        {t('Unknot checks what it needs from your desktop, says what works, and how to fix what does not.')}
      </p>
      <div>
        <button type="button" onClick={start} disabled={running}>
          {t('Check my desktop')}
        </button>
      </div>
      {shown.length > 0 && (
        <ul className="desktop-checks">
          {shown.map((check) => (
            <CheckRow key={check} check={check} progress={progress(check)!} answer={answer} />
          ))}
        </ul>
      )}
      {/* present from the start of a run, so the summary is announced when it comes */}
      {run && (
        <p role="status" className="desktop-check-summary">
          {running
            ? ''
            : problems > 0
              ? t('Checked: {{count}} problem to fix.', { count: problems })
              : t('Checked: no problems found.')}
        </p>
      )}
    </SettingsGroup>
  )
}

function CheckRow({
  check,
  progress,
  answer,
}: {
  check: CheckName
  progress: CheckProgress
  answer: ReturnType<typeof useDesktopCheck>['answer']
}) {
  const { t } = useTranslation()
  const titleId = useId()
  return (
    <li aria-labelledby={titleId}>
      <p id={titleId} className="desktop-check-title">
        {t(CHECK_TITLES[check])}
      </p>
      {progress.state === 'checking' &&
        (check === 'idle' ? <IdleWatch /> : <p className="setting-note">{t('Checking…')}</p>)}
      {progress.state === 'asking' && (
        <div className="desktop-check-question">
          <p>{t('Unknot sent a test notification. Did you see it?')}</p>
          <button type="button" onClick={() => answer(check, progress.yes)}>
            {t('Yes, I saw it')}
          </button>
          <button type="button" onClick={() => answer(check, progress.no)}>
            {t('No')}
          </button>
        </div>
      )}
      {progress.state === 'failed' && <p className="setting-warning">{progress.error}</p>}
      {progress.state === 'found' && <FindingText finding={progress.finding} />}
    </li>
  )
}

function FindingText({ finding }: { finding: Parameters<typeof findingWords>[0] }) {
  const { t } = useTranslation()
  const words = findingWords(finding)
  return (
    <>
      <p className={`desktop-check-${words.status}`}>{`${t(STATUS_LABELS[words.status])}: ${t(words.says)}`}</p>
      {words.fix && <p className="desktop-check-fix">{t(words.fix)}</p>}
    </>
  )
}

/** The idle check watches while the person types here, pauses, and types again. */
function IdleWatch() {
  const { t } = useTranslation()
  const hint = useId()
  return (
    <>
      <p id={hint}>
        {t('Type a few words in this box, stop for a few seconds, then type again. This takes up to a minute.')}
      </p>
      <textarea aria-label={t('Type here to check idle time')} aria-describedby={hint} rows={2} />
    </>
  )
}
