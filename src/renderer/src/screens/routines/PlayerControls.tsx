import { memo } from 'react'
import { useTranslate } from '../../i18n/useTranslate'

export interface PlayerActions {
  toggle: () => void
  back: () => void
  skip: () => void
  end: () => void
}

/** The player's buttons and key hint. Memoised: they change with pause/resume, not with each second counted. */
export const PlayerControls = memo(function PlayerControls({
  running,
  actions,
  escapeKey,
}: {
  running: boolean
  actions: PlayerActions
  escapeKey: boolean
}) {
  const { t } = useTranslate()
  return (
    <>
      <div className="player-controls" role="group" aria-label={t('Player controls')}>
        <button type="button" className="primary" aria-keyshortcuts="Space" onClick={actions.toggle}>
          {running ? t('Pause') : t('Resume')}
        </button>
        <button type="button" aria-keyshortcuts="ArrowLeft" onClick={actions.back}>
          {t('Back')}
        </button>
        <button type="button" aria-keyshortcuts="ArrowRight" onClick={actions.skip}>
          {t('Skip')}
        </button>
        <button type="button" aria-keyshortcuts={escapeKey ? 'Escape' : undefined} onClick={actions.end}>
          {t('End')}
        </button>
      </div>
      <p className="player-keys">
        {escapeKey
          ? t('Keys: Space pauses or resumes, ← goes back, → skips, Esc ends.')
          : t('Keys: Space pauses or resumes, ← goes back, → skips.')}
      </p>
    </>
  )
})
